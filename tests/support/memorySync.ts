import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Lang } from '../../src/core/i18n';
import { loadPlanText } from '../../src/core/model/parsePlan';
import type { Problem } from '../../src/core/model/problem';
import type { Model } from '../../src/core/model/types';
import { readWorkbook } from '../../src/core/reader/readWorkbook';
import { mergeTypedInputs } from '../../src/core/sync/mergeInputs';
import { rebuildSpec } from '../../src/core/sync/rebuildSpec';
import { applySpec } from '../../src/hosts/xlsx/applySpec';
import { writeWorkbookBytes } from '../../src/hosts/xlsx/package/workbookBytes';
import { readWorkbookData } from '../../src/hosts/xlsx/readData';
import { EXAMPLE } from './edits';

/** `build` and `sync` as the CLI does them, on an in-memory ExcelJS workbook (no file). */
export function modelOfPlan(
  text: string = readFileSync(EXAMPLE, 'utf8'),
  format: 'yaml' | 'json' = 'yaml',
): Model {
  const loaded = loadPlanText(text, format);
  if (loaded.model === null) throw new Error(`plan does not load: ${JSON.stringify(loaded.problems)}`);
  return loaded.model;
}

export function buildInMemory(model: Model = modelOfPlan(), lang: Lang = 'en'): ExcelJS.Workbook {
  const planned = rebuildSpec(model, [], undefined, lang);
  if (planned.spec === null) throw new Error(`build failed: ${JSON.stringify(planned.problems)}`);
  const wb = new ExcelJS.Workbook();
  applySpec(wb, planned.spec);
  return wb;
}

/** Sync (or, with `plan`, build in place); throws when it would write nothing. */
export function syncInMemory(wb: ExcelJS.Workbook, plan?: Model): Problem[] {
  const data = readWorkbookData(wb);
  const read = readWorkbook(data, 'en');
  if (read.model === null) throw new Error(`not readable: ${JSON.stringify(read.problems)}`);
  const model = plan ? mergeTypedInputs(plan, read.model) : read.model;
  const planned = rebuildSpec(model, plan ? [] : read.problems, plan ? undefined : read.locate, read.lang, {
    read,
    data,
  });
  if (planned.spec === null)
    throw new Error(
      `sync refused: ${JSON.stringify(planned.problems.filter((p) => p.severity === 'error'))}`,
    );
  applySpec(wb, planned.spec);
  return planned.problems;
}

/** Through bytes, as the tool saves a file: what another program opening the workbook sees. */
export async function reopen(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const out = new ExcelJS.Workbook();
  await out.xlsx.load((await writeWorkbookBytes(wb, null)).buffer);
  return out;
}
