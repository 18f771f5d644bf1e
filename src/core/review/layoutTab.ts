import type { IsoDate } from '../brand';
import { weekHeading } from '../calendar/weekLabel';
import { weekInMonth } from './week';
import { bin, ref, str } from '../formula/ast';
import { t, type Lang, type MessageKey } from '../i18n';
import { a1, range } from '../layout/a1';
import { grid } from '../layout/grid';
import {
  ACTION_STATUS_KEYS,
  CAUSE_KEYS,
  MISS_CAUSE_KEYS,
  REVIEW,
  type ReviewActionKey,
  type ReviewNodeKey,
} from '../layout/reviewColumns';
import type { Cell, ConditionalFormat, SheetSpec, Validation } from '../layout/spec';
import { DEFAULT_OUTLOOK, type OutlookThresholds, type WeekDays } from './figures';
import { putActionTable, type ActionRows } from './layoutActions';
import {
  putNodeHeader,
  putNodeRow,
  type EarlierTab,
  type NodeTable,
  type Shows,
  type Words,
} from './layoutNodes';
import { putTopBlock, type WeekMilestone } from './layoutTop';
import { putMemberColumns, type MemberReview } from './layoutMembers';
import { placeOwnCells } from './placeOwnCells';
import type { RateFigures, RateRow } from './rateLinks';
import { putRateTable } from './layoutRates';
import { putGapTable, type GapTable } from './layoutGap';
import type { AnchoredCell } from './readTab';
import { NEW_TAB_COLUMNS, type ReviewColumns } from './tabColumns';
import type { ReviewAction, ReviewRow, ReviewWeek, TypedEntries } from './types';

export type { EarlierTab } from './layoutNodes';

export interface ReviewLayoutInput {
  readonly lang: Lang;
  readonly sheetName: string;
  readonly week: ReviewWeek;
  readonly rows: readonly ReviewRow[];
  /** A literal date: the tab never calls TODAY(). */
  readonly generatedOn: IsoDate;
  /** What people typed in this week's tab before, by id (kept on a refresh). */
  readonly typed: ReadonlyMap<string, TypedEntries>;
  /** Carried actions first, then the action rows already in this tab (null: a blank row kept in its place). */
  readonly actions: readonly (ReviewAction | null)[];
  /**
   * Cells people wrote on this tab outside the inputs, put back beside what they stood
   * next to; an `action` anchor's slot is an index into `actions`.
   */
  readonly own?: readonly AnchoredCell[];
  /** Share of the previous tab's actions done, or null when there was none. */
  readonly previousCompletion: number | null;
  /** Earlier review tabs of the same month, for the to-date actual. */
  readonly earlierTabs: readonly EarlierTab[];
  /** Where each column goes: a refreshed tab keeps people's arrangement; a new tab the usual one. */
  readonly columns?: ReviewColumns;
  /** False for a tab written again: the widths people gave its columns (and hidden ones) stay. */
  readonly newTab?: boolean;
  /** The working days the re-plan counts with; null for a week outside the plan. */
  readonly days?: WeekDays | null;
  /** The plan's week labels of the month through this one (the to-date target's weeks). */
  readonly weeksToDate?: readonly string[];
  readonly thresholds?: OutlookThresholds;
  /** What each row's formulas show, by id (the core's numbers): cached for readers, kept when closed. */
  readonly shows?: ReadonlyMap<string, Shows>;
  /** Weeks of the month before this one with no tab, named at the top. */
  readonly missingWeeks?: readonly string[];
  /** Set when the week is closed: every number and verdict is written as the value it shows. */
  readonly closedOn?: IsoDate | null;
  /** The month's milestones that fall in this week, shown at the top. */
  readonly milestones?: readonly WeekMilestone[];
  /** The plan's hypotheses, each with the nodes its actual rate is read from, for the table under the nodes. */
  readonly rates?: readonly RateRow[];
  /** What the rate table's formulas show, by hypothesis id (the core's numbers). */
  readonly rateShows?: ReadonlyMap<string, RateFigures>;
  /** A team's members and their columns (`layoutMembers.ts`); none for a workbook without members. */
  readonly members?: MemberReview;
  /** The KGI's to-date gap split into its drivers, beside the rate table. */
  readonly gap?: GapTable | null;
}

/** A laid-out tab, and the last row of its region (the end of its action table). */
export interface ReviewTabLayout {
  readonly sheet: SheetSpec;
  readonly end: number;
  readonly columns: ReviewColumns;
}

const NODE_WIDTHS: Readonly<Record<ReviewNodeKey, number>> = {
  id: 14,
  name: 19,
  level: 5,
  owner: 9,
  target: 11,
  actual: 11,
  achievement: 8,
  status: 7,
  mtdTarget: 11,
  mtdActual: 11,
  remaining: 11,
  perDay: 10,
  nextWeek: 11,
  forecast: 11,
  outlook: 8,
  hint: 22,
  q1: 17,
  q2: 10,
  cause: 10,
  q3: 17,
};


/** The weekly review tab: top block, one row per KGI/KPI/KDI, the three questions, the actions table. */
export function layoutReviewTab(input: ReviewLayoutInput): ReviewTabLayout {
  const { lang, week, rows: reviewRows } = input;
  const tr = (key: MessageKey, params?: Record<string, string | number>): string => t(lang, key, params);
  const columns = input.columns ?? NEW_TAB_COLUMNS;
  const cols = columns.node;
  const closedOn = input.closedOn ?? null;
  const tab = grid();
  const shows = input.shows ?? new Map<string, Shows>();
  const kgi = reviewRows.find((r) => r.level === 'KGI');
  const rowOf = new Map(reviewRows.map((r, i) => [r.id, REVIEW.firstRow + i]));
  const kgiRow = kgi === undefined ? undefined : rowOf.get(kgi.id);
  putTopBlock(tab, tr, cols, {
    week,
    ...(week.index >= 0 ? { weekHeading: weekHeading(lang, weekInMonth(week), week.index) } : {}),
    generatedOn: input.generatedOn,
    previousCompletion: input.previousCompletion,
    days: input.days ?? null,
    closedOn,
    kgi:
      kgi === undefined || kgiRow === undefined
        ? null
        : {
            forecast: a1(kgiRow, cols.forecast),
            outlook: a1(kgiRow, cols.outlook),
            numFmt: kgi.numFmt,
            shows: { forecast: shows.get(kgi.id)?.forecast, outlook: shows.get(kgi.id)?.outlook },
          },
    missingWeeks: input.missingWeeks ?? [],
    milestones: input.milestones ?? [],
  });
  putNodeHeader(tab, tr, cols, REVIEW.headerRow);
  const words = wordsOf(tr);
  const rates = input.rates ?? [];
  const lastNodeRow = REVIEW.firstRow + Math.max(reviewRows.length, 1) - 1;
  const rateTitleRow = lastNodeRow + 2;
  const rateRowOf = new Map<string, number>();
  rates.forEach((h, i) => {
    if (h.link !== null && rowOf.has(h.link.numerator) && rowOf.has(h.link.denominator))
      rateRowOf.set(h.id, rateTitleRow + 2 + i);
  });
  const table: NodeTable = {
    week,
    rows: reviewRows,
    typed: input.typed,
    earlierTabs: input.earlierTabs,
    weeksToDate: input.weeksToDate ?? (week.index >= 0 ? [week.label] : []),
    days: input.days ?? null,
    thresholds: input.thresholds ?? DEFAULT_OUTLOOK,
    shows,
    lang,
    rates,
    rateRowOf,
  };
  reviewRows.forEach((node, i) => putNodeRow(tab, node, REVIEW.firstRow + i, cols, table, rowOf, words));
  const team = putMemberColumns(tab, lang, {
    part: input.members ?? { members: [], found: [], typed: new Map() },
    rows: reviewRows,
    firstRow: REVIEW.firstRow,
    headerRow: REVIEW.headerRow,
    cols,
    typed: input.typed,
    own: input.own ?? [],
    week,
    words,
  });
  const names = new Map(reviewRows.map((r) => [r.id, r.name]));
  const rateTable =
    rates.length === 0
      ? null
      : putRateTable(tab, tr, cols, rates, names, rowOf, input.rateShows, rateTitleRow);
  const gap = input.gap ?? null;
  const gapLast =
    gap === null ? null : putGapTable(tab, tr, cols, gap, rowOf, rateTable?.titleRow ?? rateTitleRow);
  const above = Math.max(rateTable?.last ?? lastNodeRow, gapLast ?? lastNodeRow);
  const actions = putActionTable(tab, tr, columns.action, input.actions, above + 2);
  if (closedOn !== null) freeze(tab.rows);
  placeOwnCells(tab.rows, input.own ?? [], {
    headerRow: REVIEW.headerRow,
    rowOf,
    actionTitleRow: actions.titleRow,
    firstActionRow: actions.first,
    lastRow: actions.last,
  });
  const newTab = input.newTab ?? true;
  const sheet: SheetSpec = {
    key: `review:${week.label}`,
    name: input.sheetName,
    rows: tab.rows,
    // Narrow enough for one A4 landscape page at over 60 % (`pageSetupOf`).
    widths: newTab ? widthsOf(columns, team.widths) : [],
    freeze: { rows: REVIEW.headerRow, columns: Math.max(cols.id, cols.name) },
    validations: [...validationsOf(tr, columns, lastNodeRow, actions), ...team.validations],
    conditionalFormats: [...statusFormats(cols, lastNodeRow, words), ...team.conditionalFormats],
    tabColor: closedOn === null ? 'F4B183' : 'A6A6A6',
    // Everything below is re-seeded from what the tab held, so a changed tree cannot misalign typed cells.
    clearBelow: 0,
  };
  return { sheet, end: actions.last, columns };
}

/** The tab alone (see `layoutReviewTab`). */
export function layoutReviewSheet(input: ReviewLayoutInput): SheetSpec {
  return layoutReviewTab(input).sheet;
}

function wordsOf(tr: (key: MessageKey) => string): Words {
  return {
    achieved: tr('review.status.achieved'),
    close: tr('review.status.close'),
    missed: tr('review.status.missed'),
    onTrack: tr('review.outlook.onTrack'),
    atRisk: tr('review.outlook.atRisk'),
    offTrack: tr('review.outlook.offTrack'),
  };
}

/**
 * A closed week keeps what it showed: every formula of the tool's becomes the value it
 * had (a blank stays blank). Inputs and people's own formulas are not touched.
 */
function freeze(rows: (Cell | null)[][]): void {
  rows.forEach((r) =>
    r.forEach((c, i) => {
      if (!c?.f) return;
      const { f: _formula, fa: _own, result, ...rest } = c;
      r[i] = { ...rest, v: result === undefined || result === '' ? null : result };
    }),
  );
}

function widthsOf(columns: ReviewColumns, more: ReadonlyMap<number, number>): number[] {
  const widths: number[] = [];
  for (const [key, col] of Object.entries(columns.node) as [ReviewNodeKey, number][])
    widths[col - 1] = NODE_WIDTHS[key];
  for (const [col, width] of more) widths[col - 1] = width;
  for (let i = 0; i < widths.length; i++) widths[i] ??= 12;
  return widths;
}

/** Dropdowns of the two causes (量/質/設計, 時間/スキル/環境) and the action status, a number for the actual, a date for the due date. */
function validationsOf(
  tr: (key: MessageKey) => string,
  columns: ReviewColumns,
  lastNodeRow: number,
  actions: ActionRows,
): Validation[] {
  const C = columns.node;
  const A: Readonly<Record<ReviewActionKey, number>> = columns.action;
  return [
    {
      range: range(REVIEW.firstRow, C.q2, lastNodeRow, C.q2),
      type: 'list',
      values: CAUSE_KEYS.map((k) => tr(k)),
    },
    {
      range: range(REVIEW.firstRow, C.cause, lastNodeRow, C.cause),
      type: 'list',
      values: MISS_CAUSE_KEYS.map((k) => tr(k)),
    },
    { range: range(REVIEW.firstRow, C.actual, lastNodeRow, C.actual), type: 'decimal', min: 0 },
    {
      range: range(actions.first, A.status, actions.last, A.status),
      type: 'list',
      values: ACTION_STATUS_KEYS.map((k) => tr(k)),
    },
    { range: range(actions.first, A.due, actions.last, A.due), type: 'date' },
  ];
}

/** The status column in Excel's good, neutral and bad colours. */
function statusFormats(
  cols: Readonly<Record<ReviewNodeKey, number>>,
  lastNodeRow: number,
  words: Words,
): ConditionalFormat[] {
  const statusTop = ref(a1(REVIEW.firstRow, cols.status));
  const statusRange = range(REVIEW.firstRow, cols.status, lastNodeRow, cols.status);
  return [
    {
      range: statusRange,
      formula: bin('=', statusTop, str(words.achieved)),
      style: { fill: 'C6EFCE', color: '006100' },
    },
    {
      range: statusRange,
      formula: bin('=', statusTop, str(words.close)),
      style: { fill: 'FFEB9C', color: '9C5700' },
    },
    {
      range: statusRange,
      formula: bin('=', statusTop, str(words.missed)),
      style: { fill: 'FFC7CE', color: '9C0006', bold: true },
    },
  ];
}
