import type { StandaloneWorkbook } from '../hosts/port';
import { OperationError } from './errors';

/** The zip library's own words for "this is not a zip package" (it adds a link to its documentation). */
const NOT_A_ZIP = /central directory|corrupted zip|end of data|zip file|signature/i;

/**
 * Opens an .xlsx file in standalone mode's workbook (the pane's *Open .xlsx…*). A file
 * that is not a workbook is refused in the person's words — not the zip library's — and
 * says what to do; the workbook already open stays as it was.
 */
export async function openWorkbookFile(
  workbook: StandaloneWorkbook,
  bytes: ArrayBuffer | Uint8Array,
  fileName: string,
): Promise<void> {
  try {
    await workbook.open(bytes);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw OperationError.of({
      key: NOT_A_ZIP.test(detail) ? 'pane.error.openNotXlsx' : 'pane.error.openDamaged',
      params: { file: fileName },
    });
  }
}
