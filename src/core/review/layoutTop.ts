import type { IsoDate } from '../brand';
import { WORKDAYS } from '../backcast/formulas';
import { bin, call, name, num, ref, str, type Formula } from '../formula/ast';
import type { MessageKey } from '../i18n';
import { absA1 } from '../layout/a1';
import type { Grid } from '../layout/grid';
import {
  REVIEW_TOP_LABELS,
  REVIEW_TOP_ROWS,
  type ReviewNodeKey,
  type ReviewTopKey,
} from '../layout/reviewColumns';
import type { Cell } from '../layout/spec';
import type { WeekDays } from './figures';
import type { ReviewWeek } from './types';

type Tr = (key: MessageKey, params?: Record<string, string | number>) => string;

/** What the top block shows beyond the week itself. */
export interface TopBlock {
  readonly week: ReviewWeek;
  /** The week as people name it, 「第2週（12/7〜12/13）」, beside its ISO label; none for a week outside the plan's month. */
  readonly weekHeading?: string;
  readonly generatedOn: IsoDate;
  readonly previousCompletion: number | null;
  readonly days: WeekDays | null;
  /** The day the week was closed, or null while it is open. */
  readonly closedOn: IsoDate | null;
  /** The KGI's forecast and outlook cells on this tab, with what they show, when it has a KGI row. */
  readonly kgi: {
    readonly forecast: string;
    readonly outlook: string;
    readonly numFmt: string;
    readonly shows: { readonly forecast?: number | string; readonly outlook?: number | string };
  } | null;
  /** Weeks of the month before this one that have no tab. */
  readonly missingWeeks: readonly string[];
  /** The milestones of the month that fall in this week: a line each, and its status (live from the Milestones sheet when it has one). */
  readonly milestones?: readonly WeekMilestone[];
}

export interface WeekMilestone {
  readonly line: string;
  /** The Milestones sheet's status cell, or null when the workbook has no such sheet. */
  readonly status: Formula | null;
  /** The status as the core judges it. */
  readonly shows: string;
}

/** `DATE(2026,12,1)`: a day written into a formula without depending on the sheet's date system. */
export function dateFormula(d: IsoDate): Formula {
  return call('DATE', num(Number(d.slice(0, 4))), num(Number(d.slice(5, 7))), num(Number(d.slice(8, 10))));
}
const HOLIDAYS = name('HOLIDAYS');
const NONE: Cell = { v: '—', s: 'muted' };

/**
 * The top block: title, the week, its dates and working days, the month, when it was
 * made, last week's completion, whether it is closed, the working days the re-plan counts
 * with (live from the holiday list), the KGI's forecast and the weeks without a tab. A
 * label in the ID column, its value in the name column, a second value in the level
 * column, so the block moves with the columns people insert.
 */
export function putTopBlock(
  { put }: Grid,
  tr: Tr,
  cols: Readonly<Record<ReviewNodeKey, number>>,
  top: TopBlock,
): void {
  const { week, days } = top;
  const R = REVIEW_TOP_ROWS;
  const label = cols.id;
  const value = cols.name;
  const extra = cols.level;
  put(R.title, label, { v: tr('review.title', { week: week.label }), s: 'title' });
  put(R.subtitle, label, { v: tr('review.subtitle'), s: 'subtitle' });
  for (const [key, message] of Object.entries(REVIEW_TOP_LABELS) as [ReviewTopKey, MessageKey][])
    put(R[key], label, { v: tr(message), s: 'label' });
  put(R.week, value, { v: week.label, s: 'text' });
  if (top.weekHeading !== undefined) put(R.week, extra, { v: top.weekHeading, s: 'text' });
  put(R.dates, value, { v: { date: week.start }, s: 'date' });
  put(R.dates, extra, { v: { date: week.end }, s: 'date' });
  put(R.workdays, value, { v: week.workdays, s: 'num:0' });
  put(R.month, value, { v: week.month, s: 'text' });
  put(R.generatedOn, value, { v: { date: top.generatedOn }, s: 'date' });
  put(
    R.prevCompletion,
    value,
    top.previousCompletion === null ? NONE : { v: top.previousCompletion, s: 'num:0%' },
  );
  put(R.state, value, {
    v: tr(top.closedOn === null ? 'review.state.open' : 'review.state.closed'),
    s: 'label',
  });
  put(
    R.state,
    extra,
    top.closedOn === null ? { v: null, s: 'date' } : { v: { date: top.closedOn }, s: 'date' },
  );
  if (days === null) {
    for (const key of ['elapsed', 'left', 'nextWorkdays'] as const) put(R[key], value, NONE);
  } else {
    put(R.elapsed, value, {
      f: call('NETWORKDAYS', dateFormula(days.first), dateFormula(days.to), HOLIDAYS),
      result: days.elapsed,
      s: 'num:0',
    });
    put(R.left, value, {
      f: bin('-', name(WORKDAYS), ref(absA1(R.elapsed, value))),
      result: days.left,
      s: 'num:0',
    });
    put(
      R.nextWorkdays,
      value,
      days.next === null
        ? NONE
        : {
            f: call('NETWORKDAYS', dateFormula(days.next.from), dateFormula(days.next.to), HOLIDAYS),
            result: days.next.workdays,
            s: 'num:0',
          },
    );
  }
  const kgi = top.kgi;
  if (kgi === null) put(R.kgiForecast, value, NONE);
  else {
    put(R.kgiForecast, value, {
      f: ref(kgi.forecast),
      ...(kgi.shows.forecast === undefined ? {} : { result: kgi.shows.forecast }),
      s: `num:${kgi.numFmt}`,
    });
    put(R.kgiForecast, extra, {
      f: ref(kgi.outlook),
      ...(kgi.shows.outlook === undefined ? {} : { result: kgi.shows.outlook }),
      s: 'label',
    });
  }
  put(
    R.missingWeeks,
    value,
    top.missingWeeks.length === 0 ? NONE : { v: top.missingWeeks.join(', '), s: 'text' },
  );
  put(R.milestones, value, milestonesCell(top.milestones ?? []));
}

/** The week's milestones in one cell: `10日 見込み案件カバレッジ（2026-12-10）：未達`, the status live. */
function milestonesCell(milestones: readonly WeekMilestone[]): Cell {
  if (milestones.length === 0) return NONE;
  const result = milestones.map((m) => m.line + m.shows).join(MILESTONE_SEPARATOR);
  if (milestones.some((m) => m.status === null)) return { v: result, s: 'label' };
  const parts = milestones.flatMap((m, i) => [...(i > 0 ? [str(MILESTONE_SEPARATOR)] : []), str(m.line), m.status as Formula]);
  return { f: parts.reduce((a, b) => bin('&', a, b)), result, s: 'label' };
}
const MILESTONE_SEPARATOR = ' / ';

/** Where the re-plan's working days stand: absolute cells of the name column. */
export function dayCells(cols: Readonly<Record<ReviewNodeKey, number>>): {
  elapsed: Formula;
  left: Formula;
  next: Formula;
} {
  const R = REVIEW_TOP_ROWS;
  return {
    elapsed: ref(absA1(R.elapsed, cols.name)),
    left: ref(absA1(R.left, cols.name)),
    next: ref(absA1(R.nextWorkdays, cols.name)),
  };
}
