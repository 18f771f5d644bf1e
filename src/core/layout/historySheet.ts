import { bin, call, num, ref, str, type Formula } from '../formula/ast';
import { LANGS, t, type Lang, type MessageKey } from '../i18n';
import { a1, absRange, range } from './a1';
import type { Cell, CellValue, SheetSpec } from './spec';
import { MISS_CAUSE_KEYS, REVIEW, reviewReadEnd } from './reviewColumns';

/** What a closed week keeps of a node: the numbers it was reviewed with. */
export interface ClosedFigures {
  readonly target: CellValue;
  readonly actual: CellValue;
  readonly achievement: CellValue;
  /** The cause of a miss people chose (時間 / スキル / 環境), as typed. */
  readonly cause?: CellValue;
}

export interface HistoryEntry {
  readonly week: string;
  readonly sheet: string;
  readonly ids: readonly string[];
  /** The tab's first node row and the columns it has, found by their headers; a new tab's when not given. */
  readonly firstRow?: number;
  readonly columns?: {
    readonly id?: number;
    readonly target?: number;
    readonly actual?: number;
    readonly achievement?: number;
    readonly cause?: number;
  };
  /** A closed week: its rows are the values it keeps, by id, not formulas. */
  readonly closed?: ReadonlyMap<string, ClosedFigures>;
}

/** The row of the history's column headers. */
export const HISTORY_HEADER_ROW = 3;
const HEADER_ROW = HISTORY_HEADER_ROW;

/** The history's columns: week, ID, target, actual, achievement, cause of a miss. */
const COL = { week: 1, id: 2, target: 3, actual: 4, achievement: 5, cause: 6 } as const;
/** The count of causes per node stands right of the rows, one column apart. */
const COUNT_COL = COL.cause + 2;

/** The data bars of the achievement column: empty at 0, full at 100 %. */
const BAR = { color: '638EC6', min: 0, max: 1 } as const;

/**
 * One row per week and KPI, for trends and charts: an open week's numbers are formulas
 * into its tab (found by the tab's own headers), a closed week's the values it was
 * reviewed with. The achievement (the tab's own, so a cap reads the right way round)
 * carries a data bar, so the trend shows without the add-in.
 */
export function layoutHistorySheet(
  lang: Lang,
  sheetName: string,
  entries: readonly HistoryEntry[],
): SheetSpec {
  const tr = (key: MessageKey): string => t(lang, key);
  const rows: (Cell | null)[][] = [
    [{ v: tr('review.history.title'), s: 'title' }],
    [],
    [
      { v: tr('review.history.week'), s: 'header' },
      { v: tr('review.col.id'), s: 'header' },
      { v: tr('review.col.target'), s: 'header' },
      { v: tr('review.col.actual'), s: 'header' },
      { v: tr('review.col.achievement'), s: 'header' },
      { v: tr('review.history.cause'), s: 'header' },
    ],
  ];
  const ids: string[] = [];
  /** Per node: the causes kept by closed weeks, and the rows whose cause is live (open weeks). */
  const causes = new Map<string, { readonly kept: CellValue[]; readonly live: number[] }>();
  for (const e of entries) {
    const first = e.firstRow ?? REVIEW.firstRow;
    const C = e.columns ?? REVIEW.col;
    const end = reviewReadEnd(e.ids.length, first);
    const column = (col: number): Formula => ref(absRange(first, col, end, col), e.sheet);
    for (const id of e.ids) {
      const closed = e.closed?.get(id);
      const pick = (col: number | undefined): Cell => {
        if (col === undefined || C.id === undefined) return { v: null };
        const at = call('INDEX', column(col), call('MATCH', str(id), column(C.id), num(0)));
        return { f: call('IFERROR', call('IF', call('ISNUMBER', at), at, str('')), str('')) };
      };
      /** A text people chose, live: what the cell holds, a blank as empty text. */
      const pickText = (col: number | undefined): Cell => {
        if (col === undefined || C.id === undefined) return { v: null };
        const at = call('INDEX', column(col), call('MATCH', str(id), column(C.id), num(0)));
        return { f: call('IFERROR', bin('&', at, str('')), str('')) };
      };
      const text = (v: CellValue | undefined): Cell => ({ v: typeof v === 'string' && v !== '' ? v : null });
      if (!ids.includes(id)) ids.push(id);
      const mine = causes.get(id) ?? { kept: [], live: [] };
      causes.set(id, mine);
      if (closed) mine.kept.push(closed.cause ?? null);
      else if (C.cause !== undefined && C.id !== undefined) mine.live.push(rows.length + 1);
      const value = (v: CellValue | undefined): Cell => ({ v: typeof v === 'number' ? v : null });
      rows.push([
        { v: e.week, s: 'label' },
        { v: id, s: 'id' },
        { ...(closed ? value(closed.target) : pick(C.target)), s: 'num:#,##0.##' },
        { ...(closed ? value(closed.actual) : pick(C.actual)), s: 'num:#,##0.##' },
        { ...(closed ? value(closed.achievement) : pick(C.achievement)), s: 'num:0%' },
        { ...(closed ? text(closed.cause) : pickText(C.cause)), s: 'text' },
      ]);
    }
  }
  const last = Math.max(rows.length, HEADER_ROW + 1);
  putCauseCounts(rows, tr, ids, causes);
  return {
    key: 'history',
    name: sheetName,
    rows,
    widths: [12, 16, 12, 12, 10, 12, 2, 16, 10, 10, 10],
    freeze: { rows: HEADER_ROW, columns: 0 },
    validations: [],
    conditionalFormats: [],
    dataBars: [{ range: range(HEADER_ROW + 1, 5, last, 5), ...BAR }],
    tabColor: 'BDD7EE',
    clearBelow: HEADER_ROW,
  };
}

/**
 * Right of the rows, how often each cause of a miss was chosen for each node over the
 * weeks, in either language: the closed weeks' causes are kept values, so they are counted
 * here; an open week's row is compared in the cell's formula, so its choice counts as soon
 * as it is made. (A COUNTIFS over the whole history per node and cause cost a year of
 * reviews most of its recalculation.)
 */
function putCauseCounts(
  rows: (Cell | null)[][],
  tr: (key: MessageKey) => string,
  ids: readonly string[],
  causes: ReadonlyMap<string, { readonly kept: readonly CellValue[]; readonly live: readonly number[] }>,
): void {
  const at = (r: number, c: number, cell: Cell): void => {
    while (rows.length < r) rows.push([]);
    const row = rows[r - 1];
    while (row.length < c - 1) row.push(null);
    row[c - 1] = cell;
  };
  at(HEADER_ROW - 1, COUNT_COL, { v: tr('review.history.causes'), s: 'label' });
  at(HEADER_ROW, COUNT_COL, { v: tr('review.col.id'), s: 'header' });
  MISS_CAUSE_KEYS.forEach((k, i) => at(HEADER_ROW, COUNT_COL + 1 + i, { v: tr(k), s: 'header' }));
  ids.forEach((id, n) => {
    const r = HEADER_ROW + 1 + n;
    const { kept, live } = causes.get(id) ?? { kept: [], live: [] };
    at(r, COUNT_COL, { v: id, s: 'id' });
    MISS_CAUSE_KEYS.forEach((k, i) => {
      const words = [...new Set(LANGS.map((l) => t(l, k).toLowerCase()))];
      const closed = kept.filter((v) => typeof v === 'string' && words.includes(v.toLowerCase())).length;
      const chosen = live.flatMap((row) => words.map((w) => bin('=', ref(a1(row, COL.cause)), str(w))));
      const cell: Cell =
        chosen.length === 0 ? { v: closed } : { f: chosen.reduce<Formula>((sum, x) => bin('+', sum, x), num(closed)) };
      at(r, COUNT_COL + 1 + i, { ...cell, s: 'num:#,##0' });
    });
  });
}
