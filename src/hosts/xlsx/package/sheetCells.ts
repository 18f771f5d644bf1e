import type { SharedStringMerger } from './sharedStrings';
import type { StyleMerger } from './styles';
import { attr, child, elements, setAttr, text, textOf, type XmlElement } from './xml';

/** Whether a text must carry the cell's "text" flag, so editing the cell keeps it text. */
export type TextGuard = (text: string) => boolean;

/**
 * Re-points a worksheet written by ExcelJS at the style sheet and shared strings of the
 * file it goes into, and flags every text cell whose text a spreadsheet would read as
 * something else when the cell is edited (a formula, a number, a date) with the quote
 * prefix. Columns, rows, cells and conditional formats are all re-pointed.
 */
export function repointSheet(
  root: XmlElement,
  styles: StyleMerger,
  strings: SharedStringMerger,
  guard: TextGuard,
): void {
  for (const col of elements(child(root, 'cols') ?? root, 'col')) {
    const style = attr(col, 'style');
    if (style !== undefined) setAttr(col, 'style', String(styles.xf(Number(style))));
  }
  for (const row of elements(child(root, 'sheetData') ?? root, 'row')) {
    const rowStyle = attr(row, 's');
    if (rowStyle !== undefined) setAttr(row, 's', String(styles.xf(Number(rowStyle))));
    for (const c of elements(row, 'c')) repointCell(c, styles, strings, guard);
  }
  for (const cf of elements(root, 'conditionalFormatting')) {
    for (const rule of elements(cf, 'cfRule')) {
      const dxf = attr(rule, 'dxfId');
      if (dxf !== undefined) setAttr(rule, 'dxfId', String(styles.dxf(Number(dxf))));
    }
  }
}

function repointCell(
  c: XmlElement,
  styles: StyleMerger,
  strings: SharedStringMerger,
  guard: TextGuard,
): void {
  const type = attr(c, 't');
  let shownText: string | undefined;
  if (type === 's') {
    const v = child(c, 'v');
    if (v) {
      const index = Number(textOf(v));
      shownText = strings.text(index);
      v.children = [text(String(strings.place(index)))];
    }
  } else if (type === 'inlineStr') {
    const is = child(c, 'is');
    shownText = is ? elements(is).map(textOf).join('') : '';
  }
  const style = attr(c, 's');
  const flag = shownText !== undefined && guard(shownText);
  if (style !== undefined || flag) setAttr(c, 's', String(styles.xf(Number(style ?? 0), flag)));
}

/** A worksheet's children in the schema's order: where a kept element goes back in. */
export const WORKSHEET_ORDER = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'sheetData',
  'sheetCalcPr',
  'sheetProtection',
  'protectedRanges',
  'scenarios',
  'autoFilter',
  'sortState',
  'dataConsolidate',
  'customSheetViews',
  'mergeCells',
  'phoneticPr',
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
] as const;

/** Whether a worksheet is protected (with or without a password). */
export function isProtectedSheet(root: XmlElement): boolean {
  const p = child(root, 'sheetProtection');
  if (!p) return false;
  const sheet = attr(p, 'sheet');
  return sheet === '1' || sheet === 'true';
}
