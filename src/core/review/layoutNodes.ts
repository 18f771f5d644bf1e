import { targetName, weeklyName, WEEKS, WORKDAYS } from '../backcast/formulas';
import { bin, call, name, num, ref, str, type Formula } from '../formula/ast';
import type { Lang, MessageKey } from '../i18n';
import { a1, absRange } from '../layout/a1';
import type { Grid } from '../layout/grid';
import {
  REVIEW_INPUT_KEYS,
  REVIEW_NODE_HEADERS,
  REVIEW_NODE_KEYS,
  reviewReadEnd,
  type ReviewNodeKey,
} from '../layout/reviewColumns';
import type { Cell } from '../layout/spec';
import { COUNT_CLEAN_DIGITS } from '../num/round';
import { feedingRates } from './diagnose';
import type { OutlookThresholds, WeekDays } from './figures';
import { FORMULA_PIECES, sentence, textOf, unitSuffix, volumePiece } from './hintText';
import type { RateRow } from './rateLinks';
import { dayCells } from './layoutTop';
import { ACHIEVED, CLOSE, type ReviewRow, type ReviewWeek, type TypedEntries } from './types';

type Tr = (key: MessageKey, params?: Record<string, string | number>) => string;

/** What a cell of a row shows, for readers that do not recalculate (and what a closed tab keeps). */
export type Shows = Partial<Record<ReviewNodeKey, number | string>>;

/** An earlier tab of the month that the to-date actual adds up: where its ids and actuals stand. */
export interface EarlierTab {
  readonly sheet: string;
  readonly week: string;
  readonly nodeRows: number;
  /** Its first node row and the columns of its ids and actuals; a new tab's when not given. */
  readonly firstRow?: number;
  readonly idColumn?: number;
  readonly actualColumn?: number;
}

export interface NodeTable {
  readonly week: ReviewWeek;
  readonly rows: readonly ReviewRow[];
  readonly typed: ReadonlyMap<string, TypedEntries>;
  readonly earlierTabs: readonly EarlierTab[];
  /** The plan's week labels of the month through this one. */
  readonly weeksToDate: readonly string[];
  readonly days: WeekDays | null;
  readonly thresholds: OutlookThresholds;
  readonly shows: ReadonlyMap<string, Shows>;
  /** The tab's language: the hint's sentence is built from its templates. */
  readonly lang: Lang;
  /** The plan's hypotheses, and the row of the rate table that holds each one's actual rate (only those with one). */
  readonly rates: readonly RateRow[];
  readonly rateRowOf: ReadonlyMap<string, number>;
}

/** The verdicts' words in the tab's language. */
export interface Words {
  readonly achieved: string;
  readonly close: string;
  readonly missed: string;
  readonly onTrack: string;
  readonly atRisk: string;
  readonly offTrack: string;
}

/** `IF(ISNUMBER(x), then, "")`. */
const ifNumber = (x: Formula, then: Formula): Formula => call('IF', call('ISNUMBER', x), then, str(''));
/** A child's achievement, 0 while it is not a number (`"" >= 1` is TRUE in Excel). */
const rateOrZero = (x: Formula): Formula => call('IF', call('ISNUMBER', x), x, num(0));
const weekOf = (id: string, label: string): Formula =>
  call('INDEX', name(weeklyName(id)), call('MATCH', str(label), name(WEEKS), num(0)));

/** The node table's header: the tool's columns, then the inputs (actual, the three questions and the cause of a miss, with their guidance). */
export function putNodeHeader(
  { put }: Grid,
  tr: Tr,
  cols: Readonly<Record<ReviewNodeKey, number>>,
  headerRow: number,
): void {
  for (const key of REVIEW_NODE_KEYS) {
    const input = REVIEW_INPUT_KEYS.has(key);
    const note =
      key === 'q1' || key === 'q2' || key === 'q3'
        ? { note: tr(`review.${key}.note`) }
        : key === 'cause'
          ? { note: tr('review.missCause.note') }
          : {};
    put(headerRow, cols[key], {
      v: tr(REVIEW_NODE_HEADERS[key]),
      s: input ? 'headerInput' : 'header',
      ...note,
    });
  }
}

/**
 * One KGI/KPI/KDI row: live target, the actual typed, achievement and status (a cap the
 * right way round), to date from the plan and this month's tabs, the re-plan (remaining,
 * required per day, next week's target), the month-end forecast and its outlook, the
 * hint, the answers.
 */
export function putNodeRow(
  { put }: Grid,
  node: ReviewRow,
  r: number,
  cols: Readonly<Record<ReviewNodeKey, number>>,
  table: NodeTable,
  rowOf: ReadonlyMap<string, number>,
  words: Words,
): void {
  const at = (key: ReviewNodeKey): Formula => ref(a1(r, cols[key]));
  const shows = table.shows.get(node.id) ?? {};
  const live = (key: ReviewNodeKey, f: Formula, s: string): void => {
    const result = shows[key];
    put(r, cols[key], { f, ...(result === undefined ? {} : { result }), s: s as Cell['s'] });
  };
  const blank = (key: ReviewNodeKey): void => put(r, cols[key], { v: null, s: 'muted' });
  const typed = table.typed.get(node.id);
  const fmt = `num:${node.numFmt}`;
  const inPlan = table.week.index >= 0;
  const planned = inPlan && node.monthlyTarget !== null && table.days !== null;
  const lower = node.better === 'lower';
  put(r, cols.id, { v: node.id, s: 'id' });
  put(r, cols.name, { v: node.name, s: 'text' });
  put(r, cols.level, { v: node.level, s: 'muted' });
  put(r, cols.owner, { v: node.owner || null, s: 'text' });
  live('target', weekTarget(node, table.week.label), fmt);
  put(r, cols.actual, {
    v: typeof typed?.actual === 'number' || typeof typed?.actual === 'string' ? typed.actual : null,
    ...(typed?.actualFormula ? { carriedFormula: typed.actualFormula } : {}),
    input: true,
    s: `input:${node.numFmt}`,
  });
  live('achievement', achievementFormula(at('actual'), at('target'), lower), 'num:0%');
  live('status', statusFormula(at('actual'), at('target'), at('achievement'), lower, words), 'text');
  if (inPlan) live('mtdTarget', mtdTarget(node, table.weeksToDate), fmt);
  else blank('mtdTarget');
  live('mtdActual', mtdActual(node, at('actual'), table.earlierTabs), fmt);
  const days = dayCells(cols);
  const monthly = name(targetName(node.id));
  if (planned && node.additive) {
    live(
      'remaining',
      call('IFERROR', ifNumber(at('mtdActual'), bin('-', monthly, at('mtdActual'))), str('')),
      fmt,
    );
    live(
      'perDay',
      ifNumber(
        at('remaining'),
        call(
          'IF',
          bin('>', days.left, num(0)),
          bin('/', call('MAX', num(0), at('remaining')), days.left),
          str(''),
        ),
      ),
      node.roundUp ? 'num:#,##0.00' : fmt,
    );
    const next = table.days?.next ?? null;
    if (next === null) blank('nextWeek');
    else if (next.last)
      live('nextWeek', ifNumber(at('remaining'), call('MAX', num(0), at('remaining'))), fmt);
    else live('nextWeek', ifNumber(at('perDay'), wholeIfCount(node, bin('*', at('perDay'), days.next))), fmt);
    live(
      'forecast',
      ifNumber(
        at('mtdActual'),
        call(
          'IF',
          bin('>', days.elapsed, num(0)),
          bin('*', bin('/', at('mtdActual'), days.elapsed), name(WORKDAYS)),
          str(''),
        ),
      ),
      fmt,
    );
  } else {
    for (const key of ['remaining', 'perDay', 'nextWeek'] as const) blank(key);
    if (planned) live('forecast', ifNumber(at('mtdActual'), at('mtdActual')), fmt);
    else blank('forecast');
  }
  if (planned)
    live(
      'outlook',
      call(
        'IFERROR',
        ifNumber(at('forecast'), outlookFormula(at('forecast'), monthly, lower, table.thresholds, words)),
        str(''),
      ),
      'text',
    );
  else blank('outlook');
  put(r, cols.hint, hintCell(node, r, table, rowOf, cols, shows.hint));
  put(r, cols.q1, { v: typed?.answers[0] ?? null, input: true, s: 'inputText' });
  put(r, cols.q2, { v: typed?.answers[1] ?? null, input: true, s: 'inputText' });
  put(r, cols.cause, { v: typed?.answers[3] ?? null, input: true, s: 'inputText' });
  put(r, cols.q3, { v: typed?.answers[2] ?? null, input: true, s: 'inputText' });
}

/**
 * The week's target, live from the tree: the week's `W_` cell; for a rate (not additive
 * over weeks) the month's rate itself, in any week of the plan. Blank outside the plan.
 */
function weekTarget(node: ReviewRow, label: string): Formula {
  if (node.additive) return call('IFERROR', weekOf(node.id, label), str(''));
  return call(
    'IFERROR',
    call(
      'IF',
      bin('>', call('MATCH', str(label), name(WEEKS), num(0)), num(0)),
      name(targetName(node.id)),
      str(''),
    ),
    str(''),
  );
}

/** Actual ÷ target; for a cap 2 − actual ÷ target, never below 0. */
export function achievementFormula(actual: Formula, target: Formula, lower: boolean): Formula {
  const rate = bin('/', actual, target);
  const value = lower ? call('MAX', num(0), bin('-', num(2), rate)) : rate;
  return call(
    'IF',
    call('AND', call('ISNUMBER', actual), call('ISNUMBER', target)),
    call('IF', bin('>', target, num(0)), value, str('')),
    str(''),
  );
}

/** Achieved at 100 %, close from 80 %; a cap is achieved when the actual does not exceed it (also a cap of 0). */
export function statusFormula(actual: Formula, target: Formula, rate: Formula, lower: boolean, w: Words): Formula {
  const byRate = call('IF', bin('>=', rate, num(CLOSE)), str(w.close), str(w.missed));
  if (!lower) return ifNumber(rate, call('IF', bin('>=', rate, num(ACHIEVED)), str(w.achieved), byRate));
  return call(
    'IF',
    call('AND', call('ISNUMBER', actual), call('ISNUMBER', target)),
    call(
      'IF',
      bin('<=', actual, target),
      str(w.achieved),
      call('IF', call('ISNUMBER', rate), byRate, str(w.missed)),
    ),
    str(''),
  );
}

/** The forecast against the month's target, by the thresholds of the Settings sheet. */
function outlookFormula(
  forecast: Formula,
  monthly: Formula,
  lower: boolean,
  t: OutlookThresholds,
  w: Words,
): Formula {
  const share = bin('/', forecast, monthly);
  const rate = lower ? call('MAX', num(0), bin('-', num(2), share)) : share;
  const judged = call(
    'IF',
    bin('>=', rate, num(t.onTrack)),
    str(w.onTrack),
    call('IF', bin('>=', rate, num(t.atRisk)), str(w.atRisk), str(w.offTrack)),
  );
  const notPositive = lower
    ? call('IF', bin('<=', forecast, monthly), str(w.onTrack), str(w.offTrack))
    : str('');
  return call('IF', bin('>', monthly, num(0)), judged, notPositive);
}

/** A count is a whole number: rounded up, or down for a cap (an allowance never exceeds what is left). */
function wholeIfCount(node: ReviewRow, x: Formula): Formula {
  if (!node.roundUp) return x;
  return call(
    node.better === 'lower' ? 'ROUNDDOWN' : 'ROUNDUP',
    call('ROUND', x, num(COUNT_CLEAN_DIGITS)),
    num(0),
  );
}

/** To-date target from the plan: every week of the month through this one. */
function mtdTarget(node: ReviewRow, weeks: readonly string[]): Formula {
  if (!node.additive || weeks.length === 0) return call('IFERROR', name(targetName(node.id)), str(''));
  return call(
    'IFERROR',
    weeks.map((w) => weekOf(node.id, w)).reduce((sum, w) => bin('+', sum, w)),
    str(''),
  );
}

/** To-date actual: this week's plus the month's earlier tabs' (their average, for a rate); blank until this week's is in. */
function mtdActual(node: ReviewRow, actual: Formula, earlierTabs: readonly EarlierTab[]): Formula {
  // Every node row of each earlier tab: a 1,000-node tree runs past the 500 rows looked at before.
  const column = (tab: EarlierTab, col: number): Formula => {
    const first = tab.firstRow ?? 0;
    return ref(absRange(first, col, reviewReadEnd(tab.nodeRows, first), col), tab.sheet);
  };
  const ids = (tab: EarlierTab): Formula => column(tab, tab.idColumn ?? 1);
  const actuals = (tab: EarlierTab): Formula => column(tab, tab.actualColumn ?? 1);
  const sum = earlierTabs
    .map((tab) => call('SUMIFS', actuals(tab), ids(tab), str(node.id)))
    .reduce((a, b) => bin('+', a, b), actual);
  if (node.additive || earlierTabs.length === 0) return ifNumber(actual, sum);
  const count = earlierTabs
    .map((tab) => call('COUNTIFS', ids(tab), str(node.id), actuals(tab), str('<>')))
    .reduce((a, b) => bin('+', a, b), num(1) as Formula);
  return ifNumber(actual, bin('/', sum, count));
}

/**
 * The diagnosis rule of `review/diagnose.ts`, as a formula of this tab's cells: the
 * sentence it gives names the numbers from the node rows and the rate table.
 */
function hintCell(
  node: ReviewRow,
  r: number,
  table: NodeTable,
  rowOf: ReadonlyMap<string, number>,
  cols: Readonly<Record<ReviewNodeKey, number>>,
  shows: number | string | undefined,
): Cell {
  const { lang } = table;
  const result = shows === undefined ? {} : { result: shows };
  const cell = (row: number, key: ReviewNodeKey): Formula => ref(a1(row, cols[key]));
  const rate = cell(r, 'achievement');
  const missed = (then: Formula): Formula =>
    ifNumber(rate, call('IF', bin('<', rate, num(ACHIEVED)), then, str('')));
  const volume = (row: ReviewRow, at: number): Formula =>
    volumePiece(lang, FORMULA_PIECES, {
      name: cell(at, 'name'),
      actual: textOf(cell(at, 'actual'), row.numFmt),
      target: textOf(cell(at, 'target'), row.numFmt),
      unit: unitSuffix(lang, row.numFmt, row.unit ?? ''),
    });
  if (node.level === 'KDI')
    return { f: missed(sentence(lang, FORMULA_PIECES, 'quantity', [volume(node, r)])), ...result, s: 'text' };
  const byId = new Map(table.rows.map((x) => [x.id, x]));
  const children = node.children.flatMap((c) => {
    const row = byId.get(c);
    const at = rowOf.get(c);
    return row === undefined || at === undefined ? [] : [{ row, at }];
  });
  if (children.length === 0) return { v: null, s: 'text' };
  const met = children.map((c) => volume(c.row, c.at));
  let cause: Formula = node.isRate
    ? sentence(lang, FORMULA_PIECES, 'quality', met, {
        name: cell(r, 'name'),
        actual: textOf(cell(r, 'actual'), node.numFmt),
        reference: textOf(cell(r, 'target'), node.numFmt),
        own: true,
      })
    : sentence(lang, FORMULA_PIECES, 'design', met);
  const feeding = feedingRates(node, table.rates).filter((x) => table.rateRowOf.has(x.rate.id));
  for (const { rate: h, lowIsBad } of [...feeding].reverse()) {
    const at = table.rateRowOf.get(h.id) as number;
    const actual = cell(at, 'actual');
    const reference = cell(at, 'target');
    const bad = call(
      'AND',
      call('ISNUMBER', actual),
      call('ISNUMBER', reference),
      bin(lowIsBad ? '<' : '>', actual, reference),
    );
    const said = sentence(lang, FORMULA_PIECES, 'quality', met, {
      name: cell(at, 'name'),
      actual: textOf(actual, h.numFmt),
      reference: textOf(reference, h.numFmt),
      own: false,
    });
    cause = call('IF', bad, said, cause);
  }
  const onTarget = children.map((c) => bin('>=', rateOrZero(cell(c.at, 'achievement')), num(ACHIEVED)));
  cause = call('IF', call('AND', ...onTarget), cause, str(''));
  for (const c of [...children].reverse()) {
    if (c.row.isRate) continue;
    const a = cell(c.at, 'achievement');
    const below = call('AND', call('ISNUMBER', a), bin('<', a, num(ACHIEVED)));
    cause = call('IF', below, sentence(lang, FORMULA_PIECES, 'quantity', [volume(c.row, c.at)]), cause);
  }
  return { f: missed(cause), ...result, s: 'text' };
}
