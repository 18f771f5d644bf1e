/**
 * Cell-by-cell comparison of what the Office.js host left in the fake and what the
 * ExcelJS host wrote for the same spec: every cell the spec owns, by formula text (the
 * `_xlfn.` storage prefix aside), value and number format.
 */
import type ExcelJS from 'exceljs';
import type { WorkbookSpec } from '../../../src/core/layout/spec';
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
    sheet.rows.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        if (!cell) return;
        const address = a1(r + 1, c + 1);
        const expected = excelJsCell(ws, address);
        const actual = fakeCell(excel, sheet.name, address);
        const style = cell.s ? spec.styles[cell.s] : undefined;
        const sameFmt = !style?.numFmt || expected.numFmt === actual.numFmt;
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
