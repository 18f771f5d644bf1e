import { promises as fs } from 'node:fs';
import ExcelJS from 'exceljs';
import { OperationError } from '../app/errors';
import { ProtectedSheetError, ProtectedWorkbookError } from '../hosts/xlsx/package/errors';
import { createMemoryHost, type MemoryHost } from '../hosts/xlsx/memoryHost';
import type { CliContext } from './context';
import { updateFile } from './files/update';

/**
 * Workbook files for the command line: a file is opened into an in-memory host, the
 * operation runs on it exactly as it runs in the pane, and only what it changed is
 * written back into the file (see `updateFile` for the lock, the checks and the rename).
 */

/** Opens .xlsx bytes as a host; refused (exit 2) when they are not a workbook. */
export async function openWorkbookBytes(bytes: Uint8Array, shownAs: string): Promise<MemoryHost> {
  const host = createMemoryHost();
  try {
    await host.open(bytes);
  } catch (e) {
    const reason = reasonOf(e);
    // JSZip's own words for "not a zip" point at its documentation: say it plainly.
    const notZip = /central directory|corrupted zip|end of data/i.test(reason);
    throw OperationError.of({
      key: 'file.notWorkbook',
      params: { file: shownAs, reason: notZip ? { key: 'file.notZip' } : reason },
    });
  }
  return host;
}

/** Opens an .xlsx file to read it only; refused (exit 2) when it is missing or not a workbook. */
export async function openWorkbookFile(file: string, shownAs: string = file): Promise<MemoryHost> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    throw OperationError.of({ key: 'plan.fileUnreadable', params: { file: shownAs, reason: reasonOf(e) } });
  }
  return openWorkbookBytes(bytes, shownAs);
}

/** A new, empty workbook, marked as made by KPI Tree. */
export function newWorkbookHost(): MemoryHost {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'KPI Tree';
  return createMemoryHost(workbook);
}

/** What an operation on a workbook file gives back: its result, and whether the file is to be written. */
export interface WorkbookChange<T> {
  readonly result: T;
  readonly write: boolean;
}

/**
 * Runs `change` on the workbook at `file` and writes what it changed back, holding the
 * file's lock throughout. With `create`, a missing file is a new workbook; otherwise it
 * is refused. The previous file is kept as FILE.bak.
 */
export async function updateWorkbookFile<T>(
  cli: CliContext,
  file: string,
  shownAs: string,
  options: { readonly create?: boolean },
  change: (host: MemoryHost, existed: boolean) => Promise<WorkbookChange<T>>,
): Promise<T> {
  return updateFile(cli, file, shownAs, async (bytes) => {
    if (bytes === null && !options.create)
      throw OperationError.of({
        key: 'plan.fileUnreadable',
        params: { file: shownAs, reason: 'ENOENT: no such file' },
      });
    const host = bytes === null ? newWorkbookHost() : await openWorkbookBytes(bytes, shownAs);
    const done = await change(host, bytes !== null);
    return { result: done.result, bytes: done.write ? await saveHost(host) : null, backup: true };
  });
}

/** The host's workbook as bytes; the owner's protection of a sheet or the workbook refuses it (exit 2). */
async function saveHost(host: MemoryHost): Promise<Uint8Array> {
  try {
    return await host.save();
  } catch (e) {
    if (e instanceof ProtectedSheetError)
      throw OperationError.of({ key: 'file.protectedSheet', params: { sheet: e.sheet } });
    if (e instanceof ProtectedWorkbookError) throw OperationError.of({ key: 'file.protectedWorkbook' });
    throw e;
  }
}

function reasonOf(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.split('\n')[0] ?? message;
}
