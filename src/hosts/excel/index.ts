import { createExcelHost, type ExcelHostOptions } from './host';
import { officeRuntime } from './officeRuntime';
import type { WorkbookHost } from '../port';

export { createExcelHost, type ExcelHostOptions } from './host';
export { ExcelHostError, type ExcelHostErrorCode } from './errors';
export { officeRuntime } from './officeRuntime';
export type { ExcelRuntime } from './runtime';

/** The WorkbookHost inside Excel: call after `Office.onReady` reports an Excel host. */
export function officeExcelHost(options?: ExcelHostOptions): WorkbookHost {
  return createExcelHost(officeRuntime(), options);
}
