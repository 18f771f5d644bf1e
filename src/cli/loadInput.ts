import path from 'node:path';
import type { Lang } from '../core/i18n';
import { InputError } from './errors';
import { loadPlanFile, planFormatOf, type LoadedInput } from './loadPlan';

/** A plan file or a KPI Tree workbook, read into the same model. */
export async function loadInput(file: string | undefined, _lang: Lang): Promise<LoadedInput> {
  if (file === undefined) throw InputError.of({ key: 'cli.missingArgument', params: { what: 'PLAN|FILE.xlsx' } });
  if (planFormatOf(file) !== null) return loadPlanFile(file);
  throw InputError.of({ key: 'plan.unknownFormat', params: { file: path.basename(file) } });
}
