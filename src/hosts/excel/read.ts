import type { NameData, RawCell, SheetData, WorkbookData } from '../../core/reader/workbookData';
import type { CellOutput, XlContext, XlRange } from './api';

/**
 * Reads every sheet's used cells and the workbook's names: two syncs (the sheet list,
 * then every used range at once), whatever the number of sheets.
 */
export async function readWorkbook(context: XlContext): Promise<WorkbookData> {
  const worksheets = context.workbook.worksheets;
  worksheets.load(['items/name']);
  const names = context.workbook.names;
  names.load(['items/name', 'items/type', 'items/formula']);
  await context.sync();

  const used = worksheets.items.map((ws) => {
    const range = ws.getUsedRangeOrNullObject(true);
    // isNullObject needs no load: it is known once any property of the range is.
    range.load(['rowIndex', 'columnIndex', 'values', 'formulas', 'valueTypes']);
    return { name: ws.name, range };
  });
  await context.sync();

  return {
    sheets: used.map(({ name, range }) => sheetData(name, range)),
    names: names.items.map((n) => nameData(n.name, n.type, n.formula)),
  };
}

function sheetData(name: string, range: XlRange): SheetData {
  if (range.isNullObject) return { name, rows: [] };
  const rows: (RawCell | undefined)[][] = Array.from({ length: range.rowIndex }, () => []);
  const { values, formulas, valueTypes } = range;
  values.forEach((valueRow, r) => {
    const row: (RawCell | undefined)[] = new Array<RawCell | undefined>(range.columnIndex).fill(undefined);
    valueRow.forEach((value, c) =>
      row.push(rawCell(value, formulas[r]?.[c] ?? null, valueTypes[r]?.[c] ?? 'Unknown')),
    );
    while (row.length > 0 && row[row.length - 1] === undefined) row.pop();
    rows.push(row);
  });
  return { name, rows };
}

/**
 * One cell as Excel reports it. A formula is told from text by comparing `formulas` with
 * `values`: Excel reports a text cell entered as `'=x` with `formulas` "=x" too (the quote
 * prefix is not returned), but then its value is the same text, which a real formula's
 * value never is.
 */
export function rawCell(
  value: CellOutput | null,
  formula: CellOutput | null,
  type: string,
): RawCell | undefined {
  if (type === 'Empty' || value === null || (value === '' && (formula === '' || formula === null)))
    return undefined;
  const isFormula = typeof formula === 'string' && formula.startsWith('=') && formula !== value;
  const f = isFormula ? { formula: formula.slice(1) } : {};
  if (type === 'Error') return { value: null, error: String(value), ...f };
  return { value, ...f };
}

const SHEET_REF = /^=(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/;

/**
 * A defined name: `=Sheet!$A$1` → its sheet and range; `=#REF!…` (its sheet or cells
 * were deleted) → sheet null. Constants and formulas have no sheet either; their range is
 * the formula text.
 */
export function nameData(name: string, type: string, formula: unknown): NameData {
  const text = typeof formula === 'string' ? formula : String(formula ?? '');
  const m = SHEET_REF.exec(text);
  if (type === 'Error' || text.includes('#REF!') || !m)
    return { name, sheet: null, range: text.replace(/^=/, '') };
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  return { name, sheet, range: m[3] };
}
