import type { XlContext, XlHandlerResult } from './api';

/**
 * How the adapter reaches Excel: `officeRuntime()` in the add-in, a recording fake in
 * tests. Everything the adapter does to a workbook goes through `run`, one call per
 * command.
 */
export interface ExcelRuntime {
  /** `Excel.run`: a fresh request context for one batch of work. */
  run<T>(batch: (context: XlContext) => Promise<T>): Promise<T>;
  /** Removes an event handler in the request context it was added with, as Office.js requires. */
  removeHandler(handler: XlHandlerResult): Promise<void>;
  /** `Office.context.requirements.isSetSupported('ExcelApi', version)`. */
  supportsExcelApi(version: string): boolean;
}

/** Waits `ms` milliseconds; injectable so that tests of the retry do not wait. */
export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
