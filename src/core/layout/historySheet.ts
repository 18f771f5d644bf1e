import { bin, call, num, ref, str, type Formula } from '../formula/ast';
import { t, type Lang, type MessageKey } from '../i18n';
import { absRange } from './a1';
import type { Cell, SheetSpec } from './spec';
import { REVIEW, reviewReadEnd } from './reviewColumns';

export interface HistoryEntry {
  readonly week: string;
  readonly sheet: string;
  readonly ids: readonly string[];
}

/** The row of the history's column headers. */
export const HISTORY_HEADER_ROW = 3;
const HEADER_ROW = HISTORY_HEADER_ROW;

/** One row per week and KPI, every number a formula into that week's review tab, for trends and charts. */
export function layoutHistorySheet(lang: Lang, sheetName: string, entries: readonly HistoryEntry[]): SheetSpec {
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
  const C = REVIEW.col;
  for (const e of entries) {
    const end = reviewReadEnd(e.ids.length);
    const column = (col: number): Formula => ref(absRange(REVIEW.firstRow, col, end, col), e.sheet);
    for (const id of e.ids) {
      const r = rows.length + 1;
      const pick = (col: number): Formula => call('INDEX', column(col), call('MATCH', str(id), column(C.id), num(0)));
      const numberOrBlank = (col: number): Formula => call('IFERROR', call('IF', call('ISNUMBER', pick(col)), pick(col), str('')), str(''));
      const target = ref(`C${r}`);
      const actual = ref(`D${r}`);
      rows.push([
        { v: e.week, s: 'label' },
        { v: id, s: 'id' },
        { f: numberOrBlank(C.target), s: 'num:#,##0.##' },
        { f: numberOrBlank(C.actual), s: 'num:#,##0.##' },
        {
          f: call('IF', call('AND', call('ISNUMBER', target), call('ISNUMBER', actual)), call('IF', bin('>', target, num(0)), bin('/', actual, target), str('')), str('')),
          s: 'num:0%',
        },
      ]);
    }
  }
  return {
    key: 'history',
    name: sheetName,
    rows,
    widths: [12, 16, 12, 12, 10],
    freeze: { rows: HEADER_ROW, columns: 0 },
    validations: [],
    conditionalFormats: [],
    tabColor: 'BDD7EE',
    clearBelow: HEADER_ROW,
  };
}
