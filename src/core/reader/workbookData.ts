/**
 * What a host reads from a workbook, in the plain form both hosts can deliver
 * (ExcelJS values, Office.js `values` + `formulas`). Everything here is untrusted:
 * people edit workbooks by hand.
 */
export type RawValue = string | number | boolean | null;

export interface RawCell {
  /** The value shown: a formula's cached result, a date as its Excel serial number. */
  readonly value: RawValue;
  /** The formula text without `=`, when the cell holds one. */
  readonly formula?: string;
  /** An error value such as `#REF!` or `#DIV/0!`. */
  readonly error?: string;
  /** The cell's comment (note), if any. */
  readonly note?: string;
  /** The cell's number format when it is not General (`yyyy-mm-dd`, `0.0%`), if the host gives it. */
  readonly numFmt?: string;
}

export interface SheetData {
  readonly name: string;
  /** Rows from A1; a missing or undefined cell is empty. */
  readonly rows: readonly (readonly (RawCell | undefined)[])[];
  /**
   * Only the sheet's first rows were read: a large sheet of people's own, where a host
   * reads no more than it takes to recognise a tree's header (`HEADER_SEARCH_ROWS`).
   */
  readonly truncated?: boolean;
}

export interface NameData {
  readonly name: string;
  /** The sheet the name points to, or null when it points nowhere (`#REF!`). */
  readonly sheet: string | null;
  readonly range: string;
}

export interface WorkbookData {
  readonly sheets: readonly SheetData[];
  readonly names: readonly NameData[];
}

export function cellAt(sheet: SheetData, row: number, column: number): RawCell | undefined {
  return sheet.rows[row - 1]?.[column - 1];
}
