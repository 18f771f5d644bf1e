import { readWorkbook, type ReadWorkbookResult } from '../core/reader/readWorkbook';
import type { Lang } from '../core/i18n';
import { readWorkbookFile } from '../hosts/xlsx/file';
import { readWorkbookData } from '../hosts/xlsx/readData';
import { InputError } from './errors';
import { loadPlanFile, planFormatOf, type LoadedInput } from './loadPlan';
import type ExcelJS from 'exceljs';
import type { WorkbookData } from '../core/reader/workbookData';

export interface LoadedWorkbook extends LoadedInput {
  readonly workbook: ExcelJS.Workbook;
  readonly read: ReadWorkbookResult;
  readonly data: WorkbookData;
}

/** Opens a KPI Tree workbook and reads its model back. InputError when it cannot be read at all. */
export async function loadWorkbookFile(file: string, lang: Lang): Promise<LoadedWorkbook> {
  let workbook: ExcelJS.Workbook;
  try {
    workbook = await readWorkbookFile(file);
  } catch (e) {
    throw InputError.of({ key: 'plan.fileUnreadable', params: { file, reason: (e as Error).message } });
  }
  const data = readWorkbookData(workbook);
  const read = readWorkbook(data, lang);
  if (read.model === null) throw new InputError(read.problems);
  return { model: read.model, problems: read.problems, locate: read.locate, workbook, read, data };
}

/** A plan file or a KPI Tree workbook, read into the same model. */
export async function loadInput(file: string | undefined, lang: Lang): Promise<LoadedInput> {
  if (file === undefined) throw InputError.of({ key: 'cli.missingArgument', params: { what: 'PLAN|FILE.xlsx' } });
  if (planFormatOf(file) !== null) return loadPlanFile(file);
  if (file.toLowerCase().endsWith('.xlsx')) return loadWorkbookFile(file, lang);
  throw InputError.of({ key: 'plan.unknownFormat', params: { file } });
}
