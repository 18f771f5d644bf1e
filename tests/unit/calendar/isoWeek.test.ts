import fc from 'fast-check';
import type { IsoDate } from '../../../src/core/brand';
import {
  isoDate,
  isoWeekOf,
  isoWeeksInYear,
  isoWeekStart,
  parseIsoWeekLabel,
} from '../../../src/core/calendar';
import { validDate } from './arbitraries';

const DAY_MS = 86400000;

/** Reference ISO week by the Thursday rule, written with `Date` only. */
function referenceIsoWeek(d: IsoDate): { year: number; week: number } {
  const t = new Date(`${d}T00:00:00Z`);
  const dow = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - dow);
  const year = t.getUTCFullYear();
  const week = Math.ceil(((t.getTime() - Date.UTC(year, 0, 1)) / DAY_MS + 1) / 7);
  return { year, week };
}

describe('isoWeekOf', () => {
  it.each([
    ['2026-12-01', '2026-W49'],
    ['2026-11-30', '2026-W49'],
    ['2026-12-06', '2026-W49'],
    ['2026-12-31', '2026-W53'],
    ['2027-01-01', '2026-W53'],
    ['2027-01-03', '2026-W53'],
    ['2027-01-04', '2027-W01'],
    ['2021-01-03', '2020-W53'],
    ['2024-12-30', '2025-W01'],
    ['2026-01-05', '2026-W02'],
    ['0001-01-01', '0001-W01'],
    ['9999-12-31', '9999-W52'],
  ])('%s is in %s', (d, label) => {
    expect(isoWeekOf(isoDate(d)).label).toBe(label);
  });

  it('gives year and week as numbers', () => {
    expect(isoWeekOf(isoDate('2027-01-01'))).toEqual({ year: 2026, week: 53, label: '2026-W53' });
  });

  it('agrees with the Thursday rule for any date', () => {
    fc.assert(
      fc.property(validDate, (d) => {
        const { year, week, label } = isoWeekOf(d);
        expect({ year, week }).toEqual(referenceIsoWeek(d));
        expect(label).toBe(`${year}-W${String(week).padStart(2, '0')}`);
      }),
    );
  });

  it('is the week that isoWeekStart begins', () => {
    fc.assert(
      fc.property(validDate, (d) => {
        const { year, week } = isoWeekOf(d);
        const start = isoWeekStart(year, week);
        const days = (Date.parse(d) - Date.parse(start)) / DAY_MS;
        expect(days).toBeGreaterThanOrEqual(0);
        expect(days).toBeLessThan(7);
      }),
    );
  });
});

describe('isoWeeksInYear', () => {
  it.each([
    [2020, 53],
    [2021, 52],
    [2025, 52],
    [2026, 53],
    [2027, 52],
    [2032, 53],
    [2015, 53],
  ])('%i has %i weeks', (year, weeks) => {
    expect(isoWeeksInYear(year)).toBe(weeks);
  });

  it('matches the week of 28 December', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9998 }), (year) => {
        expect(isoWeeksInYear(year)).toBe(referenceIsoWeek(`${year}-12-28` as IsoDate).week);
      }),
    );
  });
});

describe('isoWeekStart', () => {
  it.each([
    [2026, 49, '2026-11-30'],
    [2026, 53, '2026-12-28'],
    [2027, 1, '2027-01-04'],
    [2020, 53, '2020-12-28'],
    [2025, 1, '2024-12-30'],
  ])('%i-W%i starts on %s', (year, week, monday) => {
    expect(isoWeekStart(year, week)).toBe(monday);
  });

  it('rejects weeks the year does not have', () => {
    expect(() => isoWeekStart(2027, 53)).toThrow(RangeError);
    expect(() => isoWeekStart(2026, 0)).toThrow(RangeError);
    expect(() => isoWeekStart(2026, 54)).toThrow(RangeError);
  });
});

describe('parseIsoWeekLabel', () => {
  it.each([
    ['2026-W49', 2026, 49],
    ['2026-W53', 2026, 53],
    ['2020-W53', 2020, 53],
    ['2027-W01', 2027, 1],
  ])('accepts %s', (s, year, week) => {
    expect(parseIsoWeekLabel(s)).toEqual({ year, week, label: s });
  });

  it.each([
    '2027-W53',
    '2021-W53',
    '2026-W54',
    '2026-W00',
    '2026-W1',
    '2026W49',
    '2026-w49',
    '2026-W049',
    '2026-49',
    '',
  ])('rejects %j', (s) => {
    expect(parseIsoWeekLabel(s)).toBeNull();
  });
});
