import type { IsoDate } from '../brand';
import { isoWeekOf, type MonthCalendar } from '../calendar';
import type { WorkbookData } from '../reader/workbookData';
import { completionRate } from './actions';
import { findReviewTabs } from './findTabs';
import { readReviewTab } from './readTab';
import type { Model } from '../model/types';
import { isReviewWeek, jpHolidaysApply, resolveReviewWeek } from './week';

/** What the pane's Review view shows about a week before anything is written. */
export interface ReviewStatus {
  /** The week's tab, when it already exists. */
  readonly sheet: string | null;
  /** The latest review before the week, and the share of its actions done (null: it had none). */
  readonly previous: { readonly week: string; readonly sheet: string; readonly completion: number | null } | null;
}

export function reviewStatus(data: WorkbookData, week: string): ReviewStatus {
  const tabs = findReviewTabs(data);
  const own = tabs.find((t) => t.week === week);
  const before = tabs.filter((t) => t.week < week).pop();
  const sheet = before && data.sheets.find((s) => s.name === before.sheet);
  return {
    sheet: own?.sheet ?? null,
    previous: before && sheet ? { week: before.week, sheet: before.sheet, completion: completionRate(readReviewTab(sheet).actions) } : null,
  };
}

/**
 * The weeks the pane offers for a review, and the one it picks: this week when the plan
 * accepts it (the plan month or a week next to it), else the plan's week nearest today.
 */
export function reviewWeekChoices(model: Model, calendar: MonthCalendar, today: IsoDate): { readonly weeks: readonly string[]; readonly chosen: string } {
  const weeks = calendar.weeks.map((w) => w.label as string);
  const current = isoWeekOf(today).label;
  if (weeks.includes(current)) return { weeks, chosen: current };
  if (isReviewWeek(resolveReviewWeek(current, calendar, jpHolidaysApply(model)))) {
    const all = [...weeks, current].sort();
    return { weeks: all, chosen: current };
  }
  return { weeks, chosen: current < weeks[0] ? weeks[0] : weeks[weeks.length - 1] };
}
