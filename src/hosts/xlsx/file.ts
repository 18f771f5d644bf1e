import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { repairPrintSetup } from './pageSetup';

/** Reads an .xlsx file; throws with the file's name when it is missing or not a workbook. */
export async function readWorkbookFile(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  repairPrintSetup(workbook);
  return workbook;
}

/**
 * Writes a workbook atomically: to a temporary file beside the target, then a rename,
 * so a failure never leaves a half-written file. With `backup`, the previous file is
 * kept as FILE.bak (one generation).
 */
export async function writeWorkbookFile(workbook: ExcelJS.Workbook, file: string, options: { backup?: boolean } = {}): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const buffer = await workbook.xlsx.writeBuffer();
    await fs.writeFile(tmp, Buffer.from(buffer as ArrayBuffer));
    if (options.backup) {
      try {
        await fs.copyFile(file, `${file}.bak`);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      }
    }
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}
