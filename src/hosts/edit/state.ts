import { cellAt, type SheetData, type WorkbookData } from '../../core/reader/workbookData';
import type { PrintedSetup } from './pageSetup';

/**
 * The workbook as it stands, as far as writing a spec depends on it, in no host's terms.
 * Each host learns it its own way (ExcelJS looks at its cells; Office.js asks in the
 * command's reading round trips) and hands it to `computeEdit`. Sheet names compare as
 * Excel compares them, ignoring case.
 */
export interface WorkbookState {
  /** The workbook's sheets, in their order. */
  readonly sheets: readonly string[];
  /** The workbook's defined names, in the order the host lists them. */
  readonly names: readonly string[];
  /**
   * True when the cell (1-based) holds something — a value, a formula, an error: an input
   * cell is seeded only when it does not. Asked only about the cells `inputsToCheck` lists.
   */
  holds(sheet: string, row: number, column: number): boolean;
  /** The notes already in the workbook; null when this host cannot write notes at all. */
  readonly notes: NoteLookup | null;
  /**
   * How an existing sheet prints now: asked only about the spec's sheets that exist and
   * carry a page setup mark (`markersOf`). Undefined when the host did not read it, and
   * then the sheet's page setup is left as it is.
   */
  pageSetup(sheet: string): PrintedSetup | undefined;
}

/** The page setups a host read, by sheet (names compare ignoring case). */
export function pageSetupLookup(read: ReadonlyMap<string, PrintedSetup>): (sheet: string) => PrintedSetup | undefined {
  const bySheet = new Map([...read].map(([name, setup]) => [name.toLowerCase(), setup]));
  return (sheet) => bySheet.get(sheet.toLowerCase());
}

export interface NoteLookup {
  /** The note on a cell (1-based), if there is one: notes on empty cells included. */
  at(sheet: string, row: number, column: number): { readonly content: string } | undefined;
}

/** True when a cell read back holds something (a note alone is not content). */
function hasContent(sheet: SheetData | undefined, row: number, column: number): boolean {
  const cell = sheet && cellAt(sheet, row, column);
  if (cell === undefined) return false;
  return (cell.value !== null && cell.value !== '') || cell.formula !== undefined || cell.error !== undefined;
}

/**
 * The state given by a full read of the workbook (what `WorkbookHost.read` returns): every
 * used cell is known. Notes come from the host, which knows those on empty cells too.
 */
export function stateOfData(
  data: WorkbookData,
  notes: NoteLookup | null,
  pageSetups: ReadonlyMap<string, PrintedSetup> = new Map(),
): WorkbookState {
  const sheets = new Map<string, SheetData>(data.sheets.map((s) => [s.name.toLowerCase(), s]));
  return {
    sheets: data.sheets.map((s) => s.name),
    names: data.names.map((n) => n.name),
    holds: (sheet, row, column) => hasContent(sheets.get(sheet.toLowerCase()), row, column),
    notes,
    pageSetup: pageSetupLookup(pageSetups),
  };
}

/** A workbook with nothing in it yet (a build into a new file). */
export const EMPTY_WORKBOOK: WorkbookState = {
  sheets: [],
  names: [],
  holds: () => false,
  notes: { at: () => undefined },
  pageSetup: pageSetupLookup(new Map()),
};
