import type { WorkbookSpec } from '../../core/layout/spec';
import type { WorkbookData } from '../../core/reader/workbookData';
import type {
  ApplyReport,
  CellWrite,
  ChangeListener,
  Decision,
  ProgressListener,
  Unsubscribe,
  Updated,
  WorkbookHost,
} from '../port';
import type { XlChangedArgs, XlContext } from './api';
import { quietPeriod } from '../quietPeriod';
import { applyWorkbookSpec } from './apply';
import { isCellEditModeError, toHostError } from './errors';
import { readWorkbook } from './read';
import { stateOfRead } from './state';
import { literalInput } from './textSafety';
import { realSleep, type ExcelRuntime, type Sleep } from './runtime';

export interface ExcelHostOptions {
  /** Waits before each retry while Excel is in cell-edit mode: a few attempts, doubling. */
  readonly retryDelaysMs?: readonly number[];
  /** Quiet period before change listeners are called. */
  readonly debounceMs?: number;
  readonly sleep?: Sleep;
  readonly requestBudget?: number;
  /** Largest response one read sync may bring back (default 4 MB). */
  readonly responseBudget?: number;
}

export const DEFAULT_RETRY_DELAYS_MS = [250, 500, 1000, 2000] as const;
export const DEFAULT_DEBOUNCE_MS = 400;

/** The WorkbookHost for Excel: each method is one `Excel.run` (retried whole in cell-edit mode). */
export function createExcelHost(runtime: ExcelRuntime, options: ExcelHostOptions = {}): WorkbookHost {
  const delays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  const sleep = options.sleep ?? realSleep;
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;

  /**
   * One command. While the user is typing in a cell Excel refuses every batch
   * (InvalidOperationInCellEditMode); the command is then retried whole after a pause,
   * which is safe because apply is idempotent and the rest only read. Other errors, and
   * the last cell-edit error, reject with an ExcelHostError.
   */
  async function command<T>(what: string, batch: (context: XlContext) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await runtime.run(batch);
      } catch (error) {
        if (!isCellEditModeError(error) || attempt >= delays.length) throw toHostError(error, what);
        await sleep(delays[attempt]);
      }
    }
  }

  return {
    apply(spec: WorkbookSpec, onProgress?: ProgressListener): Promise<ApplyReport> {
      const notes = runtime.supportsExcelApi('1.18');
      return command('build the KPI tree', (context) =>
        applyWorkbookSpec(context, spec, { notes, onProgress, requestBudget: options.requestBudget }),
      );
    },

    read() {
      const notes = runtime.supportsExcelApi('1.18');
      return command(
        'read the workbook',
        async (context) =>
          (await readWorkbook(context, { notes, responseBudget: options.responseBudget })).data,
      );
    },

    /**
     * The read (`read.ts`), then the write decided from what was read — seeds only into
     * input cells that read empty, notes set where one exists and added elsewhere — in one
     * `Excel.run`. Up to 1,000 nodes that is 3 syncs: the read's two (sheets, names and
     * notes; then every used range and every note's cell) and one write. A larger workbook
     * takes more: its cells are read in row slabs of at most 4 MB of response each, and a
     * write past 4 MB goes out in several requests (`apply.ts`) — at 10,000 nodes a refresh
     * takes about 19. When `decide` returns no spec, only the reads happen.
     */
    update<T>(
      decide: (data: WorkbookData) => Decision<T>,
      onProgress?: ProgressListener,
    ): Promise<Updated<T>> {
      const notes = runtime.supportsExcelApi('1.18');
      return command('update the workbook', async (context) => {
        const read = await readWorkbook(context, { notes, responseBudget: options.responseBudget });
        const decision = decide(read.data);
        if (decision.spec === null) return { result: decision.result, report: null };
        const report = await applyWorkbookSpec(context, decision.spec, {
          notes,
          onProgress,
          requestBudget: options.requestBudget,
          known: stateOfRead(read),
          select: decision.select,
        });
        return { result: decision.result, report };
      });
    },

    writeCells(cells: readonly CellWrite[]) {
      return command('write the cells', async (context) => {
        for (const c of cells)
          context.workbook.worksheets.getItem(c.sheet).getRange(c.address).formulas = [
            [c.formula !== undefined ? `=${c.formula}` : literalInput(c.value)],
          ];
        await context.sync();
      });
    },

    select(sheet: string, address: string) {
      return command(`select ${sheet}!${address}`, async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(address).select();
        await context.sync();
      });
    },

    async onChange(listener: ChangeListener, onError?: (error: Error) => void): Promise<Unsubscribe> {
      let stopped = false;

      /** Sheet ids → names at the time of the hand-over (sheets may have been renamed). */
      const announce = async (ids: readonly string[]): Promise<void> => {
        if (stopped) return;
        const names = await command('find the changed sheets', async (context) => {
          const worksheets = context.workbook.worksheets;
          worksheets.load(['items/id', 'items/name']);
          await context.sync();
          return worksheets.items.filter((ws) => ids.includes(ws.id)).map((ws) => ws.name);
        });
        if (!stopped && names.length > 0) listener(names);
      };
      const changes = quietPeriod<string>(debounceMs, (ids) => {
        announce(ids).catch((error: unknown) => {
          const hostError = toHostError(error, 'find the changed sheets');
          if (onError) onError(hostError);
          else throw hostError;
        });
      });
      const onChanged = async (args: XlChangedArgs): Promise<void> => changes.add([args.worksheetId]);

      const handler = await command('listen for changes', async (context) => {
        const result = context.workbook.worksheets.onChanged.add(onChanged);
        await context.sync();
        return result;
      });

      return async () => {
        stopped = true;
        changes.cancel();
        try {
          await runtime.removeHandler(handler);
        } catch (error) {
          throw toHostError(error, 'stop listening for changes');
        }
      };
    },
  };
}
