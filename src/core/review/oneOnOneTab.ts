import type { IsoDate } from '../brand';
import { memberMonthlyName, memberWeeklyName, MEMBER_NODES, WORKDAYS } from '../backcast/formulas';
import { bin, call, name, num, ref, str, type Formula } from '../formula/ast';
import type { Lang, MessageKey, MessageParams } from '../i18n';
import { t } from '../i18n';
import { a1, absRange } from '../layout/a1';
import { grid, type Grid } from '../layout/grid';
import { AGENDA_KEYS, ONE_ON_ONE, ROW_KEY } from '../layout/oneOnOneIdentity';
import type { Cell, SheetKey, SheetSpec } from '../layout/spec';
import { inputStyle, numStyle } from '../layout/styles';
import { dateFormula } from './layoutTop';
import type { MemberPace } from './memberPace';
import { placeOwnCells } from './oneOnOneOwnCells';
import type { OneOnOneTyped } from './oneOnOneRead';
import type { ReviewAction, ReviewRow, ReviewWeek } from './types';
import { weekInMonth } from './week';
import { weekName } from '../calendar/weekLabel';

/** Where a review tab's actuals stand, so a 1on1 can look a node's actual up by its id. */
export interface ActualSource {
  readonly sheet: string;
  readonly idColumn: number;
  readonly actualColumn: number;
  readonly firstRow: number;
  readonly lastRow: number;
  /** What the tab's actual cells hold now, by id (the cached result). */
  readonly actuals: ReadonlyMap<string, number>;
}

/** A node of the member's, as the 1on1's KPI table shows it. */
export interface OneOnOneNode {
  readonly row: ReviewRow;
  readonly unit?: string;
  /** The member's own targets (the By member sheet's), as the core computes them. */
  readonly monthly: number | null;
  readonly weekly: number | null;
  readonly mtd: number | null;
  /** The member owns the node: its actuals are the review tabs'. */
  readonly owned: boolean;
  /** Last week's answer to "what will we change next week", when the member owns the node. */
  readonly commitment?: string;
  /** The member's month so far from their own columns of the review tabs, as the core computes it. */
  readonly pace?: Pick<MemberPace, 'remaining' | 'forecast' | 'hint'>;
}

export interface OneOnOneLayoutInput {
  readonly lang: Lang;
  readonly key: SheetKey;
  readonly sheetName: string;
  readonly planTitle: string;
  readonly member: { readonly id: string; readonly name: string };
  readonly week: ReviewWeek;
  readonly generatedOn: IsoDate;
  readonly nodes: readonly OneOnOneNode[];
  /** The week's review tab, if it has one. */
  readonly thisWeek: ActualSource | null;
  /** The month's review tabs through this week (this week's included). */
  readonly toDate: readonly ActualSource[];
  /** The member's own actual columns of the month's review tabs through this week, this week's last; empty when the tabs have none. */
  readonly memberToDate: readonly ActualSource[];
  /** The month's first day and the last day of this week inside it, for the working days elapsed; null outside the plan. */
  readonly days: { readonly first: IsoDate; readonly to: IsoDate } | null;
  /** The week of the review whose commitments are shown; null without an earlier review. */
  readonly previousWeek: string | null;
  readonly openActions: readonly ReviewAction[];
  /** Share of last week's actions of the member marked done; null when they had none. */
  readonly completion: number | null;
  readonly typed: OneOnOneTyped;
  /** The plan's weeks of the month through this one (with working days), and whether the member's 1on1 was held. */
  readonly log: readonly { readonly week: string; readonly held: boolean }[];
}

/** The tab, and the last row of its region (for its identity). */
export interface OneOnOneLaid {
  readonly sheet: SheetSpec;
  readonly end: number;
}

/** `IFERROR(INDEX(actuals, MATCH("id", ids, 0)), "")`: a node's actual on a review tab, by its id. */
function lookup(source: ActualSource, id: string): Formula {
  const column = (c: number): Formula => ref(absRange(source.firstRow, c, source.lastRow, c), source.sheet);
  return call(
    'IFERROR',
    call('INDEX', column(source.actualColumn), call('MATCH', str(id), column(source.idColumn), num(0))),
    str(''),
  );
}

/** `INDEX(actuals, MATCH("id", ids, 0))` as a reference: a number only when one is typed there. */
function found(source: ActualSource, id: string): Formula {
  const column = (c: number): Formula => ref(absRange(source.firstRow, c, source.lastRow, c), source.sheet);
  return call('INDEX', column(source.actualColumn), call('MATCH', str(id), column(source.idColumn), num(0)));
}

/** Actual ÷ target, blank until both are numbers; for a cap 2 − actual ÷ target, never below 0. */
function achievement(actual: Formula, target: Formula, lower: boolean): Formula {
  const rate = bin('/', actual, target);
  return call(
    'IF',
    call('AND', call('ISNUMBER', actual), call('ISNUMBER', target)),
    call('IF', bin('>', target, num(0)), lower ? call('MAX', num(0), bin('-', num(2), rate)) : rate, str('')),
    str(''),
  );
}

const ratio = (actual: number | undefined, target: number | null, lower: boolean): number | undefined => {
  if (actual === undefined || target === null || target <= 0) return undefined;
  return lower ? Math.max(0, 2 - actual / target) : actual / target;
};

/**
 * The 1on1 tab: the member's KPI status (own targets from the By member sheet, actuals
 * from the review tabs for the nodes they own, typed here for the others), last week's
 * commitments and what came of them, their open actions and completion rate, the agenda
 * (振り返り → 課題 → アクション → フィードバック／フィードフォワード) and the actions decided,
 * which the week's review takes into its action table. What people typed is seeded back.
 */
export function layoutOneOnOneTab(input: OneOnOneLayoutInput): OneOnOneLaid {
  const tr = (key: MessageKey, params?: MessageParams): string => t(input.lang, key, params);
  const g = grid();
  const { put } = g;
  const C = ONE_ON_ONE.col;
  const T = ONE_ON_ONE.text;
  const { member, week } = input;

  put(ONE_ON_ONE.titleRow, C.key, { v: ROW_KEY.title, s: 'id' });
  put(ONE_ON_ONE.subtitleRow, C.key, { v: ROW_KEY.subtitle, s: 'id' });
  put(ONE_ON_ONE.statusTitleRow, C.key, { v: `${ROW_KEY.section}status`, s: 'id' });
  put(ONE_ON_ONE.titleRow, T.label, {
    v:
      week.index >= 0
        ? tr('oneonone.titleNamed', { member: member.name, name: weekName(input.lang, weekInMonth(week), week.index), week: week.label })
        : tr('oneonone.title', { member: member.name, week: week.label }),
    s: 'title',
  });
  put(ONE_ON_ONE.subtitleRow, T.label, {
    v: tr('oneonone.subtitle', {
      title: input.planTitle,
      start: week.start,
      end: week.end,
      date: input.generatedOn,
    }),
    s: 'muted',
  });

  put(ONE_ON_ONE.statusTitleRow, T.label, { v: tr('oneonone.section.status'), s: 'subtitle' });
  const headers: [number, MessageKey][] = [
    [C.key, 'oneonone.header.id'],
    [C.name, 'oneonone.header.kpi'],
    [C.unit, 'oneonone.header.unit'],
    [C.monthly, 'oneonone.header.monthly'],
    [C.weekly, 'oneonone.header.weekly'],
    [C.actual, 'oneonone.header.actual'],
    [C.achievement, 'oneonone.header.achievement'],
    [C.mtdTarget, 'oneonone.header.mtdTarget'],
    [C.mtdActual, 'oneonone.header.mtdActual'],
    [C.mtdAchievement, 'oneonone.header.mtdAchievement'],
  ];
  for (const [col, key] of headers)
    put(ONE_ON_ONE.statusHeaderRow, col, {
      v: tr(key),
      s: col === C.actual ? 'headerInput' : 'header',
      ...(col === C.actual ? { note: tr('oneonone.note.actual') } : {}),
    });

  let r: number = ONE_ON_ONE.firstRow;
  for (const node of input.nodes) {
    putNode(g, input, node, r);
    r++;
  }

  r = putPace(g, input, r + 1, tr);
  r = putCommitments(g, input, r + 1, tr);
  r = putOpenActions(g, input, r + 1, tr);
  r = putLog(g, input, r + 1, tr);
  r = putAgenda(g, input, r + 1, tr);
  const end = putDecided(g, input, r + 1, tr);
  placeOwnCells(g.rows, input.typed.own);

  const widths = [12, 26, 8, 12, 12, 12, 12, 12, 12, 12];
  return {
    sheet: {
      key: input.key,
      name: input.sheetName,
      rows: g.rows,
      widths,
      freeze: { rows: ONE_ON_ONE.statusHeaderRow, columns: 0 },
      validations: [],
      conditionalFormats: [],
      tabColor: 'A9D08E',
      clearBelow: 0,
    },
    end,
  };
}

/** A KPI row: the member's targets by the node's id in the By member sheet's names, the actuals, the achievements. */
function putNode(g: Grid, input: OneOnOneLayoutInput, node: OneOnOneNode, r: number): void {
  const { put } = g;
  const C = ONE_ON_ONE.col;
  const { row } = node;
  const lower = row.better === 'lower';
  const fmt = numStyle(row.numFmt);
  const match = call('MATCH', str(row.id), name(MEMBER_NODES), num(0));
  const weekOf = (k: number): Formula =>
    call('INDEX', name(memberWeeklyName(input.member.id)), match, num(k + 1));
  const k = input.week.index;
  put(r, C.key, { v: row.id, s: 'id' });
  put(r, C.name, { v: row.name, s: 'label' });
  put(r, C.unit, { v: node.unit ?? null, s: 'text' });
  put(r, C.monthly, {
    f: call('INDEX', name(memberMonthlyName(input.member.id)), match),
    ...(node.monthly === null ? {} : { result: node.monthly }),
    s: fmt,
  });
  put(r, C.weekly, {
    f: row.additive ? weekOf(k) : call('INDEX', name(memberMonthlyName(input.member.id)), match),
    ...(node.weekly === null ? {} : { result: node.weekly }),
    s: fmt,
  });
  const mtdTarget: Formula = row.additive
    ? call('SUM', ...Array.from({ length: k + 1 }, (_, i) => weekOf(i)))
    : call('INDEX', name(memberMonthlyName(input.member.id)), match);
  put(r, C.mtdTarget, { f: mtdTarget, ...(node.mtd === null ? {} : { result: node.mtd }), s: fmt });

  const at = (col: number): Formula => ref(a1(r, col));
  let weekActual: number | undefined;
  if (node.owned) {
    const source = input.thisWeek;
    weekActual = source?.actuals.get(row.id);
    put(
      r,
      C.actual,
      source === null
        ? { v: null, s: fmt }
        : { f: lookup(source, row.id), ...(weekActual === undefined ? {} : { result: weekActual }), s: fmt },
    );
    const sources = input.toDate;
    const values = sources.map((s) => s.actuals.get(row.id)).filter((n): n is number => n !== undefined);
    if (sources.length > 0) {
      const cells = sources.map((s) => lookup(s, row.id));
      const mtd = row.additive
        ? values.reduce((a, b) => a + b, 0)
        : values.length > 0
          ? values.reduce((a, b) => a + b, 0) / values.length
          : undefined;
      const f = row.additive ? call('SUM', ...cells) : call('IFERROR', call('AVERAGE', ...cells), str(''));
      put(r, C.mtdActual, { f, ...(mtd === undefined ? {} : { result: mtd }), s: fmt });
      putRatio(
        g,
        r,
        C.mtdAchievement,
        achievement(at(C.mtdActual), at(C.mtdTarget), lower),
        ratio(mtd, node.mtd, lower),
      );
    }
  } else {
    const typed = input.typed.actuals.get(row.id);
    weekActual = typeof typed === 'number' ? typed : undefined;
    put(r, C.actual, { v: typed ?? null, input: true, s: inputStyle(row.numFmt) });
  }
  putRatio(
    g,
    r,
    C.achievement,
    achievement(at(C.actual), at(C.weekly), lower),
    ratio(weekActual, node.weekly, lower),
  );
}

const HOLIDAYS = name('HOLIDAYS');

/**
 * The member's month so far, from their own columns of the month's review tabs: per KPI,
 * what is left of their month's target and the month-end at their pace (live, blank until
 * they typed this week's), and the hint read from their numbers when the tab was made.
 */
function putPace(g: Grid, input: OneOnOneLayoutInput, from: number, tr: Tr): number {
  const { put } = g;
  const P = ONE_ON_ONE.pace;
  const key = ONE_ON_ONE.col.key;
  put(from, key, { v: `${ROW_KEY.section}pace`, s: 'id' });
  put(from, P.label, { v: tr('oneonone.section.pace', { member: input.member.name }), s: 'subtitle' });
  put(from + 1, key, { v: `${ROW_KEY.header}pace`, s: 'id' });
  const headers: [number, MessageKey][] = [
    [P.label, 'oneonone.header.kpi'],
    [P.remaining, 'oneonone.header.remaining'],
    [P.forecast, 'oneonone.header.forecast'],
    [P.hint, 'oneonone.header.hint'],
  ];
  for (const [col, k] of headers)
    put(from + 1, col, { v: tr(k), s: 'label', ...(col === P.remaining ? { note: tr('oneonone.note.pace') } : {}) });
  const sources = input.memberToDate;
  const thisWeek = sources.find((s) => s.sheet === input.thisWeek?.sheet);
  let r = from + 2;
  for (const node of input.nodes) {
    const { row } = node;
    const fmt = numStyle(row.numFmt);
    const live = (col: number, f: Formula, result: number | null | undefined): void =>
      put(r, col, { f, ...(result === null || result === undefined ? {} : { result }), s: fmt });
    put(r, key, { v: `${ROW_KEY.pace}${row.id}`, s: 'id' });
    put(r, P.label, { v: row.name, s: 'label' });
    if (thisWeek === undefined || node.monthly === null || input.days === null) {
      put(r, P.remaining, { v: null, s: 'muted' });
      put(r, P.forecast, { v: null, s: 'muted' });
    } else if (row.additive) {
      const typed = call('ISNUMBER', found(thisWeek, row.id));
      const toDate = call('SUM', ...sources.map((s) => lookup(s, row.id)));
      const monthly = call(
        'INDEX',
        name(memberMonthlyName(input.member.id)),
        call('MATCH', str(row.id), name(MEMBER_NODES), num(0)),
      );
      const elapsed = call('NETWORKDAYS', dateFormula(input.days.first), dateFormula(input.days.to), HOLIDAYS);
      live(P.remaining, call('IFERROR', call('IF', typed, bin('-', monthly, toDate), str('')), str('')), node.pace?.remaining);
      live(
        P.forecast,
        call('IFERROR', call('IF', typed, bin('*', bin('/', toDate, elapsed), name(WORKDAYS)), str('')), str('')),
        node.pace?.forecast,
      );
    } else {
      // A rate has nothing left to do; its month-end is its average to date, as the core reads the member's cells.
      put(r, P.remaining, { v: null, s: 'muted' });
      put(r, P.forecast, { v: node.pace?.forecast ?? null, s: fmt });
    }
    put(r, P.hint, { v: node.pace?.hint ?? null, s: 'text' });
    r++;
  }
  return r;
}

function putRatio(g: Grid, r: number, col: number, f: Formula, result: number | undefined): void {
  g.put(r, col, { f, ...(result === undefined ? {} : { result }), s: 'num:0%' });
}

type Tr = (key: MessageKey, params?: MessageParams) => string;

/** Last week's commitment per node the member owns, and what came of it (typed). */
function putCommitments(g: Grid, input: OneOnOneLayoutInput, from: number, tr: Tr): number {
  const { put } = g;
  const T = ONE_ON_ONE.text;
  put(from, ONE_ON_ONE.col.key, { v: `${ROW_KEY.section}commitment`, s: 'id' });
  put(from + 1, ONE_ON_ONE.col.key, { v: `${ROW_KEY.header}commitment`, s: 'id' });
  put(from, T.label, {
    v:
      input.previousWeek === null
        ? tr('oneonone.section.noCommitment')
        : tr('oneonone.section.commitment', { week: input.previousWeek }),
    s: 'subtitle',
  });
  put(from + 1, T.label, { v: tr('oneonone.header.kpi'), s: 'label' });
  put(from + 1, T.body, { v: tr('oneonone.header.commitment'), s: 'label' });
  put(from + 1, T.outcome, { v: tr('oneonone.header.outcome'), s: 'label' });
  let r = from + 2;
  for (const node of input.nodes.filter((n) => n.owned || input.typed.outcomes.has(n.row.id))) {
    put(r, ONE_ON_ONE.col.key, { v: `${ROW_KEY.commitment}${node.row.id}`, s: 'id' });
    put(r, T.label, { v: node.row.name, s: 'label' });
    put(r, T.body, { v: node.commitment ?? null, s: 'text' });
    put(r, T.outcome, { v: input.typed.outcomes.get(node.row.id) ?? null, input: true, s: 'inputText' });
    r++;
  }
  return r;
}

/** The member's actions still open in the review, with due dates, and last week's completion rate. */
function putOpenActions(g: Grid, input: OneOnOneLayoutInput, from: number, tr: Tr): number {
  const { put } = g;
  const T = ONE_ON_ONE.text;
  put(from, ONE_ON_ONE.col.key, { v: `${ROW_KEY.section}open`, s: 'id' });
  put(from + 2, ONE_ON_ONE.col.key, { v: `${ROW_KEY.header}open`, s: 'id' });
  put(from, T.label, { v: tr('oneonone.section.openActions'), s: 'subtitle' });
  put(from + 1, ONE_ON_ONE.col.key, { v: ROW_KEY.completion, s: 'id' });
  put(from + 1, T.label, { v: tr('oneonone.completion'), s: 'label' });
  put(
    from + 1,
    T.body,
    input.completion === null
      ? { v: tr('oneonone.completionNone'), s: 'muted' }
      : { v: input.completion, s: 'num:0%' },
  );
  put(from + 2, T.label, { v: tr('oneonone.header.issue'), s: 'label' });
  put(from + 2, T.body, { v: tr('oneonone.header.action'), s: 'label' });
  put(from + 2, T.due, { v: tr('oneonone.header.due'), s: 'label' });
  put(from + 2, T.status, { v: tr('oneonone.header.status'), s: 'label' });
  put(from + 2, T.fromWeek, { v: tr('oneonone.header.fromWeek'), s: 'label' });
  let r = from + 3;
  if (input.openActions.length === 0) {
    put(r, ONE_ON_ONE.col.key, { v: ROW_KEY.none, s: 'id' });
    put(r, T.label, { v: tr('oneonone.noOpenActions'), s: 'muted' });
    return r + 1;
  }
  for (const a of input.openActions) {
    put(r, ONE_ON_ONE.col.key, { v: ROW_KEY.open, s: 'id' });
    put(r, T.label, { v: a.issue ?? null, s: 'text' });
    put(r, T.body, { v: a.action ?? null, s: 'text' });
    put(r, T.due, { v: a.due ? { date: a.due } : null, s: 'date' });
    put(r, T.status, { v: a.status ?? null, s: 'text' });
    put(r, T.fromWeek, { v: a.fromWeek ?? null, s: 'text' });
    r++;
  }
  return r;
}

/** The 1on1 log: each week of the month so far, held or not, and the rate held of planned. */
function putLog(g: Grid, input: OneOnOneLayoutInput, from: number, tr: Tr): number {
  const { put } = g;
  const C = ONE_ON_ONE.col;
  const T = ONE_ON_ONE.text;
  put(from, C.key, { v: `${ROW_KEY.section}log`, s: 'id' });
  put(from, T.label, { v: tr('oneonone.section.log'), s: 'subtitle' });
  put(from + 1, C.key, { v: `${ROW_KEY.header}log`, s: 'id' });
  put(from + 1, T.label, { v: tr('oneonone.log.week'), s: 'label' });
  put(from + 2, C.key, { v: ROW_KEY.log, s: 'id' });
  put(from + 2, T.label, { v: tr('oneonone.log.held'), s: 'label' });
  const weeks = input.log.slice(-(ONE_ON_ONE.lastColumn - T.body - 1));
  weeks.forEach((w, i) => {
    put(from + 1, T.body + i, { v: w.week, s: 'header' });
    put(from + 2, T.body + i, { v: tr(w.held ? 'oneonone.log.yes' : 'oneonone.log.no'), s: 'text' });
  });
  const held = input.log.filter((w) => w.held).length;
  const planned = input.log.length;
  const rateCol = T.body + weeks.length;
  put(from + 1, rateCol, { v: tr('oneonone.log.rate', { held, planned }), s: 'header' });
  put(from + 2, rateCol, planned === 0 ? { v: null, s: 'text' } : { v: held / planned, s: 'num:0%' });
  return from + 3;
}

/** The agenda, a line per part with a cell to write in. */
function putAgenda(g: Grid, input: OneOnOneLayoutInput, from: number, tr: Tr): number {
  const { put } = g;
  const T = ONE_ON_ONE.text;
  put(from, ONE_ON_ONE.col.key, { v: `${ROW_KEY.section}agenda`, s: 'id' });
  put(from, T.label, { v: tr('oneonone.section.agenda'), s: 'subtitle' });
  let r = from + 1;
  for (const part of AGENDA_KEYS) {
    put(r, ONE_ON_ONE.col.key, { v: `${ROW_KEY.agenda}${part}`, s: 'id' });
    put(r, T.label, { v: tr(`oneonone.agenda.${part}`), s: 'label' });
    const cell: Cell = { v: input.typed.agenda[part] ?? null, input: true, s: 'inputText' };
    put(r, T.body, cell);
    r++;
  }
  return r;
}

/** The actions decided today (課題 → アクション → 担当 → 期日), then spare rows; returns the last row. */
function putDecided(g: Grid, input: OneOnOneLayoutInput, from: number, tr: Tr): number {
  const { put } = g;
  const T = ONE_ON_ONE.text;
  put(from, ONE_ON_ONE.col.key, { v: `${ROW_KEY.section}actions`, s: 'id' });
  put(from + 1, ONE_ON_ONE.col.key, { v: `${ROW_KEY.header}actions`, s: 'id' });
  put(from, T.label, {
    v: tr('oneonone.section.actions', { week: input.week.label, member: input.member.name }),
    s: 'subtitle',
  });
  put(from + 1, T.label, { v: tr('oneonone.header.issue'), s: 'label' });
  put(from + 1, T.body, { v: tr('oneonone.header.action'), s: 'label' });
  put(from + 1, T.due, { v: tr('oneonone.header.due'), s: 'label' });
  put(from + 1, T.owner, { v: tr('oneonone.header.owner'), s: 'label' });
  const rows: (ReviewAction | null)[] = [
    ...input.typed.actions,
    ...new Array<null>(ONE_ON_ONE.spareActions).fill(null),
  ];
  let r = from + 2;
  for (const a of rows) {
    put(r, ONE_ON_ONE.col.key, { v: ROW_KEY.action, s: 'id' });
    put(r, T.label, { v: a?.issue ?? null, input: true, s: 'inputText' });
    put(r, T.body, { v: a?.action ?? null, input: true, s: 'inputText' });
    put(r, T.due, { v: a?.due ? { date: a.due } : null, input: true, s: 'inputDate' });
    put(r, T.owner, { v: input.member.name, s: 'text' });
    r++;
  }
  return r - 1;
}
