import type { StandaloneWorkbook, WorkbookHost } from '../hosts/port';
import { createLazyMemoryHost } from '../hosts/xlsx/lazyMemoryHost';

/**
 * The hosts the doors run on, created here so that the pane and the ribbon see only the
 * host port. Each adapter is loaded when it is first needed: the pane in Excel never
 * loads ExcelJS, and standalone mode never loads the Office.js adapter.
 */

/** The workbook open in Excel: call once `Office.onReady` has reported an Excel host. */
export async function connectExcel(): Promise<WorkbookHost> {
  const { officeExcelHost } = await import('../hosts/excel');
  return officeExcelHost();
}

/** An empty workbook in the page (standalone mode); the spreadsheet library loads on the first write or open. */
export function connectStandalone(): WorkbookHost & StandaloneWorkbook {
  return createLazyMemoryHost(async () => (await import('../hosts/xlsx/memoryHost')).createMemoryHost());
}
