import { calendarMessages } from '../../../src/core/i18n/messages/calendar';
import { t } from '../../../src/core/i18n';
import { isoDate, weekday } from '../../../src/core/calendar';

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('calendar messages', () => {
  it('are prefixed calendar., non-empty and use the same placeholders in ja and en', () => {
    for (const [key, m] of Object.entries(calendarMessages)) {
      expect(key.startsWith('calendar.')).toBe(true);
      expect(m.ja.length).toBeGreaterThan(0);
      expect(m.en.length).toBeGreaterThan(0);
      expect(placeholders(m.ja)).toEqual(placeholders(m.en));
    }
  });

  it('name weekdays by weekday() number', () => {
    expect(t('ja', `calendar.weekday.${weekday(isoDate('2026-12-01'))}`)).toBe('火');
    expect(t('en', `calendar.weekday.${weekday(isoDate('2026-12-06'))}`)).toBe('Sun');
  });

  it('fill in their parameters', () => {
    expect(
      t('en', 'calendar.invalidDate', { value: '2026-02-30', field: 'calendar.extra_holidays[0]' }),
    ).toBe(
      'Invalid date "2026-02-30" in calendar.extra_holidays[0]: use YYYY-MM-DD with a real day, e.g. 2026-12-29.',
    );
  });
});
