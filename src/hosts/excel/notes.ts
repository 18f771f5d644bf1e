import { parseA1, parseSheetAddress } from '../../core/layout/a1';
import type { XlNote, XlRange } from './api';

/** A note that exists in the workbook: its text, and the proxy its text can be set through. */
export interface ExistingNote {
  readonly content: string;
  readonly note: XlNote;
}

/**
 * The workbook's notes by cell (ExcelApi 1.18), as read in a command's two reading syncs:
 * `workbook.notes` with each note's content in the first, each note's cell
 * (`getLocation().address`) in the second. Sheet names compare as Excel compares them,
 * ignoring case.
 */
export interface NoteIndex {
  /** The note on a cell (1-based row and column), if there is one. */
  at(sheet: string, row: number, column: number): ExistingNote | undefined;
}

const cellKey = (sheet: string, row: number, column: number): string =>
  `${sheet.toLowerCase()}\u0000${row},${column}`;

/**
 * Indexes notes by the address Excel gives their cell (`'KPI Tree'!C4`, `Sheet1!C4`,
 * `Sheet1!$C$4`). An address that is not one sheet-qualified cell is Excel breaking its
 * own contract: it throws rather than leave a note out (a write would then add a second
 * note where one exists).
 */
export function noteIndex(
  notes: readonly { readonly address: string; readonly content: string; readonly note: XlNote }[],
): NoteIndex {
  const byCell = new Map<string, ExistingNote>();
  for (const n of notes) {
    const at = parseSheetAddress(n.address);
    const cell = at ? parseA1(at.address) : null;
    if (!at || !cell)
      throw new Error(`Excel reported a note at "${n.address}", which is not one cell of a sheet`);
    byCell.set(cellKey(at.sheet, cell.row, cell.column), { content: n.content, note: n.note });
  }
  return { at: (sheet, row, column) => byCell.get(cellKey(sheet, row, column)) };
}

/** A note whose cell has been asked for: `cell.address` is readable after the next sync. */
export interface LocatingNote {
  readonly note: XlNote;
  readonly cell: XlRange;
}

/** Queues the load of each note's cell (its content must have been loaded with the notes). */
export function locateNotes(notes: readonly XlNote[]): LocatingNote[] {
  return notes.map((note) => {
    const cell = note.getLocation();
    cell.load(['address']);
    return { note, cell };
  });
}

/** After the sync that loaded their cells. */
export function indexLocated(located: readonly LocatingNote[]): NoteIndex {
  return noteIndex(located.map(({ note, cell }) => ({ address: cell.address, content: note.content, note })));
}
