/**
 * The task pane's holiday table (scripts/compactHolidays.cjs, the webpack loader of
 * `@holiday-jp/holiday_jp/lib/holidays.js`) is the package's table, entry for entry, in a
 * fraction of the bytes.
 */
import { readFileSync } from 'fs';
import { gzipSync } from 'zlib';
import holidays from '@holiday-jp/holiday_jp/lib/holidays';

// A build script in CommonJS, as webpack loads it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { compactHolidaySource } = require('../../../scripts/compactHolidays.cjs') as {
  compactHolidaySource: (table: unknown) => string;
};

function evaluate(source: string): unknown {
  const module = { exports: {} as unknown };
  new Function('module', source)(module);
  return module.exports;
}

describe('the compact holiday table', () => {
  const source = compactHolidaySource(holidays);

  it('builds the very same table, in the same order', () => {
    const compact = evaluate(source) as typeof holidays;
    expect(compact).toEqual(holidays);
    expect(Object.keys(compact)).toEqual(Object.keys(holidays));
  });

  it('is a fraction of the package file, gzipped', () => {
    const original = readFileSync(require.resolve('@holiday-jp/holiday_jp/lib/holidays'));
    expect(gzipSync(source, { level: 9 }).length).toBeLessThan(gzipSync(original, { level: 9 }).length / 3);
  });

  it('refuses a table whose weekday does not match its date', () => {
    const wrong = {
      '2026-01-01': {
        date: '2026-01-01',
        week: '月',
        week_en: 'Monday',
        name: '元日',
        name_en: "New Year's Day",
      },
    };
    expect(() => compactHolidaySource(wrong)).toThrow('2026-01-01 is a Monday in the table, not a Thursday');
  });
});
