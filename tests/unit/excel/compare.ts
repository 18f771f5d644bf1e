/**
 * Cell-by-cell comparison of what the Office.js host left in the fake and what the
 * ExcelJS host wrote for the same spec: every cell the spec owns (or every cell of the
 * workbook), by formula text (the `_xlfn.` storage prefix aside), value and number
 * format; and the defined names and notes.
 */
import type ExcelJS from 'exceljs';
import { eachRow, type WorkbookSpec } from '../../../src/core/layout/spec';
import { quoteSheetName } from '../../../src/core/formula/sheetName';
import { a1 } from '../../../src/core/layout/a1';
import type { FakeExcel } from '../../support/fakeExcel';

export interface CellView {
  readonly formula: string | null;
  readonly value: string | number | boolean | null;
  readonly numFmt: string | null;
}

export function excelJsCell(ws: ExcelJS.Worksheet, address: string): CellView {
  const cell = ws.getCell(address);
  const v = cell.value;
  const numFmt = cell.numFmt ?? null;
  if (v !== null && typeof v === 'object' && 'formula' in v)
    return { formula: (v.formula ?? '').replace(/_xlfn\./g, ''), value: null, numFmt };
  if (v !== null && typeof v === 'object' && 'text' in v && typeof v.text === 'string')
    return { formula: null, value: v.text, numFmt };
  if (v instanceof Date || (v !== null && typeof v === 'object'))
    throw new Error(`unexpected ExcelJS value at ${address}: ${JSON.stringify(v)}`);
  return { formula: null, value: v === '' || v === undefined ? null : v, numFmt };
}

export function fakeCell(excel: FakeExcel, sheet: string, address: string): CellView {
  const s = excel.sheet(sheet);
  const c = s.cell(address);
  const fmt = s.numberFormat(address);
  return {
    formula: c?.formula?.slice(1) ?? null,
    value: c && c.formula === undefined ? c.value : null,
    numFmt: fmt === 'General' ? null : fmt,
  };
}

/** Every mismatch, as `sheet!A1: exceljs … ≠ office …` lines (empty when equal). */
export function mismatches(spec: WorkbookSpec, workbook: ExcelJS.Workbook, excel: FakeExcel): string[] {
  const out: string[] = [];
  for (const sheet of spec.sheets) {
    const ws = workbook.getWorksheet(sheet.name);
    if (!ws) {
      out.push(`${sheet.name}: missing in ExcelJS`);
      continue;
    }
    eachRow(sheet, (cells, r) =>
      cells.forEach((cell, c) => {
        if (!cell) return;
        const address = a1(r + 1, c + 1);
        const expected = excelJsCell(ws, address);
        const actual = fakeCell(excel, sheet.name, address);
        const style = cell.s ? spec.styles[cell.s] : undefined;
        const fmt = cell.numFmt ?? style?.numFmt;
        const sameFmt = !fmt || expected.numFmt === actual.numFmt;
        if (expected.formula !== actual.formula || expected.value !== actual.value || !sameFmt) {
          out.push(
            `${sheet.name}!${address}: exceljs ${JSON.stringify(expected)} ≠ office ${JSON.stringify(actual)}`,
          );
        }
      }),
    );
  }
  return out;
}

/** Defined names as `NAME=Sheet!$A$1`, sorted: ExcelJS's model and the fake's names. */
export function excelJsNames(workbook: ExcelJS.Workbook): string[] {
  return workbook.definedNames.model.flatMap((m) => m.ranges.map((r) => `${m.name}=${r}`)).sort();
}

export function fakeNames(excel: FakeExcel): string[] {
  return [...excel.names.values()].map((n) => `${n.name}=${n.formula.slice(1)}`).sort();
}

/**
 * Every cell of every sheet either host holds — not only the spec's — as mismatch lines,
 * with the sheet order: the end state of a command that read the workbook and wrote a
 * spec decided from it (a refresh), where the spec itself is the host's business.
 */
export function workbookMismatches(workbook: ExcelJS.Workbook, excel: FakeExcel): string[] {
  const out: string[] = [];
  const expectedSheets = workbook.worksheets.map((ws) => ws.name);
  const actualSheets = excel.sheets.map((s) => s.name);
  if (JSON.stringify(expectedSheets) !== JSON.stringify(actualSheets))
    out.push(`sheets: exceljs ${JSON.stringify(expectedSheets)} ≠ office ${JSON.stringify(actualSheets)}`);
  for (const ws of workbook.worksheets) {
    const fake = excel.findSheet(ws.name);
    if (!fake) continue;
    const addresses = new Set<string>();
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        addresses.add(cell.address);
      }),
    );
    for (const k of fake.cells.keys()) {
      const [row, col] = k.split(',').map(Number);
      addresses.add(a1(row, col));
    }
    for (const address of addresses) {
      const expected = excelJsCell(ws, address);
      const actual = fakeCell(excel, ws.name, address);
      if (JSON.stringify(expected) !== JSON.stringify(actual))
        out.push(
          `${ws.name}!${address}: exceljs ${JSON.stringify(expected)} ≠ office ${JSON.stringify(actual)}`,
        );
    }
  }
  return out;
}

/** Every note of an ExcelJS workbook as `'Sheet'!A1: text`, sorted (the fake's keys). */
export function excelJsNotes(workbook: ExcelJS.Workbook): string[] {
  const out: string[] = [];
  for (const ws of workbook.worksheets) {
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const note = cell.note;
        if (note === undefined || note === null) return;
        const text = typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join('');
        out.push(`${quoteSheetName(ws.name)}!${cell.address}: ${text}`);
      }),
    );
  }
  return out.sort();
}

export function fakeNotes(excel: FakeExcel): string[] {
  return [...excel.notes].map(([k, text]) => `${k}: ${text}`).sort();
}
