import type { CellValue, WorkbookSpec } from '../core/layout/spec';
import type { WorkbookData } from '../core/reader/workbookData';

/**
 * The host port: what the task pane and the ribbon commands may do to a workbook.
 * Implemented by the Office.js adapter (`hosts/excel`) inside Excel and by the ExcelJS
 * adapter (`hosts/xlsx`) in standalone mode, the CLI and tests; the UI receives one
 * through React context and never sees Excel or ExcelJS.
 *
 * Every method is one command: in Excel, one `Excel.run`. Failures reject with an error
 * whose message says what the user can do (`ExcelHostError` in Excel); nothing is
 * swallowed.
 */
export interface WorkbookHost {
  /**
   * Writes the spec: generated cells are replaced, input cells (hypotheses, actuals,
   * answers) keep what people typed and receive their seed only when empty, generated
   * names are replaced. `onProgress` reports finished round trips out of the planned ones.
   */
  apply(spec: WorkbookSpec, onProgress?: ProgressListener): Promise<ApplyReport>;
  /**
   * Every sheet's used cells (values, formulas, errors, and the note of a cell that holds
   * something) and the workbook's defined names. In Excel, notes need ExcelApi 1.18.
   */
  read(): Promise<WorkbookData>;
  /**
   * Read, decide, write — as one command: reads the workbook as `read()` does, hands it to
   * `decide`, and applies the spec it returns (nothing when it returns null). In Excel this
   * is one `Excel.run`: two round trips to read and one to write up to 1,000 nodes; more
   * for a larger workbook, whose cells are read in slabs and written in several requests
   * under the 4 MB limits. What was read is what the write is based on: no other command
   * runs in between, and input cells are seeded only where they read empty.
   */
  update<T>(decide: (data: WorkbookData) => Decision<T>, onProgress?: ProgressListener): Promise<Updated<T>>;
  /**
   * Writes single input cells people own (a hypothesis value, a deadline from a quick
   * fix). Strings are stored as text, never as formulas; a date is written as a date.
   */
  writeCells(cells: readonly CellWrite[]): Promise<void>;
  /** Activates `sheet` and selects `address` (`B7`, `B7:D9`), e.g. the cell of a problem. */
  select(sheet: string, address: string): Promise<void>;
  /**
   * Calls `listener` with the names of the sheets whose cells changed, at most once per
   * quiet period (~400 ms) however many edits came in. Resolves once listening; the
   * returned function stops it. A failure while finding the changed sheets goes to
   * `onError` (without one, it is an unhandled rejection: it is never dropped).
   */
  onChange(listener: ChangeListener, onError?: (error: Error) => void): Promise<Unsubscribe>;
}

export interface Decision<T> {
  readonly spec: WorkbookSpec | null;
  readonly result: T;
  /** A cell to show once the spec is written (a new review tab): part of the same command. */
  readonly select?: { readonly sheet: string; readonly address: string };
}

export interface Updated<T> {
  readonly result: T;
  /** Null when `decide` chose to write nothing. */
  readonly report: ApplyReport | null;
}

export interface CellWrite {
  readonly sheet: string;
  /** A single cell, `B7`. */
  readonly address: string;
  readonly value: CellValue;
  /** A formula (without `=`) to write instead of the value: only ever one read from the workbook (undo). */
  readonly formula?: string;
}

export type ProgressListener = (done: number, total: number) => void;
export type ChangeListener = (sheets: readonly string[]) => void;
export type Unsubscribe = () => Promise<void>;

/**
 * What a write did. The counts — sheets added, cells, seeds, inputs kept, names — are those
 * of the edit both hosts execute (`hosts/edit`): the same from either host for the same
 * workbook and spec. Round trips, requests and warnings are the host's own.
 */
export interface ApplyReport {
  /**
   * Round trips of the whole command (`context.sync()` in Excel, an update's reads
   * included; 0 for an in-memory workbook).
   */
  readonly syncs: number;
  /** Requests the writes were cut into to stay under the host's payload limit. */
  readonly requests: number;
  readonly sheetsAdded: readonly string[];
  /** Generated cells written (formulas, labels, cleared cells, people's formulas carried by a rebuild). */
  readonly cellsWritten: number;
  /** Input cells that were empty and received their seed. */
  readonly seedsWritten: number;
  /** Input cells with a seed that already held something, and were left as they were. */
  readonly inputsKept: number;
  readonly names: { readonly added: number; readonly updated: number; readonly deleted: number };
  /** Parts the host could not write (e.g. notes on an Excel without ExcelApi 1.18). */
  readonly warnings: readonly string[];
}

/** A cell people are looking at: its sheet and address (`B7`). */
export interface CellSelection {
  readonly sheet: string;
  readonly address: string;
}

/**
 * The workbook of standalone mode (a plain browser, no Excel): it lives in the page, so
 * the pane saves and opens it as a file and shows which cell a command selected.
 */
export interface StandaloneWorkbook {
  /** The cell last selected through the host. */
  selection(): CellSelection | null;
  /** Called after each `select`; returns the function that stops it. */
  onSelect(listener: (selection: CellSelection) => void): () => void;
  /**
   * The workbook as .xlsx bytes, for "Download .xlsx"; with `activeSheet`, the file opens
   * on that sheet (a review tab to print).
   */
  save(options?: SaveOptions): Promise<Uint8Array<ArrayBuffer>>;
  /** Replaces the workbook with an .xlsx file's contents. */
  open(bytes: ArrayBuffer | Uint8Array): Promise<void>;
}

export interface SaveOptions {
  /** The sheet the saved file opens on. */
  readonly activeSheet?: string;
}
