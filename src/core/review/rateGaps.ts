import { computeTargets } from '../backcast/targets';
import { sameIdentity } from '../layout/reviewIdentity';
import type { Model } from '../model/types';
import type { WorkbookData } from '../reader/workbookData';
import { rateFigures, rateRows } from './rateLinks';
import { reviewRows } from './rows';
import { readTabs, weekFigures } from './tabsRead';
import { isReviewWeek, jpHolidaysApply, resolveReviewWeek } from './week';

/** A hypothesis beside the rate the month's actuals give, as the pane's Review view lists it. */
export interface RateGap {
  readonly id: string;
  readonly name: string;
  readonly value: number;
  /** Whether the hypothesis reads as a rate (shown in %), else as an amount or count. */
  readonly percent: boolean;
  readonly week: number | null;
  readonly toDate: number;
  /** To date ÷ hypothesis. */
  readonly ratio: number;
  /** The names of the two nodes whose actuals give the rate: numerator ÷ denominator. */
  readonly numerator: string;
  readonly denominator: string;
}

/**
 * The hypotheses furthest from what the week's actuals to date give (by how far to date ÷
 * hypothesis stands from 100 %), at most `limit`; only hypotheses whose rate can be
 * derived and has a number. Empty without a usable plan or a week the plan reaches.
 */
export function rateGaps(model: Model, data: WorkbookData, week: string, limit = 3): RateGap[] {
  const targets = computeTargets(model);
  if (targets.calendar === null || targets.backcast === null) return [];
  const w = resolveReviewWeek(week, targets.calendar, jpHolidaysApply(model));
  if (!isReviewWeek(w)) return [];
  const all = readTabs(data);
  const tab = all.tabs.find((x) => sameIdentity(x, { week: w.label, month: w.month }));
  const rows = reviewRows(model, targets.backcast, w);
  const figures = weekFigures(model, targets.calendar, w, rows, all, tab ? all.read(tab) : undefined);
  const table = rateRows(model, new Set(rows.map((r) => r.id)));
  const numbers = rateFigures(table, figures);
  const names = new Map(rows.map((r) => [r.id, r.name]));
  const gaps: RateGap[] = [];
  for (const row of table) {
    const f = numbers.get(row.id);
    if (row.link === null || f === undefined || f.toDate === null || f.ratio === null) continue;
    gaps.push({
      id: row.id,
      name: row.name,
      value: row.value,
      percent: row.numFmt.endsWith('%'),
      week: f.week,
      toDate: f.toDate,
      ratio: f.ratio,
      numerator: names.get(row.link.numerator) ?? row.link.numerator,
      denominator: names.get(row.link.denominator) ?? row.link.denominator,
    });
  }
  return gaps.sort((a, b) => Math.abs(b.ratio - 1) - Math.abs(a.ratio - 1)).slice(0, limit);
}
