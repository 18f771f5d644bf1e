import { splitByWeeks, type MonthCalendar } from '../calendar';
import type { KpiNode } from '../model/types';

/** A monthly target spread over the month: per working day and per ISO week. */
export interface Spread {
  /** Monthly ÷ working days, never rounded; null without a target or working days. */
  readonly perWorkday: number | null;
  /** Per ISO week, in the calendar's order; whole numbers for counts that add up to the month. */
  readonly weekly: readonly number[] | null;
}

/**
 * How a monthly target (the team's or a member's) is spread over the days and weeks, as
 * the sheet's D_ and W_ formulas do. An average (a close rate, a unit price) is not spread:
 * it holds every day and every week.
 */
export function spread(
  node: Pick<KpiNode, 'aggregate' | 'round'>,
  monthly: number | null,
  calendar: MonthCalendar,
): Spread {
  if (monthly === null || calendar.workdays === 0) return { perWorkday: null, weekly: null };
  if (node.aggregate === 'average') return { perWorkday: monthly, weekly: calendar.weeks.map(() => monthly) };
  return {
    perWorkday: monthly / calendar.workdays,
    weekly: splitByWeeks(monthly, weekWorkdays(calendar), node.round === 'up' ? 'integer' : 'proportional'),
  };
}

/** Each week's working days, once per calendar: every node of a tree spreads over the same weeks. */
const workdaysOf = new WeakMap<MonthCalendar, readonly number[]>();
function weekWorkdays(calendar: MonthCalendar): readonly number[] {
  let days = workdaysOf.get(calendar);
  if (days === undefined) workdaysOf.set(calendar, (days = calendar.weeks.map((w) => w.workdays)));
  return days;
}
