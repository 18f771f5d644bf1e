/**
 * The weeks of a year of weekly reviews: `count` consecutive ISO weeks ending with
 * 2026-W52, each with the month its Thursday falls in (the plan that week is reviewed
 * against) and the Friday its review is written.
 */
import type { IsoDate, IsoMonth } from '../../src/core/brand';
import { addDays, isoWeekOf, isoWeekStart, monthOf } from '../../src/core/calendar';

export interface ReviewWeek {
  readonly label: string;
  readonly month: IsoMonth;
  readonly generatedOn: IsoDate;
}

const LAST_WEEK = { year: 2026, week: 52 } as const;

export function reviewWeeks(count: number): ReviewWeek[] {
  const last = isoWeekStart(LAST_WEEK.year, LAST_WEEK.week);
  return Array.from({ length: count }, (_, i) => {
    const monday = addDays(last, -7 * (count - 1 - i));
    return {
      label: isoWeekOf(monday).label,
      month: monthOf(addDays(monday, 3)),
      generatedOn: addDays(monday, 4),
    };
  });
}
