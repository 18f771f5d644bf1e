import { OperationError } from '../app/errors';
import type { MemoryHost } from '../hosts/xlsx/memoryHost';
import { loadPlanFile, planFormatOf, type LoadedPlan } from './loadPlan';
import { openWorkbookFile } from './workbookFile';

/** What `backcast` and `lint` take: a plan file, or a KPI Tree workbook (read back through its host). */
export type Input =
  | { readonly kind: 'plan'; readonly plan: LoadedPlan }
  | { readonly kind: 'workbook'; readonly host: MemoryHost };

export async function loadInput(file: string | undefined, shownAs: string = file ?? ''): Promise<Input> {
  if (file === undefined)
    throw OperationError.of({ key: 'cli.missingArgument', params: { what: 'PLAN|FILE.xlsx' } });
  if (planFormatOf(file) !== null) return { kind: 'plan', plan: await loadPlanFile(file) };
  if (file.toLowerCase().endsWith('.xlsx'))
    return { kind: 'workbook', host: await openWorkbookFile(file, shownAs) };
  throw OperationError.of({ key: 'plan.unknownFormat', params: { file: shownAs } });
}
