import { cellAt, type SheetData } from '../../core/reader/workbookData';
import type { NoteIndex } from './notes';
import type { WorkbookRead } from './read';

/**
 * What writing a spec needs to know about the workbook as it stands, learnt in the
 * command's reading syncs: which sheets and names exist, which input cells already hold
 * something, and where notes are. Given this, the write goes out in the next sync.
 */
export interface WorkbookState {
  /** The workbook's sheet names. */
  readonly sheets: readonly string[];
  /** The workbook's defined names. */
  readonly names: readonly string[];
  /**
   * True when the cell (1-based) holds something — a value, a formula, an error: an input
   * cell is seeded only when it does not. Asked only about input cells of existing sheets
   * that are not cleared before the write.
   */
  holds(sheet: string, row: number, column: number): boolean;
  /** Every note by cell; null when notes cannot be written (no ExcelApi 1.18). */
  readonly notes: NoteIndex | null;
  /** Round trips spent learning this: they count toward the command's report. */
  readonly syncs: number;
}

/** The state a full read gives (`readWorkbook`, two syncs): every used cell is known. */
export function stateOfRead(read: WorkbookRead): WorkbookState {
  const sheets = new Map<string, SheetData>(read.data.sheets.map((s) => [s.name.toLowerCase(), s]));
  return {
    sheets: read.data.sheets.map((s) => s.name),
    names: read.data.names.map((n) => n.name),
    holds: (sheet, row, column) => {
      const data = sheets.get(sheet.toLowerCase());
      return data !== undefined && cellAt(data, row, column) !== undefined;
    },
    notes: read.notes,
    syncs: read.syncs,
  };
}
