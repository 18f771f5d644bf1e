import type { IsoDate } from '../brand';
import type { MonthCalendar } from '../calendar';
import type { Direction } from '../model/direction';
import { COUNT_CLEAN_DIGITS, excelRound, excelRoundDown, excelRoundUp } from '../num/round';
import { achievement, diagnose, statusOf, type Hint, type RowNumbers } from './diagnose';
import type { RateRow } from './rateLinks';
import type { ReviewRow, Status } from './types';

/** The month-end forecast's verdict: 順調 / 要注意 / 危険. */
export type Outlook = 'onTrack' | 'atRisk' | 'offTrack';

/** The forecast's share of the month's target from which a node is on track, or at risk (Settings). */
export interface OutlookThresholds {
  readonly onTrack: number;
  readonly atRisk: number;
}
export const DEFAULT_OUTLOOK: OutlookThresholds = { onTrack: 1, atRisk: 0.9 };

/** The working days a week's re-plan counts with, within the plan month. */
export interface WeekDays {
  /** The month's first day and the last day of this week inside the month. */
  readonly first: IsoDate;
  readonly to: IsoDate;
  /** Working days of the month through this week. */
  readonly elapsed: number;
  /** Working days of the month after this week. */
  readonly left: number;
  readonly month: number;
  /** Next week inside the month, with its working days; null when this is the month's last week. */
  readonly next: {
    readonly from: IsoDate;
    readonly to: IsoDate;
    readonly workdays: number;
    readonly last: boolean;
  } | null;
}

/** The days of week `index` of the plan (its position in WEEKS), or null for a week outside it. */
export function weekDays(calendar: MonthCalendar, index: number): WeekDays | null {
  const week = calendar.weeks[index];
  if (index < 0 || week === undefined) return null;
  const elapsed = calendar.weeks.slice(0, index + 1).reduce((sum, w) => sum + w.workdays, 0);
  const next = calendar.weeks[index + 1];
  return {
    first: calendar.first,
    to: week.to,
    elapsed,
    left: calendar.workdays - elapsed,
    month: calendar.workdays,
    next:
      next === undefined
        ? null
        : {
            from: next.from,
            to: next.to,
            workdays: next.workdays,
            last: index + 1 === calendar.weeks.length - 1,
          },
  };
}

/** Every number and verdict of a node's row, as the tab's formulas compute them. */
export interface NodeFigures {
  readonly target: number | null;
  readonly actual: number | null;
  readonly achievement: number | null;
  readonly status: Status | null;
  readonly mtdTarget: number | null;
  readonly mtdActual: number | null;
  readonly remaining: number | null;
  readonly perDay: number | null;
  readonly nextWeek: number | null;
  readonly forecast: number | null;
  readonly outlook: Outlook | null;
  /** The diagnosis with the numbers it names. */
  readonly hint: Hint | null;
}

export interface FiguresInput {
  readonly rows: readonly ReviewRow[];
  readonly days: WeekDays | null;
  /** This week's actuals by id (numbers only). */
  readonly actuals: ReadonlyMap<string, number>;
  /** The actuals of the month's earlier tabs, by id. */
  readonly earlier: ReadonlyMap<string, readonly number[]>;
  readonly thresholds: OutlookThresholds;
  /** The plan's hypotheses with the nodes they link (`rateLinks.ts`): the hint's quality evidence. */
  readonly rates?: readonly RateRow[];
}

/** This week's actual rate of each hypothesis that links two rows: numerator ÷ denominator of their actuals. */
function weekRatesOf(rates: readonly RateRow[], actuals: ReadonlyMap<string, number>): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const r of rates) {
    if (r.link === null) continue;
    const num = actuals.get(r.link.numerator);
    const den = actuals.get(r.link.denominator);
    out.set(r.id, num === undefined || den === undefined || den === 0 ? null : num / den);
  }
  return out;
}

/** The re-plan of one row, and its forecast: `review.col.*` of DESIGN's "Running the month". */
export function reviewFigures(input: FiguresInput): Map<string, NodeFigures> {
  const { rows, days, actuals, earlier, thresholds } = input;
  const rates = new Map(rows.map((r) => [r.id, achievement(actuals.get(r.id), r.weeklyTarget, r.better)]));
  const numbers = new Map<string, RowNumbers>(
    rows.map((r) => [
      r.id,
      { actual: actuals.get(r.id) ?? null, target: r.weeklyTarget, achievement: rates.get(r.id) ?? null },
    ]),
  );
  const diagnosis = {
    rows: new Map(rows.map((r) => [r.id, r])),
    numbers,
    rates: input.rates ?? [],
    weekRates: weekRatesOf(input.rates ?? [], actuals),
  };
  const out = new Map<string, NodeFigures>();
  for (const row of rows) {
    const actual = actuals.get(row.id) ?? null;
    const before = earlier.get(row.id) ?? [];
    const sum = actual === null ? null : before.reduce((s, x) => s + x, actual);
    const mtdActual = sum === null ? null : row.additive ? sum : sum / (before.length + 1);
    const planned = row.monthlyTarget !== null && days !== null;
    const remaining =
      planned && row.additive && mtdActual !== null ? (row.monthlyTarget as number) - mtdActual : null;
    const perDay =
      remaining !== null && days !== null && days.left > 0 ? Math.max(0, remaining) / days.left : null;
    const forecast =
      !planned || mtdActual === null
        ? null
        : !row.additive
          ? mtdActual
          : days.elapsed > 0
            ? (mtdActual / days.elapsed) * days.month
            : null;
    out.set(row.id, {
      target: row.weeklyTarget,
      actual,
      achievement: rates.get(row.id) ?? null,
      status: statusOf(rates.get(row.id) ?? null, row.better, actual, row.weeklyTarget),
      mtdTarget: row.mtdTarget,
      mtdActual,
      remaining,
      perDay,
      nextWeek: nextWeekTarget(row, remaining, perDay, days),
      forecast,
      outlook: outlookOf(forecast, row.monthlyTarget, row.better, thresholds),
      hint: diagnose(row, diagnosis),
    });
  }
  return out;
}

/** Required per day × next week's working days (whole, for a count: up, or down for a cap); the remainder in the month's last week. */
function nextWeekTarget(
  row: ReviewRow,
  remaining: number | null,
  perDay: number | null,
  days: WeekDays | null,
): number | null {
  if (remaining === null || days === null || days.next === null) return null;
  if (days.next.last) return Math.max(0, remaining);
  if (perDay === null) return null;
  const exact = perDay * days.next.workdays;
  if (!row.roundUp) return exact;
  const clean = excelRound(exact, COUNT_CLEAN_DIGITS);
  return row.better === 'lower' ? excelRoundDown(clean, 0) : excelRoundUp(clean, 0);
}

/** The forecast judged against the month's target: its achievement (either direction) against the thresholds. */
export function outlookOf(
  forecast: number | null,
  target: number | null,
  better: Direction,
  thresholds: OutlookThresholds,
): Outlook | null {
  if (forecast === null || target === null) return null;
  if (!(target > 0)) return better === 'lower' ? (forecast <= target ? 'onTrack' : 'offTrack') : null;
  const rate = achievement(forecast, target, better) as number;
  return rate >= thresholds.onTrack ? 'onTrack' : rate >= thresholds.atRisk ? 'atRisk' : 'offTrack';
}
