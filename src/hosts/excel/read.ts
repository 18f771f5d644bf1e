import { parseRange } from '../../core/layout/a1';
import { HEADER_SEARCH_ROWS } from '../../core/reader/headers';
import { hasTreeHeader } from '../../core/reader/readWorkbook';
import { toolSheets } from '../../core/reader/toolSheets';
import type { NameData, RawCell, SheetData, WorkbookData } from '../../core/reader/workbookData';
import type { CellOutput, XlContext, XlRange } from './api';
import { indexLocated, locateNotes, type NoteIndex } from './notes';

export interface ReadOptions {
  /** Read cell notes too (ExcelApi 1.18: without it `workbook.notes` fails the batch). */
  readonly notes: boolean;
}

/** What a command learns in its two reading syncs. */
export interface WorkbookRead {
  /** Every sheet's used cells, with their notes, and the defined names: what the core reads. */
  readonly data: WorkbookData;
  /**
   * Every note by cell, including notes on empty cells (which `data` leaves out, as the
   * ExcelJS reader does): what a write needs to set a note's text rather than add a second
   * one. Null when notes were not read.
   */
  readonly notes: NoteIndex | null;
  /** Round trips the read took: 2. */
  readonly syncs: number;
}

/**
 * Reads every sheet's used cells, the workbook's names and (with ExcelApi 1.18) its
 * notes: two syncs, whatever the number of sheets, cells or notes —
 * 1. the sheet list, the names, and every note with its text;
 * 2. every used range (values, formulas, value types) and every note's cell.
 */
export async function readWorkbook(context: XlContext, options: ReadOptions): Promise<WorkbookRead> {
  const worksheets = context.workbook.worksheets;
  worksheets.load(['items/name']);
  const names = context.workbook.names;
  names.load(['items/name', 'items/type', 'items/formula']);
  const notes = options.notes ? context.workbook.notes : null;
  notes?.load(['items/content']);
  await context.sync();
  let syncs = 1;

  // The tool's sheets are read whole; people's own only as far down as a tree's header
  // could be: a sheet of 50,000 rows of their data must not ride along on every re-read.
  const nameList = names.items.map((n) => nameData(n.name, n.type, n.formula));
  const ours = toolSheets(
    worksheets.items.map((ws) => ws.name),
    nameList,
  );
  const used = worksheets.items.map((ws) => {
    const range = ws.getUsedRangeOrNullObject(true);
    if (ours.has(ws.name)) {
      // isNullObject needs no load: it is known once any property of the range is.
      range.load(['rowIndex', 'columnIndex', 'values', 'formulas', 'valueTypes']);
      return { name: ws.name, range, extent: null };
    }
    range.load(['address']);
    const window = ws.getRange(HEADER_WINDOW);
    window.load(['rowIndex', 'columnIndex', 'values', 'formulas', 'valueTypes']);
    return { name: ws.name, range: window, extent: range };
  });
  const located = notes === null ? null : locateNotes(notes.items);
  await context.sync();
  syncs++;

  const index = located === null ? null : indexLocated(located);
  let sheets = used.map(({ name, range, extent }) => {
    const data = sheetData(name, range, index);
    return extent !== null && beyondWindow(extent) ? { ...data, truncated: true } : data;
  });

  // A tree sheet renamed with its names gone is found by its header: then read it whole,
  // in one more round trip (the only case that takes one).
  const named = sheets.some((sheet) => ours.has(sheet.name) && hasTreeHeader(sheet));
  const found = named ? undefined : used.find((u, i) => sheets[i].truncated && hasTreeHeader(sheets[i]));
  if (found) {
    const whole = worksheets.items.find((ws) => ws.name === found.name)!.getUsedRangeOrNullObject(true);
    whole.load(['rowIndex', 'columnIndex', 'values', 'formulas', 'valueTypes']);
    await context.sync();
    syncs++;
    sheets = sheets.map((sheet) => (sheet.name === found.name ? sheetData(found.name, whole, index) : sheet));
  }

  return {
    data: { sheets, names: nameList },
    notes: index,
    syncs,
  };
}

/** The top-left block read of people's own sheets: the rows a header is looked for in, 100 columns wide. */
const HEADER_WINDOW = `A1:CV${HEADER_SEARCH_ROWS}`;

/** Whether a used range (its `address` loaded) reaches past the header window. */
function beyondWindow(used: XlRange): boolean {
  if (used.isNullObject) return false;
  const rect = parseRange(used.address.slice(used.address.lastIndexOf('!') + 1));
  return rect === null || rect.row2 > HEADER_SEARCH_ROWS || rect.col2 > 100;
}

/** A sheet's cells from its used range; a note rides on its cell when the cell holds something. */
function sheetData(name: string, range: XlRange, notes: NoteIndex | null): SheetData {
  if (range.isNullObject) return { name, rows: [] };
  const rows: (RawCell | undefined)[][] = Array.from({ length: range.rowIndex }, () => []);
  const { values, formulas, valueTypes } = range;
  values.forEach((valueRow, r) => {
    const row: (RawCell | undefined)[] = new Array<RawCell | undefined>(range.columnIndex).fill(undefined);
    valueRow.forEach((value, c) => {
      const cell = rawCell(value, formulas[r]?.[c] ?? null, valueTypes[r]?.[c] ?? 'Unknown');
      const note = cell && notes?.at(name, range.rowIndex + r + 1, range.columnIndex + c + 1);
      row.push(note ? { ...cell, note: note.content } : cell);
    });
    while (row.length > 0 && row[row.length - 1] === undefined) row.pop();
    rows.push(row);
  });
  // A header window reaches past the sheet's last row: drop the empty rows it brought.
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
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
