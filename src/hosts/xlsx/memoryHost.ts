import ExcelJS from 'exceljs';
import { toExcelSerial } from '../../core/calendar/date';
import type { WorkbookSpec } from '../../core/layout/spec';
import type { WorkbookData } from '../../core/reader/workbookData';
import type {
  ApplyReport,
  CellWrite,
  ChangeListener,
  Decision,
  ProgressListener,
  SaveOptions,
  Unsubscribe,
  Updated,
  WorkbookHost,
} from '../port';
import { quietPeriod } from '../quietPeriod';
import { applySpec } from './applySpec';
import { readWorkbookBytes, writeWorkbookBytes, type KeptFile } from './package/workbookBytes';
import { readWorkbookData } from './readData';

/** The cell last selected through the host: what standalone mode shows instead of Excel's cursor. */
export interface Selection {
  readonly sheet: string;
  readonly address: string;
}

/**
 * The WorkbookHost over an in-memory ExcelJS workbook: standalone mode in a plain
 * browser (no Office), and tests. Changes made through the host are announced to change
 * listeners as Excel announces them, once per quiet period.
 */
export interface MemoryHost extends WorkbookHost {
  readonly workbook: () => ExcelJS.Workbook;
  readonly selection: () => Selection | null;
  /** Called after each `select`. */
  onSelect(listener: (selection: Selection) => void): () => void;
  /**
   * The workbook as .xlsx bytes, for "Download .xlsx" and the CLI: the opened file with
   * only what changed written into it (charts, pivot tables, protection… kept).
   */
  save(options?: SaveOptions): Promise<Uint8Array<ArrayBuffer>>;
  /** Replaces the workbook with an .xlsx file's contents, keeping the file for `save`. */
  open(bytes: ArrayBuffer | Uint8Array): Promise<void>;
}

export interface MemoryHostOptions {
  readonly debounceMs?: number;
}

export function createMemoryHost(
  initial: ExcelJS.Workbook = new ExcelJS.Workbook(),
  options: MemoryHostOptions = {},
): MemoryHost {
  let workbook = initial;
  let kept: KeptFile | null = null;
  let selection: Selection | null = null;
  const debounceMs = options.debounceMs ?? 400;
  const changeListeners = new Set<ChangeListener>();
  const selectListeners = new Set<(s: Selection) => void>();
  const changes = quietPeriod<string>(debounceMs, (sheets) => {
    for (const l of changeListeners) l(sheets);
  });
  /** Changes made while nobody listens are not announced later. */
  const announce = (sheets: Iterable<string>): void => {
    if (changeListeners.size === 0) changes.cancel();
    else changes.add(sheets);
  };

  const apply = (spec: WorkbookSpec, onProgress?: ProgressListener): ApplyReport => {
    onProgress?.(0, 1);
    const { counts } = applySpec(workbook, spec);
    onProgress?.(1, 1);
    announce(spec.sheets.map((s) => s.name));
    return { ...counts, syncs: 0, requests: 0, warnings: [] };
  };

  const sheetOrThrow = (name: string): ExcelJS.Worksheet => {
    const ws = workbook.getWorksheet(name);
    if (!ws) throw new Error(`The sheet "${name}" does not exist in this workbook.`);
    return ws;
  };

  const selectCell = (sheet: string, address: string): void => {
    const ws = sheetOrThrow(sheet);
    const at = { sheet: ws.name, address };
    selection = at;
    for (const l of selectListeners) l(at);
  };

  return {
    async apply(spec, onProgress) {
      return apply(spec, onProgress);
    },

    async read(): Promise<WorkbookData> {
      return readWorkbookData(workbook);
    },

    async update<T>(
      decide: (data: WorkbookData) => Decision<T>,
      onProgress?: ProgressListener,
    ): Promise<Updated<T>> {
      const decision = decide(readWorkbookData(workbook));
      if (decision.spec === null) return { result: decision.result, report: null };
      const report = apply(decision.spec, onProgress);
      if (decision.select) selectCell(decision.select.sheet, decision.select.address);
      return { result: decision.result, report };
    },

    async writeCells(cells: readonly CellWrite[]) {
      // Every sheet first: a bad address writes nothing.
      const targets = cells.map((c) => ({ cell: sheetOrThrow(c.sheet).getCell(c.address), write: c }));
      for (const { cell, write } of targets) {
        const { value, formula } = write;
        cell.value =
          formula !== undefined
            ? { formula }
            : value !== null && typeof value === 'object'
              ? toExcelSerial(value.date)
              : value;
      }
      announce(new Set(cells.map((c) => c.sheet)));
    },

    async select(sheet: string, address: string) {
      selectCell(sheet, address);
    },

    async onChange(listener: ChangeListener): Promise<Unsubscribe> {
      changeListeners.add(listener);
      return async () => {
        changeListeners.delete(listener);
      };
    },

    workbook: () => workbook,
    selection: () => selection,
    onSelect(listener) {
      selectListeners.add(listener);
      return () => selectListeners.delete(listener);
    },

    async save(options) {
      return writeWorkbookBytes(workbook, kept, options);
    },

    async open(bytes) {
      const next = await readWorkbookBytes(bytes);
      workbook = next.workbook;
      kept = next.kept;
      selection = null;
      announce(workbook.worksheets.map((ws) => ws.name));
    },
  };
}
