import ExcelJS from 'exceljs';
import { toExcelSerial } from '../../core/calendar/date';
import { renderFormula } from '../../core/formula/render';
import { parseRange } from '../../core/layout/a1';
import type { CellStyle, CellValue, ConditionalFormat, DataBar, Validation } from '../../core/layout/spec';
import type { CellContent, CellEdit, SheetEdit } from '../edit/workbookEdit';
import { writePageSetup } from './pageSetup';

/**
 * One sheet's part of the edit in ExcelJS's public API: merged areas split, rows emptied,
 * cells, notes, widths, panes, tab colour, validations, conditional formats, data bars, page setup.
 */
export function writeSheet(
  ws: ExcelJS.Worksheet,
  sheet: SheetEdit,
  styles: Readonly<Record<string, CellStyle>>,
): void {
  splitMerges(ws, sheet);
  unshareFormulas(ws, sheet);
  if (sheet.clearFrom !== undefined) clearFrom(ws, sheet.clearFrom);
  for (const cell of sheet.cells) writeCell(ws.getCell(cell.row, cell.col), cell, styles);
  for (const n of sheet.notes) ws.getCell(n.row, n.col).note = n.text;
  sheet.widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  if (sheet.freeze) {
    ws.views = [
      {
        state: 'frozen',
        xSplit: sheet.freeze.columns,
        ySplit: sheet.freeze.rows,
        topLeftCell: undefined,
        activeCell: undefined,
      },
    ];
  }
  if (sheet.tabColor) ws.properties.tabColor = { argb: `FF${sheet.tabColor}` };
  for (const v of sheet.validations) addValidation(ws, v);
  if (sheet.clearsConditionalFormats) ws.removeConditionalFormatting(() => false);
  for (const cf of sheet.conditionalFormats) ws.addConditionalFormatting(conditionalFormatting(cf));
  for (const bar of sheet.dataBars) ws.addConditionalFormatting(dataBarFormatting(bar));
  if (sheet.pageSetup) writePageSetup(ws, sheet.pageSetup);
}

/**
 * `unMergeCells` splits every merged area that any cell of the range belongs to, so it is
 * asked over the areas written and over the rows emptied first.
 */
function splitMerges(ws: ExcelJS.Worksheet, sheet: SheetEdit): void {
  if (!ws.hasMerges) return;
  for (const r of sheet.unmergeOver) ws.unMergeCells(r.row1, r.col1, r.row2, r.col2);
  if (sheet.clearFrom !== undefined && ws.rowCount >= sheet.clearFrom)
    ws.unMergeCells(sheet.clearFrom, 1, ws.rowCount, Math.max(1, ws.columnCount));
}

/**
 * A formula filled down in Excel is stored once, in its first cell, and the others refer
 * to it: rewriting that first cell would change them all. So before it is written, every
 * other cell of its group that stays gets its own formula, as it reads now.
 */
function unshareFormulas(ws: ExcelJS.Worksheet, sheet: SheetEdit): void {
  const written = new Set(sheet.cells.filter((c) => c.content !== undefined).map((c) => `${c.row},${c.col}`));
  const masters = new Set<string>();
  for (const c of sheet.cells) {
    if (c.content === undefined) continue;
    const cell = ws.findCell(c.row, c.col);
    if (cell?.formulaType === ExcelJS.FormulaType.Master) masters.add(cell.address);
  }
  if (masters.size === 0) return;
  ws.eachRow((row, r) => {
    if (sheet.clearFrom !== undefined && r >= sheet.clearFrom) return;
    row.eachCell((cell, c) => {
      const value = cell.value;
      if (written.has(`${r},${c}`) || cell.formulaType !== ExcelJS.FormulaType.Shared) return;
      if (typeof value !== 'object' || value === null || !('sharedFormula' in value) || !masters.has(value.sharedFormula)) return;
      cell.value = { formula: cell.formula, ...(value.result === undefined ? {} : { result: value.result }) };
    });
  });
}

/**
 * Empties every row from `row` down: values, formats and notes. `row.splice` over all of a
 * row's cells is ExcelJS's documented way to remove cells, and the one public call that
 * drops a cell's note (the `note` setter can only set one).
 */
function clearFrom(ws: ExcelJS.Worksheet, row: number): void {
  ws.eachRow({ includeEmpty: true }, (r, n) => {
    if (n >= row && r.cellCount > 0) r.splice(1, r.cellCount);
  });
}

function writeCell(target: ExcelJS.Cell, cell: CellEdit, styles: Readonly<Record<string, CellStyle>>): void {
  const style = cell.style === undefined ? undefined : styles[cell.style];
  // ExcelJS hands cells read with the same format one shared style object: give this cell
  // its own before changing it, or the change lands on every cell that shared it.
  if (style || cell.numFmt !== undefined) target.style = { ...target.style };
  if (style) applyStyle(target, style);
  if (cell.numFmt !== undefined) target.numFmt = cell.numFmt;
  if (cell.content) target.value = cellValue(cell.content);
}

function cellValue(content: CellContent): ExcelJS.CellValue {
  const result = (r: number | string | undefined) => (r === undefined ? {} : { result: r });
  switch (content.kind) {
    case 'formula':
      return { formula: renderFormula(content.formula), ...result(content.result), date1904: false };
    case 'carried':
      return { formula: content.text, ...result(content.result), date1904: false };
    case 'value':
      if (content.link !== undefined && typeof content.value === 'string')
        return { text: content.value, hyperlink: `#${content.link}` };
      return toExcelValue(content.value);
    case 'seed':
      return toExcelValue(content.value);
  }
}

/** Strings stay strings: ExcelJS stores them as text, so `=HYPERLINK(...)` is never a formula. */
function toExcelValue(v: CellValue): ExcelJS.CellValue {
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return toExcelSerial(v.date);
}

/** Font, fill, alignment and border, each set as a whole when the style names any part of it. */
function applyStyle(target: ExcelJS.Cell, s: CellStyle): void {
  if (s.bold || s.italic || s.size || s.color) {
    target.font = {
      bold: s.bold,
      italic: s.italic,
      size: s.size,
      color: s.color ? { argb: `FF${s.color}` } : undefined,
    };
  }
  if (s.fill) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${s.fill}` } };
  if (s.indent || s.wrap || s.align) {
    target.alignment = {
      indent: s.indent,
      wrapText: s.wrap,
      horizontal: s.align,
      vertical: s.wrap ? 'top' : undefined,
    };
  }
  if (s.borderBottom) target.border = { bottom: { style: 'thin', color: { argb: 'FF8EA9DB' } } };
}

function dataValidation(v: Validation): ExcelJS.DataValidation {
  const prompt = v.prompt ? { showInputMessage: true, prompt: v.prompt } : {};
  switch (v.type) {
    case 'list':
      return {
        type: 'list',
        allowBlank: true,
        formulae: [`"${v.values.map((x) => x.replace(/"/g, '""')).join(',')}"`],
        showErrorMessage: true,
        ...prompt,
      };
    case 'date':
      return {
        type: 'date',
        operator: 'greaterThan',
        allowBlank: true,
        formulae: [new Date(Date.UTC(1900, 0, 1))],
        showErrorMessage: true,
        ...prompt,
      };
    case 'decimal':
      return {
        type: 'decimal',
        operator: 'between',
        allowBlank: true,
        formulae: [v.min ?? -1e15, v.max ?? 1e15],
        showErrorMessage: true,
        ...prompt,
      };
  }
}

/**
 * A validation over a range, through `cell.dataValidation`: ExcelJS documents validations
 * per cell only. It keeps them per cell (as it does for a file it reads) and, when it
 * saves, joins alike cells into ranges: it meets the cells in the text order of their
 * addresses (B10 before B5) and grows a range down and right from each cell not yet in
 * one, over cells already in another. B5:B211 would come out as B10:B211 and B5:B211,
 * overlapping. Within one column and one count of row digits (rows 1–9, 10–99, 100–999…)
 * text order is row order, so each such piece is saved as exactly itself once its
 * neighbours, above, below and beside, are unlike it: every other piece carries the error
 * style Excel uses anyway ("stop").
 */
function addValidation(ws: ExcelJS.Worksheet, v: Validation): void {
  const rect = parseRange(v.range);
  if (!rect) throw new Error(`A validation has a range ExcelJS cannot take: "${v.range}"`);
  const plain = dataValidation(v);
  const marked: ExcelJS.DataValidation = { ...plain, errorStyle: 'stop' };
  for (let r = rect.row1; r <= rect.row2; r++) {
    const digits = String(r).length;
    for (let c = rect.col1; c <= rect.col2; c++)
      ws.getCell(r, c).dataValidation = (c + digits) % 2 === 0 ? plain : marked;
  }
}

function conditionalFormatting(cf: ConditionalFormat): ExcelJS.ConditionalFormattingOptions {
  return {
    ref: cf.range,
    rules: [
      {
        type: 'expression',
        priority: 1,
        formulae: [renderFormula(cf.formula)],
        style: {
          ...(cf.style.fill
            ? { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: `FF${cf.style.fill}` } } }
            : {}),
          ...(cf.style.color || cf.style.bold
            ? {
                font: {
                  color: cf.style.color ? { argb: `FF${cf.style.color}` } : undefined,
                  bold: cf.style.bold,
                },
              }
            : {}),
        },
      },
    ],
  };
}

/**
 * A data bar: ExcelJS writes its bounds from `cfvo` and its bar's colour from `color`,
 * which the file format requires and ExcelJS's README and typings leave out of the rule's
 * description (its own reader fills the same field). A gradient bar needs no extension
 * list, so every program reads it.
 */
function dataBarFormatting(bar: DataBar): ExcelJS.ConditionalFormattingOptions {
  const rule: ExcelJS.DataBarRuleType & { color: Partial<ExcelJS.Color> } = {
    type: 'dataBar',
    priority: 1,
    gradient: true,
    cfvo: [
      { type: 'num', value: bar.min },
      { type: 'num', value: bar.max },
    ],
    color: { argb: `FF${bar.color}` },
  };
  return { ref: bar.range, rules: [rule] };
}
