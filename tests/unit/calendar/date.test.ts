import fc from 'fast-check';
import {
  addDays,
  compareDates,
  daysInMonth,
  firstOfMonth,
  fromDayNumber,
  fromExcelSerial,
  isoDate,
  isoMonth,
  lastOfMonth,
  MAX_EXCEL_SERIAL,
  MIN_EXCEL_SERIAL,
  monthOf,
  parseIsoDate,
  parseIsoMonth,
  toDayNumber,
  toExcelSerial,
  weekday,
} from '../../../src/core/calendar';
import { validDate } from './arbitraries';

describe('parseIsoDate', () => {
  it.each(['2026-12-01', '2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31'])('accepts %s', (s) => {
    expect(parseIsoDate(s)).toBe(s);
  });

  it.each([
    '2026-02-30',
    '2026-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-12-00',
    '0000-01-01',
    '2026-1-01',
    '2026-12-1',
    '26-12-01',
    '2026/12/01',
    '2026-12-01T00:00:00Z',
    ' 2026-12-01',
    '2026-12-01 ',
    '２０２６-12-01',
    '',
  ])('rejects %j', (s) => {
    expect(parseIsoDate(s)).toBeNull();
  });

  it('isoDate throws on a bad literal', () => {
    expect(() => isoDate('2026-02-30')).toThrow(RangeError);
  });
});

describe('parseIsoMonth', () => {
  it.each(['2026-12', '2027-01', '0001-01', '9999-12'])('accepts %s', (s) => {
    expect(parseIsoMonth(s)).toBe(s);
  });

  it.each(['2026-13', '2026-00', '2026-1', '202612', '2026-12-01', '0000-05', '2026/12', ''])(
    'rejects %j',
    (s) => {
      expect(parseIsoMonth(s)).toBeNull();
    },
  );

  it('isoMonth throws on a bad literal', () => {
    expect(() => isoMonth('2026-13')).toThrow(RangeError);
  });
});

describe('day arithmetic', () => {
  it('counts days from 1970-01-01', () => {
    expect(toDayNumber(isoDate('1970-01-01'))).toBe(0);
    expect(toDayNumber(isoDate('1969-12-31'))).toBe(-1);
    expect(fromDayNumber(0)).toBe('1970-01-01');
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays(isoDate('2026-12-31'), 1)).toBe('2027-01-01');
    expect(addDays(isoDate('2024-02-28'), 1)).toBe('2024-02-29');
    expect(addDays(isoDate('2023-02-28'), 1)).toBe('2023-03-01');
    expect(addDays(isoDate('2026-03-01'), -1)).toBe('2026-02-28');
    expect(addDays(isoDate('2026-12-01'), 0)).toBe('2026-12-01');
  });

  it('refuses to leave years 0001–9999', () => {
    expect(() => addDays(isoDate('9999-12-31'), 1)).toThrow(RangeError);
    expect(() => addDays(isoDate('0001-01-01'), -1)).toThrow(RangeError);
  });

  it('knows the weekday (1 = Monday … 7 = Sunday)', () => {
    expect(weekday(isoDate('2026-11-30'))).toBe(1);
    expect(weekday(isoDate('2026-12-01'))).toBe(2);
    expect(weekday(isoDate('1970-01-01'))).toBe(4);
    expect(weekday(isoDate('2026-12-06'))).toBe(7);
    expect(weekday(isoDate('1969-12-28'))).toBe(7);
  });

  it('knows month lengths', () => {
    expect(daysInMonth(isoMonth('2026-02'))).toBe(28);
    expect(daysInMonth(isoMonth('2024-02'))).toBe(29);
    expect(daysInMonth(isoMonth('1900-02'))).toBe(28);
    expect(daysInMonth(isoMonth('2000-02'))).toBe(29);
    expect(daysInMonth(isoMonth('2026-12'))).toBe(31);
    expect(daysInMonth(isoMonth('2026-11'))).toBe(30);
    expect(firstOfMonth(isoMonth('2026-02'))).toBe('2026-02-01');
    expect(lastOfMonth(isoMonth('2026-02'))).toBe('2026-02-28');
    expect(monthOf(isoDate('2026-12-31'))).toBe('2026-12');
  });

  it('compares dates', () => {
    expect(compareDates(isoDate('2026-12-01'), isoDate('2027-01-01'))).toBeLessThan(0);
    expect(compareDates(isoDate('2027-01-01'), isoDate('2026-12-31'))).toBeGreaterThan(0);
    expect(compareDates(isoDate('2026-12-01'), isoDate('2026-12-01'))).toBe(0);
  });

  it('agrees with Date.UTC on day numbers and weekdays', () => {
    fc.assert(
      fc.property(validDate, (d) => {
        const utc = Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
        expect(toDayNumber(d)).toBe(utc / 86400000);
        expect(weekday(d)).toBe(new Date(utc).getUTCDay() || 7);
        expect(fromDayNumber(toDayNumber(d))).toBe(d);
      }),
    );
  });
});

describe('Excel serials (1900 date system)', () => {
  it.each([
    ['1900-03-01', 61],
    ['1900-12-31', 366],
    ['1970-01-01', 25569],
    ['2000-01-01', 36526],
    ['2026-12-01', 46357],
    ['2026-12-31', 46387],
    ['9999-12-31', 2958465],
  ])('%s is %i', (d, serial) => {
    expect(toExcelSerial(isoDate(d))).toBe(serial);
    expect(fromExcelSerial(serial)).toBe(d);
  });

  it('drops a time of day', () => {
    expect(fromExcelSerial(46357.75)).toBe('2026-12-01');
  });

  it('rejects serials and dates outside 1900-03-01 … 9999-12-31', () => {
    expect(() => toExcelSerial(isoDate('1900-02-28'))).toThrow(RangeError);
    expect(() => fromExcelSerial(MIN_EXCEL_SERIAL - 1)).toThrow(RangeError);
    expect(() => fromExcelSerial(MAX_EXCEL_SERIAL + 1)).toThrow(RangeError);
    expect(() => fromExcelSerial(Number.NaN)).toThrow(RangeError);
  });

  it('round-trips every date from 1900-03-01 on', () => {
    const from = toDayNumber(isoDate('1900-03-01'));
    const to = toDayNumber(isoDate('9999-12-31'));
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), (n) => {
        const d = fromDayNumber(n);
        expect(fromExcelSerial(toExcelSerial(d))).toBe(d);
        if (n > from) expect(toExcelSerial(addDays(d, -1))).toBe(toExcelSerial(d) - 1);
      }),
    );
  });
});
