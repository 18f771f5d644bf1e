import type { IsoDate, IsoWeekLabel } from '../brand';
import { computeTargets } from '../backcast/targets';
import type { WeekInfo } from '../calendar';
import type { Direction } from '../model/direction';
import type { Level, Model } from '../model/types';
import type { UnitKind } from '../model/units';
import { readNumber } from '../reader/cells';
import type { RawCell, WorkbookData } from '../reader/workbookData';
import { sameIdentity } from '../layout/reviewIdentity';
import type { ReviewNodeKey } from '../layout/reviewColumns';
import { weekDays, type NodeFigures, type Outlook } from './figures';
import { keptOutlook } from './summary';
import { readTabs, weekFigures } from './tabsRead';
import { reviewRows } from './rows';
import type { ReviewWeek } from './types';

/** One week of a node's month: the plan's targets, what was typed, and the forecast at the current pace. */
export interface MonthWeekPoint {
  readonly week: IsoWeekLabel;
  /** The week's days inside the month (for naming it as people do: 第1週 12/1〜12/6). */
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** The week's target (a closed tab: the one it was reviewed with). */
  readonly target: number | null;
  /** The actual typed in the week's tab; null for a week without one, or after the week the month is seen from. */
  readonly actual: number | null;
  /** To-date target: the plan's weeks through this one (a rate: the rate). */
  readonly mtdTarget: number | null;
  /** To-date actual, as the week's tab shows it (a rate: the average). */
  readonly mtdActual: number | null;
  /**
   * Where the to-date actual heads at the latest pace: from the last week with actuals
   * (its to-date actual) to the month's end (its month-end forecast), by working days.
   * Null before that week and when there is no forecast yet.
   */
  readonly forecast: number | null;
}

/** A node's month by week, as the month's chart and its table show it. */
export interface MonthSeries {
  readonly id: string;
  readonly name: string;
  readonly level: Level;
  readonly unitKind: UnitKind;
  readonly better: Direction;
  /** Whether the weeks add up to the month (counts, amounts); a rate's to-date figures are rates. */
  readonly additive: boolean;
  readonly monthlyTarget: number | null;
  readonly weeks: readonly MonthWeekPoint[];
  /** The week whose pace the forecast follows: the last one, up to the week seen from, with actuals. */
  readonly forecastFrom: IsoWeekLabel | null;
  /** The month-end forecast from that week, and its verdict (a closed week: what its tab keeps). */
  readonly forecast: number | null;
  readonly outlook: Outlook | null;
}

/** The numbers a closed tab keeps for a node, and its verdict. */
interface Kept {
  readonly target?: number;
  readonly mtdTarget?: number;
  readonly mtdActual?: number;
  readonly forecast?: number;
  readonly outlook: Outlook | null;
}

function keptOf(cells: Partial<Record<ReviewNodeKey, RawCell>> | undefined): Kept | undefined {
  if (cells === undefined) return undefined;
  const out: { -readonly [K in keyof Kept]: Kept[K] } = { outlook: keptOutlook(cells.outlook) };
  for (const key of ['target', 'mtdTarget', 'mtdActual', 'forecast'] as const) {
    const n = readNumber(cells[key]);
    if (typeof n === 'number') out[key] = n;
  }
  return out;
}

/**
 * Every reviewed node's month, week by week, seen from `week`: the plan's weekly and to-date
 * targets, the actuals typed in the month's tabs through `week`, and the forecast line from
 * the last of those weeks to the month's end. A closed week shows the numbers its tab
 * keeps. Nodes in the tree's order; null when the workbook has no usable plan.
 */
export function monthSeries(model: Model, data: WorkbookData, week: string): MonthSeries[] | null {
  const targets = computeTargets(model);
  const calendar = targets.calendar;
  const backcast = targets.backcast;
  if (calendar === null || backcast === null) return null;
  const all = readTabs(data);
  const seen = (w: WeekInfo) => w.label <= week;
  const perWeek = calendar.weeks.map((info, index) => {
    const w: ReviewWeek = {
      label: info.label,
      start: info.start,
      end: info.end,
      workdays: info.workdays,
      month: calendar.month,
      index,
    };
    const rows = reviewRows(model, backcast, w);
    const tab = all.tabs.find((x) => sameIdentity(x, { week: w.label, month: w.month }));
    const own = tab && seen(info) ? all.read(tab) : undefined;
    const figures = weekFigures(model, calendar, w, rows, all, own);
    const closed = own?.closed ? own : undefined;
    return { info, rows, figures, closed };
  });
  const order = new Map<string, number>(model.nodes.map((n, i) => [n.id, i]));
  const first = perWeek[0]?.rows ?? [];
  return [...first]
    .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
    .map((row): MonthSeries => {
      const node = model.nodes.find((n) => n.id === row.id);
      const points = perWeek.map(({ info, rows, figures, closed }) => {
        const plan = rows.find((r) => r.id === row.id);
        const f: Partial<NodeFigures> = figures.get(row.id) ?? {};
        const kept = keptOf(closed?.shown.get(row.id)?.cells);
        return {
          info,
          target: kept?.target ?? plan?.weeklyTarget ?? null,
          actual: f.actual ?? null,
          mtdTarget: kept?.mtdTarget ?? plan?.mtdTarget ?? null,
          mtdActual: kept?.mtdActual ?? f.mtdActual ?? null,
          forecast: kept === undefined ? (f.forecast ?? null) : (kept.forecast ?? null),
          outlook: kept === undefined ? (f.outlook ?? null) : kept.outlook,
        };
      });
      let from = -1;
      points.forEach((p, i) => {
        if (p.mtdActual !== null) from = i;
      });
      const anchor = from >= 0 ? points[from] : undefined;
      const end = anchor?.forecast ?? null;
      const startDays = from >= 0 ? (weekDays(calendar, from)?.elapsed ?? 0) : 0;
      const line = (i: number): number | null => {
        if (anchor === undefined || end === null || i < from || anchor.mtdActual === null) return null;
        if (i === from) return anchor.mtdActual;
        const elapsed = weekDays(calendar, i)?.elapsed ?? 0;
        const span = calendar.workdays - startDays;
        if (span <= 0) return end;
        return anchor.mtdActual + ((end - anchor.mtdActual) * (elapsed - startDays)) / span;
      };
      return {
        id: row.id,
        name: row.name,
        level: row.level,
        unitKind: node?.unitKind ?? 'count',
        better: row.better,
        additive: row.additive,
        monthlyTarget: row.monthlyTarget,
        weeks: points.map((p, i) => ({
          week: p.info.label,
          from: p.info.from,
          to: p.info.to,
          target: p.target,
          actual: p.actual,
          mtdTarget: p.mtdTarget,
          mtdActual: p.mtdActual,
          forecast: line(i),
        })),
        forecastFrom: anchor?.info.label ?? null,
        forecast: end,
        outlook: anchor?.outlook ?? null,
      };
    });
}
