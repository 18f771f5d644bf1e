import { t, type Lang, type MessageKey } from '../i18n';

/**
 * The parts of a weekly review tab and where they stand when the tool lays a tab out
 * afresh: the top block (what the week is, its state, the KGI's forecast), the node
 * table (one row per KGI/KPI/KDI) and the action table. A tab people have edited is read
 * by its headers and its identity (`review/readTab.ts`), not by these positions: they are
 * where a new tab puts things, and where a column the tab lacks goes when it is free.
 */

/** The node table's columns, in the order a new tab has them. */
export const REVIEW_NODE_KEYS = [
  'id',
  'name',
  'level',
  'owner',
  'target',
  'actual',
  'achievement',
  'status',
  'mtdTarget',
  'mtdActual',
  'remaining',
  'perDay',
  'nextWeek',
  'forecast',
  'outlook',
  'hint',
  'q1',
  'q2',
  'cause',
  'q3',
] as const;
export type ReviewNodeKey = (typeof REVIEW_NODE_KEYS)[number];

/** The action table's columns, in the order a new tab has them. */
export const REVIEW_ACTION_KEYS = ['issue', 'action', 'owner', 'due', 'status', 'fromWeek'] as const;
export type ReviewActionKey = (typeof REVIEW_ACTION_KEYS)[number];

/** Each column's header: the words people and tests look for, in either language. */
export const REVIEW_NODE_HEADERS: Readonly<Record<ReviewNodeKey, MessageKey>> = {
  id: 'review.col.id',
  name: 'review.col.name',
  level: 'review.col.level',
  owner: 'review.col.owner',
  target: 'review.col.target',
  actual: 'review.col.actual',
  achievement: 'review.col.achievement',
  status: 'review.col.status',
  mtdTarget: 'review.col.mtdTarget',
  mtdActual: 'review.col.mtdActual',
  remaining: 'review.col.remaining',
  perDay: 'review.col.perDay',
  nextWeek: 'review.col.nextWeek',
  forecast: 'review.col.forecast',
  outlook: 'review.col.outlook',
  hint: 'review.col.hint',
  q1: 'review.q1',
  q2: 'review.q2',
  cause: 'review.missCause',
  q3: 'review.q3',
};

/** Headers tabs made by earlier versions carry, still read as the same columns. */
export const REVIEW_NODE_HEADER_ALIASES: Readonly<Partial<Record<ReviewNodeKey, readonly MessageKey[]>>> = {
  mtdTarget: ['review.col.mtdTarget.before'],
  mtdActual: ['review.col.mtdActual.before'],
};

export const REVIEW_ACTION_HEADERS: Readonly<Record<ReviewActionKey, MessageKey>> = {
  issue: 'review.actions.issue',
  action: 'review.actions.action',
  owner: 'review.actions.owner',
  due: 'review.actions.due',
  status: 'review.actions.status',
  fromWeek: 'review.actions.fromWeek',
};

/** The columns the tool types into; the rest it writes. */
export const REVIEW_INPUT_KEYS: ReadonlySet<ReviewNodeKey> = new Set(['actual', 'q1', 'q2', 'cause', 'q3']);

/**
 * The top block: a label in the ID column, its value in the name column and, for some, a
 * second value in the level column. Rows from the top of the tab.
 */
export const REVIEW_TOP_ROWS = {
  title: 1,
  subtitle: 2,
  week: 3,
  dates: 4,
  workdays: 5,
  month: 6,
  generatedOn: 7,
  prevCompletion: 8,
  state: 9,
  elapsed: 10,
  left: 11,
  nextWorkdays: 12,
  kgiForecast: 13,
  missingWeeks: 14,
  milestones: 15,
} as const;
export type ReviewTopKey = keyof typeof REVIEW_TOP_ROWS;

/** The label of each row of the top block that has one. */
export const REVIEW_TOP_LABELS: Readonly<Partial<Record<ReviewTopKey, MessageKey>>> = {
  week: 'review.header.week',
  dates: 'review.header.dates',
  workdays: 'review.header.workdays',
  month: 'review.header.month',
  generatedOn: 'review.header.generatedOn',
  prevCompletion: 'review.header.prevCompletion',
  state: 'review.header.state',
  elapsed: 'review.header.elapsed',
  left: 'review.header.left',
  nextWorkdays: 'review.header.nextWorkdays',
  kgiForecast: 'review.header.kgiForecast',
  missingWeeks: 'review.header.missingWeeks',
  milestones: 'milestones.review.label',
};

function positions<K extends string>(keys: readonly K[]): Readonly<Record<K, number>> {
  return Object.fromEntries(keys.map((k, i) => [k, i + 1])) as Record<K, number>;
}

/** Where a new tab puts things (1-based rows and columns). */
export const REVIEW = {
  headerRow: 16,
  firstRow: 17,
  /** Rows the history and month-to-date formulas look at, at least (`reviewReadEnd`). */
  lastRow: 500,
  /** How far down a tab its node table's header is looked for. */
  headerSearchRows: 40,
  col: positions(REVIEW_NODE_KEYS),
  action: positions(REVIEW_ACTION_KEYS),
  /**
   * Empty action rows offered beyond the carried ones: a week's usual few new actions, few
   * enough that a typical tree's tab with its rate table still prints on one page (more
   * rows are inserted as in any table).
   */
  spareActions: 5,
} as const;

export const ACTION_STATUS_KEYS = [
  'review.actions.notStarted',
  'review.actions.inProgress',
  'review.actions.done',
] as const;
export const CAUSE_KEYS = ['review.cause.quantity', 'review.cause.quality', 'review.cause.design'] as const;
/** What caused a miss, the second dropdown beside 量/質/設計: 時間 / スキル / 環境. */
export const MISS_CAUSE_KEYS = [
  'review.missCause.time',
  'review.missCause.skill',
  'review.missCause.environment',
] as const;

/** The last row the history and month-to-date formulas read of a tab whose node rows start at `firstRow`. */
export function reviewReadEnd(nodeRows: number, firstRow: number = REVIEW.firstRow): number {
  return Math.max(REVIEW.lastRow, firstRow + nodeRows - 1);
}

export function reviewSheetName(lang: Lang, week: string): string {
  return t(lang, 'review.sheetName', { week });
}

/** The ISO week label found in a sheet name (`週次レビュー 2026-W49`), or null. */
export function weekOfSheetName(sheetName: string): string | null {
  const m = /(\d{4}-W\d{2})\s*$/.exec(sheetName);
  return m ? m[1] : null;
}
