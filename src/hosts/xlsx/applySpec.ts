import type ExcelJS from 'exceljs';
import { toExcelSerial } from '../../core/calendar/date';
import { renderFormula } from '../../core/formula/render';
import { quoteSheetName } from '../../core/formula/sheetName';
import type { Cell, CellStyle, CellValue, SheetSpec, WorkbookSpec } from '../../core/layout/spec';
import { isGeneratedName } from '../../core/reader/toolSheets';

/**
 * Applies a WorkbookSpec to an ExcelJS workbook. Generated cells are written over;
 * input cells keep whatever people typed and receive their seed only when empty.
 * Sheets the spec does not name are left alone.
 */
export function applySpec(workbook: ExcelJS.Workbook, spec: WorkbookSpec): void {
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const sheetSpec of spec.sheets) {
    const ws = workbook.getWorksheet(sheetSpec.name) ?? workbook.addWorksheet(sheetSpec.name);
    writeSheet(ws, sheetSpec, spec);
  }
  // A spec of the whole workbook (it has the tree) orders the sheets and owns every generated
  // name, so a node that moved or disappeared leaves no stale name. A partial spec (a review
  // tab) adds its sheets at the end and replaces only the names it brings.
  const whole = spec.sheets.some((s) => s.key === 'tree');
  if (whole) orderSheets(workbook, spec);
  const replaced = new Set(spec.names.map((n) => n.name));
  const kept = workbook.definedNames.model.filter((m) => !replaced.has(m.name) && !(whole && isGeneratedName(m.name)));
  workbook.definedNames.model = [
    ...kept,
    ...spec.names.map((n) => ({ name: n.name, ranges: [`${quoteSheetName(n.sheet)}!${n.range}`] })),
  ];
}


/** Parts of ExcelJS's worksheet its type declarations leave out. */
interface WorksheetInternals {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
  orderNo: number;
  _merges: Record<string, { range: string; model: { top: number; left: number; bottom: number; right: number } }>;
}
const internals = (ws: ExcelJS.Worksheet): WorksheetInternals => ws as unknown as WorksheetInternals;

function writeSheet(ws: ExcelJS.Worksheet, sheet: SheetSpec, spec: WorkbookSpec): void {
  // A merged area over cells the spec writes (or clears) would send the writes of its cells
  // to its top-left cell: a header merged by hand would overwrite its neighbour.
  const from = sheet.clearBelow === undefined ? Infinity : sheet.clearBelow + 1;
  const writes = (top: number, left: number, bottom: number, right: number): boolean => {
    for (let r = top; r <= Math.min(bottom, sheet.rows.length); r++) for (let c = left; c <= right; c++) if (sheet.rows[r - 1]?.[c - 1]) return true;
    return false;
  };
  for (const range of Object.values(internals(ws)._merges)) {
    const m = range.model;
    if (m.bottom >= from || writes(m.top, m.left, m.bottom, m.right)) ws.unMergeCells(range.range);
  }
  if (sheet.clearBelow !== undefined) {
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      if (r < from) return;
      row.eachCell({ includeEmpty: true }, (cell) => {
        cell.value = null;
        cell.style = {};
        // The rebuild carries comments with their cells: none may stay behind on a moved cell.
        // (ExcelJS's `note` setter always creates a comment; removing one means dropping `_comment`.)
        delete (cell as unknown as { _comment?: unknown })._comment;
      });
    });
  }
  sheet.rows.forEach((cells, r) => {
    cells.forEach((cell, c) => {
      if (cell) writeCell(ws.getCell(r + 1, c + 1), cell, spec);
    });
  });
  sheet.widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  if (sheet.freeze) {
    ws.views = [{ state: 'frozen', xSplit: sheet.freeze.columns, ySplit: sheet.freeze.rows, topLeftCell: undefined, activeCell: undefined }];
  }
  if (sheet.tabColor) ws.properties.tabColor = { argb: `FF${sheet.tabColor}` };
  for (const v of sheet.validations) {
    const prompt = v.prompt ? { showInputMessage: true, prompt: v.prompt } : {};
    switch (v.type) {
      case 'list':
        internals(ws).dataValidations.add(v.range, {
          type: 'list',
          allowBlank: true,
          formulae: [`"${v.values.map((x) => x.replace(/"/g, '""')).join(',')}"`],
          showErrorMessage: true,
          ...prompt,
        });
        break;
      case 'date':
        internals(ws).dataValidations.add(v.range, {
          type: 'date',
          operator: 'greaterThan',
          allowBlank: true,
          formulae: [new Date(Date.UTC(1900, 0, 1))],
          showErrorMessage: true,
          ...prompt,
        });
        break;
      case 'decimal':
        internals(ws).dataValidations.add(v.range, {
          type: 'decimal',
          operator: 'between',
          allowBlank: true,
          formulae: [v.min ?? -1e15, v.max ?? 1e15],
          showErrorMessage: true,
          ...prompt,
        });
        break;
    }
  }
  // Conditional formats are owned by the tool: replace rather than pile up on rebuild.
  const withFormats = ws as ExcelJS.Worksheet & { conditionalFormattings?: unknown[] };
  if (sheet.conditionalFormats.length > 0) withFormats.conditionalFormattings = [];
  for (const cf of sheet.conditionalFormats) {
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [
        {
          type: 'expression',
          priority: 1,
          formulae: [renderFormula(cf.formula)],
          style: {
            ...(cf.style.fill ? { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: `FF${cf.style.fill}` } } } : {}),
            ...(cf.style.color || cf.style.bold ? { font: { color: cf.style.color ? { argb: `FF${cf.style.color}` } : undefined, bold: cf.style.bold } } : {}),
          },
        },
      ],
    });
  }
}

function writeCell(target: ExcelJS.Cell, cell: Cell, spec: WorkbookSpec): void {
  const style = cell.s ? spec.styles[cell.s] : undefined;
  if (style) applyStyle(target, style);
  if (cell.numFmt !== undefined) target.numFmt = cell.numFmt;
  if (cell.note !== undefined) target.note = cell.note;
  if (cell.f) {
    target.value = cell.result === undefined ? { formula: renderFormula(cell.f), date1904: false } : { formula: renderFormula(cell.f), result: cell.result, date1904: false };
    return;
  }
  if (cell.carriedFormula !== undefined) {
    const f = cell.carriedFormula;
    target.value = cell.result === undefined ? { formula: f, date1904: false } : { formula: f, result: cell.result, date1904: false };
    return;
  }
  if (cell.input && !isEmpty(target.value)) return;
  if (cell.link && typeof cell.v === 'string') {
    target.value = { text: cell.v, hyperlink: `#${cell.link}` };
    return;
  }
  target.value = toExcelValue(cell.v ?? null);
}

/** Strings stay strings: ExcelJS stores them as text, so `=HYPERLINK(...)` is never a formula. */
function toExcelValue(v: CellValue): ExcelJS.CellValue {
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return toExcelSerial(v.date);
}

function isEmpty(v: ExcelJS.CellValue): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v === '');
}

function applyStyle(target: ExcelJS.Cell, s: CellStyle): void {
  if (s.numFmt) target.numFmt = s.numFmt;
  if (s.bold || s.italic || s.size || s.color) {
    target.font = { bold: s.bold, italic: s.italic, size: s.size, color: s.color ? { argb: `FF${s.color}` } : undefined };
  }
  if (s.fill) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${s.fill}` } };
  if (s.indent || s.wrap || s.align) {
    target.alignment = { indent: s.indent, wrapText: s.wrap, horizontal: s.align, vertical: s.wrap ? 'top' : undefined };
  }
  if (s.borderBottom) target.border = { bottom: { style: 'thin', color: { argb: 'FF8EA9DB' } } };
}

/** Generated sheets first, in spec order; people's own sheets keep their relative order after them. */
function orderSheets(workbook: ExcelJS.Workbook, spec: WorkbookSpec): void {
  const order = new Map(spec.sheets.map((s, i) => [s.name, i]));
  const sheets = [...workbook.worksheets];
  const rank = (ws: ExcelJS.Worksheet): number => order.get(ws.name) ?? order.size + internals(ws).orderNo;
  sheets.sort((a, b) => rank(a) - rank(b));
  sheets.forEach((ws, i) => {
    internals(ws).orderNo = i;
  });
}
