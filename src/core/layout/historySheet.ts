import { call, num, ref, str, type Formula } from '../formula/ast';
import { t, type Lang, type MessageKey } from '../i18n';
import { absRange, range } from './a1';
import type { Cell, CellValue, SheetSpec } from './spec';
import { REVIEW, reviewReadEnd } from './reviewColumns';

/** What a closed week keeps of a node: the numbers it was reviewed with. */
export interface ClosedFigures {
  readonly target: CellValue;
  readonly actual: CellValue;
  readonly achievement: CellValue;
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
  };
  /** A closed week: its rows are the values it keeps, by id, not formulas. */
  readonly closed?: ReadonlyMap<string, ClosedFigures>;
}

/** The row of the history's column headers. */
export const HISTORY_HEADER_ROW = 3;
const HEADER_ROW = HISTORY_HEADER_ROW;

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
    ],
  ];
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
      const value = (v: CellValue | undefined): Cell => ({ v: typeof v === 'number' ? v : null });
      rows.push([
        { v: e.week, s: 'label' },
        { v: id, s: 'id' },
        { ...(closed ? value(closed.target) : pick(C.target)), s: 'num:#,##0.##' },
        { ...(closed ? value(closed.actual) : pick(C.actual)), s: 'num:#,##0.##' },
        { ...(closed ? value(closed.achievement) : pick(C.achievement)), s: 'num:0%' },
      ]);
    }
  }
  const last = Math.max(rows.length, HEADER_ROW + 1);
  return {
    key: 'history',
    name: sheetName,
    rows,
    widths: [12, 16, 12, 12, 10],
    freeze: { rows: HEADER_ROW, columns: 0 },
    validations: [],
    conditionalFormats: [],
    dataBars: [{ range: range(HEADER_ROW + 1, 5, last, 5), ...BAR }],
    tabColor: 'BDD7EE',
    clearBelow: HEADER_ROW,
  };
}
