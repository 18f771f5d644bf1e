import type { IsoDate } from '../brand';
import { isoWeekOf, type MonthCalendar } from '../calendar';
import type { WorkbookData } from '../reader/workbookData';
import { completionRate } from './actions';
import { compareIdentities } from '../layout/reviewIdentity';
import { tabOfWeek } from './tabOfWeek';
import { readTabs } from './tabsRead';
import type { Model } from '../model/types';
import { isReviewWeek, jpHolidaysApply, resolveReviewWeek } from './week';

/** What the pane's Review view shows about a week before anything is written. */
export interface ReviewStatus {
  /** The week's tab, when it already exists. */
  readonly sheet: string | null;
  /** Set when the week's tab is closed, with the day it was closed when the tab says. */
  readonly closed: { readonly on: IsoDate | null } | null;
  /** The latest review before the week, and the share of its actions done (null: it had none). */
  readonly previous: {
    readonly week: string;
    readonly sheet: string;
    readonly completion: number | null;
  } | null;
  /** Earlier weeks whose tabs are still open: the weeks the pane offers to close. */
  readonly openBefore: readonly string[];
}

/**
 * The week's tab (the plan month's, for a week of two months), whether it is closed, the
 * review before it, and the earlier weeks still open.
 */
export function reviewStatus(data: WorkbookData, week: string, model: Model | null = null): ReviewStatus {
  const all = readTabs(data);
  const found = tabOfWeek(all.tabs, week, model);
  const own = 'key' in found ? undefined : found;
  const before = all.tabs.filter((t) => (own ? compareIdentities(t, own) < 0 : t.week < week)).pop();
  const read = own ? all.read(own) : undefined;
  return {
    sheet: own?.sheet ?? null,
    closed: read?.closed ?? null,
    previous: before
      ? { week: before.week, sheet: before.sheet, completion: completionRate(all.read(before).actions) }
      : null,
    openBefore: all.tabs.filter((t) => t.week < week && !all.read(t).closed).map((t) => t.week),
  };
}

/**
 * The weeks the pane offers for a review, and the one it picks: this week when the plan
 * accepts it (the plan month or a week next to it), else the plan's week nearest today.
 */
export function reviewWeekChoices(
  model: Model,
  calendar: MonthCalendar,
  today: IsoDate,
): { readonly weeks: readonly string[]; readonly chosen: string } {
  const weeks = calendar.weeks.map((w) => w.label as string);
  const current = isoWeekOf(today).label;
  if (weeks.includes(current)) return { weeks, chosen: current };
  if (isReviewWeek(resolveReviewWeek(current, calendar, jpHolidaysApply(model)))) {
    const all = [...weeks, current].sort();
    return { weeks: all, chosen: current };
  }
  return { weeks, chosen: current < weeks[0] ? weeks[0] : weeks[weeks.length - 1] };
}
