import { stateOfData, type WorkbookState } from '../edit/state';
import type { NoteIndex } from './notes';
import type { WorkbookRead } from './read';

/**
 * The workbook as it stands (`WorkbookState`, which `computeEdit` decides from), as a
 * command learnt it in its reading syncs, with what only Office.js needs besides: each
 * note's proxy, through which its text is changed, and the round trips spent.
 */
export interface OfficeWorkbookState extends WorkbookState {
  /** Every note by cell; null when notes cannot be written (no ExcelApi 1.18). */
  readonly notes: NoteIndex | null;
  /** Round trips spent learning this: they count toward the command's report. */
  readonly syncs: number;
}

/** The state a full read gives (`readWorkbook`): every used cell is known. */
export function stateOfRead(read: WorkbookRead): OfficeWorkbookState {
  return { ...stateOfData(read.data, read.notes, read.pageSetups), notes: read.notes, syncs: read.syncs };
}
