import fc from 'fast-check';
import {
  buildMonthCalendar,
  cumulativeWorkdays,
  isoDate,
  isoMonth,
  splitByWeeks,
} from '../../../src/core/calendar';
import { excelRound } from '../../../src/core/num/round';

describe('cumulativeWorkdays', () => {
  it('gives the running total C_1 … C_K', () => {
    expect(cumulativeWorkdays([4, 5, 5, 5, 4])).toEqual([4, 9, 14, 19, 23]);
    expect(cumulativeWorkdays([])).toEqual([]);
  });
});

describe('splitByWeeks', () => {
  it('splits 50 over December 2026 into whole weeks', () => {
    expect(splitByWeeks(50, [4, 5, 5, 5, 4], 'integer')).toEqual([9, 11, 10, 11, 9]);
  });

  it('rounds the running total half away from zero, like Excel ROUND', () => {
    // 50*9/20 = 22.5 → 23 and 50*19/20 = 47.5 → 48.
    expect(splitByWeeks(50, [4, 5, 5, 5, 1], 'integer')).toEqual([10, 13, 12, 13, 2]);
  });

  it('gives a week with a holiday less', () => {
    const cal = buildMonthCalendar(isoMonth('2026-11'), { holidays: 'jp', extraHolidays: [] });
    const weeks = splitByWeeks(
      190,
      cal.weeks.map((w) => w.workdays),
      'integer',
    );
    expect(weeks).toEqual([0, 40, 50, 50, 40, 10]);
    const withBreak = buildMonthCalendar(isoMonth('2026-12'), {
      holidays: 'none',
      extraHolidays: [isoDate('2026-12-10')],
    });
    const split = splitByWeeks(
      100,
      withBreak.weeks.map((w) => w.workdays),
      'integer',
    );
    expect(split[1]).toBeLessThan(split[2]);
  });

  it('splits proportionally without rounding, multiplying before dividing', () => {
    const split = splitByWeeks(50, [4, 5, 5, 5, 4], 'proportional');
    expect(split).toEqual([(50 * 4) / 23, (50 * 5) / 23, (50 * 5) / 23, (50 * 5) / 23, (50 * 4) / 23]);
    expect(split.reduce((a, b) => a + b, 0)).toBeCloseTo(50, 10);
  });

  it('mirrors the formula for a total that is not whole (sums need not match then)', () => {
    expect(splitByWeeks(2.5, [1, 1], 'integer')).toEqual([1, 2]);
  });

  it('gives zeros when the month has no working day', () => {
    expect(splitByWeeks(50, [0, 0, 0], 'integer')).toEqual([0, 0, 0]);
    expect(splitByWeeks(50, [0, 0, 0], 'proportional')).toEqual([0, 0, 0]);
    expect(splitByWeeks(50, [], 'integer')).toEqual([]);
  });

  it('equals the sheet formula cell by cell', () => {
    const weeks = [3, 5, 4, 5, 2];
    const c = cumulativeWorkdays(weeks);
    const n = 19;
    const t = 1234567;
    const sheet = c.map(
      (ck, k) => excelRound((t * ck) / n, 0) - excelRound((t * (k === 0 ? 0 : c[k - 1])) / n, 0),
    );
    expect(splitByWeeks(t, weeks, 'integer')).toEqual(sheet);
  });

  const totals = fc.integer({ min: 0, max: 10_000_000 });
  const weekVectors = fc
    .array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 6 })
    .filter((w) => w.some((d) => d > 0));

  it('integer split: whole, non-negative, sums to the total, within 1 of the exact share', () => {
    fc.assert(
      fc.property(totals, weekVectors, (total, weeks) => {
        const split = splitByWeeks(total, weeks, 'integer');
        const exact = splitByWeeks(total, weeks, 'proportional');
        expect(split).toHaveLength(weeks.length);
        expect(split.reduce((a, b) => a + b, 0)).toBe(total);
        split.forEach((x, k) => {
          expect(Number.isInteger(x)).toBe(true);
          expect(x).toBeGreaterThanOrEqual(0);
          expect(Math.abs(x - exact[k])).toBeLessThan(1);
          if (weeks[k] === 0) expect(x).toBe(0);
        });
      }),
      { numRuns: 500 },
    );
  });
});
