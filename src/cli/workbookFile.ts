import ExcelJS from 'exceljs';
import { OperationError } from '../app/errors';
import { readWorkbookFile, writeWorkbookFile } from '../hosts/xlsx/file';
import { createMemoryHost, type MemoryHost } from '../hosts/xlsx/memoryHost';

/**
 * Workbook files for the command line: a file is opened into an in-memory host, the
 * operation runs on it exactly as it runs in the pane, and the result is written back
 * atomically (a temporary file, then a rename), keeping the previous file as FILE.bak.
 */

/** Opens an .xlsx file as a host; refused (exit 2) when it is missing or not a workbook. */
export async function openWorkbookFile(file: string, shownAs: string = file): Promise<MemoryHost> {
  try {
    return createMemoryHost(await readWorkbookFile(file));
  } catch (e) {
    throw OperationError.of({
      key: 'plan.fileUnreadable',
      params: { file: shownAs, reason: (e as Error).message },
    });
  }
}

/** A new, empty workbook, marked as made by KPI Tree. */
export function newWorkbookHost(): MemoryHost {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'KPI Tree';
  return createMemoryHost(workbook);
}

/** Writes the host's workbook to `file` atomically; with `backup`, the previous file is kept as FILE.bak. */
export async function saveWorkbookFile(
  host: MemoryHost,
  file: string,
  options: { backup: boolean; shownAs?: string },
): Promise<void> {
  try {
    await writeWorkbookFile(host.workbook(), file, { backup: options.backup });
  } catch (e) {
    throw OperationError.of({
      key: 'cli.writeFailed',
      params: { file: options.shownAs ?? file, reason: (e as Error).message },
    });
  }
}
