import type { Model } from '../model/types';
import { readNumber } from '../reader/cells';
import type { SheetData, WorkbookData } from '../reader/workbookData';
import {
  DEFAULT_OUTLOOK,
  reviewFigures,
  weekDays,
  type NodeFigures,
  type OutlookThresholds,
} from './figures';
import { findReviewTabs, type ReviewTab } from './findTabs';
import { readReviewTab, type ReadReviewTab } from './readTab';
import type { MonthCalendar } from '../calendar';
import { rateRows } from './rateLinks';
import type { ReviewRow, ReviewWeek } from './types';

/** The outlook thresholds of the Settings sheet, or the defaults. */
export function outlookThresholds(model: Pick<Model, 'outlook'>): OutlookThresholds {
  return {
    onTrack: model.outlook?.onTrack ?? DEFAULT_OUTLOOK.onTrack,
    atRisk: model.outlook?.atRisk ?? DEFAULT_OUTLOOK.atRisk,
  };
}

/** Every review tab with what it holds. */
export interface TabsRead {
  readonly tabs: readonly ReviewTab[];
  readonly read: (tab: ReviewTab) => ReadReviewTab;
}

export function readTabs(data: WorkbookData): TabsRead {
  const tabs = findReviewTabs(data);
  const cache = new Map<string, ReadReviewTab>();
  const sheetOf = (name: string): SheetData => data.sheets.find((s) => s.name === name) ?? { name, rows: [] };
  return {
    tabs,
    read: (tab) => {
      const known = cache.get(tab.sheet);
      if (known) return known;
      const read = readReviewTab(sheetOf(tab.sheet), tab.end);
      cache.set(tab.sheet, read);
      return read;
    },
  };
}

/** The numbers typed in a tab's actual cells, by id (a formula people wrote counts by what it shows). */
export function actualsOf(read: ReadReviewTab | undefined): Map<string, number> {
  const out = new Map<string, number>();
  for (const [id, row] of read?.shown ?? []) {
    const n = readNumber(row.cells.actual);
    if (typeof n === 'number') out.set(id, n);
  }
  return out;
}

/** The month's tabs before `week`: the ones whose actuals the to-date actual adds up. */
export function earlierTabsOf(all: TabsRead, week: ReviewWeek): ReviewTab[] {
  return week.index >= 0 ? all.tabs.filter((tab) => tab.month === week.month && tab.week < week.label) : [];
}

/** Every figure of a week's rows, as the core computes them from the tabs' actuals: what the tab's formulas show. */
export function weekFigures(
  model: Model,
  calendar: MonthCalendar,
  week: ReviewWeek,
  rows: readonly ReviewRow[],
  all: TabsRead,
  own: ReadReviewTab | undefined,
): Map<string, NodeFigures> {
  const earlier = new Map<string, number[]>();
  for (const tab of earlierTabsOf(all, week))
    for (const [id, n] of actualsOf(all.read(tab))) earlier.set(id, [...(earlier.get(id) ?? []), n]);
  return reviewFigures({
    rows,
    days: weekDays(calendar, week.index),
    actuals: actualsOf(own),
    earlier,
    thresholds: outlookThresholds(model),
    rates: rateRows(model, new Set(rows.map((r) => r.id))),
  });
}
