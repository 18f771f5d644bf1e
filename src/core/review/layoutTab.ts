import type { IsoDate } from '../brand';
import { targetName, weeklyName, WEEKS } from '../backcast/formulas';
import { bin, call, name, num, ref, str, type Formula } from '../formula/ast';
import { t, type Lang, type MessageKey } from '../i18n';
import { ACTION_STATUS_KEYS, CAUSE_KEYS, REVIEW, reviewReadEnd } from '../layout/reviewColumns';
import type { ReviewAction, ReviewRow, ReviewWeek, TypedEntries } from './types';
import { ACHIEVED, CLOSE } from './types';
import { a1, absRange, range } from '../layout/a1';
import { grid, type Grid } from '../layout/grid';
import type { AnchoredCell } from './readTab';
import { placeOwnCells } from './placeOwnCells';
import type { Cell, ConditionalFormat, SheetSpec, Validation } from '../layout/spec';

/** An earlier tab of the month that the month-to-date figures add up: its name, week and how many node rows it has. */
export interface EarlierTab {
  readonly sheet: string;
  readonly week: string;
  readonly nodeRows: number;
}

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
  /** Earlier review tabs of the same month, for the month-to-date target and actual. */
  readonly earlierTabs: readonly EarlierTab[];
}

const COLUMN_KEYS: readonly [number, MessageKey][] = [
  [REVIEW.col.id, 'review.col.id'],
  [REVIEW.col.name, 'review.col.name'],
  [REVIEW.col.level, 'review.col.level'],
  [REVIEW.col.owner, 'review.col.owner'],
  [REVIEW.col.target, 'review.col.target'],
  [REVIEW.col.achievement, 'review.col.achievement'],
  [REVIEW.col.status, 'review.col.status'],
  [REVIEW.col.mtdTarget, 'review.col.mtdTarget'],
  [REVIEW.col.mtdActual, 'review.col.mtdActual'],
  [REVIEW.col.hint, 'review.col.hint'],
];

/** `IF(ISNUMBER(x), then, "")`. */
const ifNumber = (x: Formula, then: Formula): Formula => call('IF', call('ISNUMBER', x), then, str(''));
/** A child's achievement, 0 while it is not a number (`"" >= 1` is TRUE in Excel). */
const rateOrZero = (x: Formula): Formula => call('IF', call('ISNUMBER', x), x, num(0));

type Tr = (key: MessageKey, params?: Record<string, string | number>) => string;

/** The status column's words, in the tab's language. */
interface StatusLabels {
  readonly achieved: string;
  readonly close: string;
  readonly missed: string;
}

/** Where the action table stands: its title row, and its first and last rows. */
interface ActionRows {
  readonly titleRow: number;
  readonly first: number;
  readonly last: number;
}

/** The weekly review tab: header block, one row per KGI/KPI/KDI, the three questions, the actions table. */
export function layoutReviewSheet(input: ReviewLayoutInput): SheetSpec {
  const { lang, week, rows: reviewRows } = input;
  const tr: Tr = (key, params) => t(lang, key, params);
  const tab = grid();
  putHeaderBlock(tab, tr, input);
  putColumnHeaders(tab, tr);
  const rowOf = new Map(reviewRows.map((r, i) => [r.id, REVIEW.firstRow + i]));
  const labels: StatusLabels = { achieved: tr('review.status.achieved'), close: tr('review.status.close'), missed: tr('review.status.missed') };
  reviewRows.forEach((node, i) => putNodeRow(tab, node, REVIEW.firstRow + i, input, rowOf, labels));
  const lastNodeRow = REVIEW.firstRow + Math.max(reviewRows.length, 1) - 1;
  const actions = putActionTable(tab, tr, input.actions, lastNodeRow + 2);
  placeOwnCells(tab.rows, input.own ?? [], { rowOf, actionTitleRow: actions.titleRow, firstActionRow: actions.first, lastRow: actions.last });
  return {
    key: `review:${week.label}`,
    name: input.sheetName,
    rows: tab.rows,
    // Narrow enough for one A4 landscape page at over 60 % (`pageSetupOf`), the week's end date in C included.
    widths: [16, 22, 10, 10, 12, 12, 10, 10, 12, 12, 30, 30, 14, 30],
    freeze: { rows: REVIEW.headerRow, columns: 2 },
    validations: validationsOf(tr, lastNodeRow, actions),
    conditionalFormats: statusFormats(lastNodeRow, labels),
    tabColor: 'F4B183',
    // Everything below is re-seeded from what the tab held, so a changed tree cannot misalign typed cells.
    clearBelow: 0,
  };
}

/** Rows 1–8: title, the week, its dates and working days, the month, when it was made, last week's completion. */
function putHeaderBlock({ put }: Grid, tr: Tr, input: ReviewLayoutInput): void {
  const { week } = input;
  put(1, 1, { v: tr('review.title', { week: week.label }), s: 'title' });
  put(2, 1, { v: tr('review.subtitle'), s: 'subtitle' });
  put(3, 1, { v: tr('review.header.week'), s: 'label' });
  put(3, 2, { v: week.label, s: 'text' });
  put(4, 1, { v: tr('review.header.dates'), s: 'label' });
  put(4, 2, { v: { date: week.start }, s: 'date' });
  put(4, 3, { v: { date: week.end }, s: 'date' });
  put(5, 1, { v: tr('review.header.workdays'), s: 'label' });
  put(5, 2, { v: week.workdays, s: 'num:0' });
  put(6, 1, { v: tr('review.header.month'), s: 'label' });
  put(6, 2, { v: week.month, s: 'text' });
  put(7, 1, { v: tr('review.header.generatedOn'), s: 'label' });
  put(7, 2, { v: { date: input.generatedOn }, s: 'date' });
  put(8, 1, { v: tr('review.header.prevCompletion'), s: 'label' });
  put(8, 2, input.previousCompletion === null ? { v: '—', s: 'muted' } : { v: input.previousCompletion, s: 'num:0%' });
}

/** The node table's header: the tool's columns, then the inputs (actual and the three questions, with their guidance). */
function putColumnHeaders({ put }: Grid, tr: Tr): void {
  const H = REVIEW.headerRow;
  const C = REVIEW.col;
  for (const [col, key] of COLUMN_KEYS) put(H, col, { v: tr(key), s: 'header' });
  put(H, C.actual, { v: tr('review.col.actual'), s: 'headerInput' });
  put(H, C.q1, { v: tr('review.q1'), s: 'headerInput', note: tr('review.q1.note') });
  put(H, C.q2, { v: tr('review.q2'), s: 'headerInput', note: tr('review.q2.note') });
  put(H, C.q3, { v: tr('review.q3'), s: 'headerInput', note: tr('review.q3.note') });
}

/** One KGI/KPI/KDI row: live target, the actual typed, achievement, status, month to date, the hint, the answers. */
function putNodeRow(
  { put }: Grid,
  node: ReviewRow,
  r: number,
  input: ReviewLayoutInput,
  rowOf: ReadonlyMap<string, number>,
  labels: StatusLabels,
): void {
  const C = REVIEW.col;
  const at = (col: number): Formula => ref(a1(r, col));
  const typed = input.typed.get(node.id);
  const target = at(C.target);
  const actual = at(C.actual);
  const rate = at(C.achievement);
  const inPlan = input.week.index >= 0;
  put(r, C.id, { v: node.id, s: 'id' });
  put(r, C.name, { v: node.name, s: 'text' });
  put(r, C.level, { v: node.level, s: 'muted' });
  put(r, C.owner, { v: node.owner || null, s: 'text' });
  put(r, C.target, {
    f: weekTarget(node, input.week.label),
    ...(node.weeklyTarget === null ? {} : { result: node.weeklyTarget }),
    s: `num:${node.numFmt}`,
  });
  put(r, C.actual, {
    v: typeof typed?.actual === 'number' || typeof typed?.actual === 'string' ? typed.actual : null,
    ...(typed?.actualFormula ? { carriedFormula: typed.actualFormula } : {}),
    input: true,
    s: `input:${node.numFmt}`,
  });
  put(r, C.achievement, {
    f: call('IF', call('AND', call('ISNUMBER', actual), call('ISNUMBER', target)), call('IF', bin('>', target, num(0)), bin('/', actual, target), str('')), str('')),
    s: 'num:0%',
  });
  put(r, C.status, {
    f: ifNumber(rate, call('IF', bin('>=', rate, num(ACHIEVED)), str(labels.achieved), call('IF', bin('>=', rate, num(CLOSE)), str(labels.close), str(labels.missed)))),
    s: 'text',
  });
  put(r, C.mtdTarget, inPlan
    ? { f: mtdTarget(node, [...input.earlierTabs.map((tab) => tab.week), input.week.label]), ...(node.mtdTarget === null ? {} : { result: node.mtdTarget }), s: `num:${node.numFmt}` }
    : { v: null, s: 'muted' });
  put(r, C.mtdActual, { f: mtdActual(node, actual, input.earlierTabs), s: `num:${node.numFmt}` });
  put(r, C.hint, hintCell(node, rate, rowOf, input.lang));
  put(r, C.q1, { v: typed?.answers[0] ?? null, input: true, s: 'inputText' });
  put(r, C.q2, { v: typed?.answers[1] ?? null, input: true, s: 'inputText' });
  put(r, C.q3, { v: typed?.answers[2] ?? null, input: true, s: 'inputText' });
}

/** The action table from `titleRow`: its title, headers, the actions given, then spare rows to type into. */
function putActionTable({ put }: Grid, tr: Tr, actions: readonly (ReviewAction | null)[], titleRow: number): ActionRows {
  const headerRow = titleRow + 1;
  const A = REVIEW.action;
  put(titleRow, 1, { v: tr('review.actions'), s: 'subtitle' });
  const actionHeaders: [number, MessageKey][] = [
    [A.issue, 'review.actions.issue'],
    [A.action, 'review.actions.action'],
    [A.owner, 'review.actions.owner'],
    [A.due, 'review.actions.due'],
    [A.status, 'review.actions.status'],
    [A.fromWeek, 'review.actions.fromWeek'],
  ];
  for (const [col, key] of actionHeaders) put(headerRow, col, { v: tr(key), s: 'headerInput' });
  const count = actions.length + REVIEW.spareActions;
  for (let i = 0; i < count; i++) {
    const a: ReviewAction | null | undefined = actions[i];
    const r = headerRow + 1 + i;
    put(r, A.issue, { v: a?.issue ?? null, input: true, s: 'inputText' });
    put(r, A.action, { v: a?.action ?? null, input: true, s: 'inputText' });
    put(r, A.owner, { v: a?.owner ?? null, input: true, s: 'inputText' });
    put(r, A.due, { v: a?.due ? { date: a.due } : null, input: true, s: 'inputDate' });
    put(r, A.status, { v: a?.status ?? null, input: true, s: 'inputText' });
    put(r, A.fromWeek, { v: a?.fromWeek ?? null, input: true, s: 'inputText' });
  }
  return { titleRow, first: headerRow + 1, last: headerRow + count };
}

/** Dropdowns of the cause and the action status, a number for the actual, a date for the due date. */
function validationsOf(tr: Tr, lastNodeRow: number, actions: ActionRows): Validation[] {
  const C = REVIEW.col;
  const A = REVIEW.action;
  return [
    { range: range(REVIEW.firstRow, C.q2, lastNodeRow, C.q2), type: 'list', values: CAUSE_KEYS.map((k) => tr(k)) },
    { range: range(REVIEW.firstRow, C.actual, lastNodeRow, C.actual), type: 'decimal', min: 0 },
    { range: range(actions.first, A.status, actions.last, A.status), type: 'list', values: ACTION_STATUS_KEYS.map((k) => tr(k)) },
    { range: range(actions.first, A.due, actions.last, A.due), type: 'date' },
  ];
}

/** The status column in Excel's good, neutral and bad colours. */
function statusFormats(lastNodeRow: number, labels: StatusLabels): ConditionalFormat[] {
  const C = REVIEW.col;
  const statusTop = ref(a1(REVIEW.firstRow, C.status));
  const statusRange = range(REVIEW.firstRow, C.status, lastNodeRow, C.status);
  return [
    { range: statusRange, formula: bin('=', statusTop, str(labels.achieved)), style: { fill: 'C6EFCE', color: '006100' } },
    { range: statusRange, formula: bin('=', statusTop, str(labels.close)), style: { fill: 'FFEB9C', color: '9C5700' } },
    { range: statusRange, formula: bin('=', statusTop, str(labels.missed)), style: { fill: 'FFC7CE', color: '9C0006', bold: true } },
  ];
}

const weekOf = (id: string, label: string): Formula => call('INDEX', name(weeklyName(id)), call('MATCH', str(label), name(WEEKS), num(0)));

/**
 * The week's target, live from the tree: the week's `W_` cell; for a rate (not additive
 * over weeks) the month's rate itself, in any week of the plan. Blank outside the plan.
 */
function weekTarget(node: ReviewRow, label: string): Formula {
  if (node.additive) return call('IFERROR', weekOf(node.id, label), str(''));
  return call('IFERROR', call('IF', bin('>', call('MATCH', str(label), name(WEEKS), num(0)), num(0)), name(targetName(node.id)), str('')), str(''));
}

/** Month-to-date target over the same weeks as the actual: this one and those of the earlier tabs. */
function mtdTarget(node: ReviewRow, weeks: readonly string[]): Formula {
  if (!node.additive) return call('IFERROR', name(targetName(node.id)), str(''));
  return call('IFERROR', weeks.map((w) => weekOf(node.id, w)).reduce((sum, w) => bin('+', sum, w)), str(''));
}

/** Month-to-date actual: this week's plus the earlier tabs' (their average, for a rate); blank until this week's is in. */
function mtdActual(node: ReviewRow, actual: Formula, earlierTabs: readonly EarlierTab[]): Formula {
  const C = REVIEW.col;
  // Every node row of each earlier tab: a 1,000-node tree runs past the 500 rows looked at before.
  const column = (col: number, tab: EarlierTab): Formula => ref(absRange(REVIEW.firstRow, col, reviewReadEnd(tab.nodeRows), col), tab.sheet);
  const sum = earlierTabs.map((tab) => call('SUMIFS', column(C.actual, tab), column(C.id, tab), str(node.id))).reduce((a, b) => bin('+', a, b), actual);
  if (node.additive || earlierTabs.length === 0) return ifNumber(actual, sum);
  const count = earlierTabs.map((tab) => call('COUNTIFS', column(C.id, tab), str(node.id), column(C.actual, tab), str('<>'))).reduce((a, b) => bin('+', a, b), num(1) as Formula);
  return ifNumber(actual, bin('/', sum, count));
}

/** The diagnosis rule of `review/diagnose.ts`, as a formula of this tab's cells. */
function hintCell(node: ReviewRow, rate: Formula, rowOf: ReadonlyMap<string, number>, lang: Lang): Cell {
  if (node.level === 'KDI') {
    return { f: ifNumber(rate, call('IF', bin('<', rate, num(ACHIEVED)), str(t(lang, 'review.hint.quantity')), str(''))), s: 'text' };
  }
  const children = node.children.map((c) => rowOf.get(c)).filter((r): r is number => r !== undefined);
  if (children.length === 0) return { v: null, s: 'text' };
  const onTarget = children.map((r) => bin('>=', rateOrZero(ref(a1(r, REVIEW.col.achievement))), num(ACHIEVED)));
  const hint = t(lang, node.isRate ? 'review.hint.quality' : 'review.hint.design');
  return { f: ifNumber(rate, call('IF', call('AND', bin('<', rate, num(ACHIEVED)), ...onTarget), str(hint), str(''))), s: 'text' };
}
