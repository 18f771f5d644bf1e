import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Lang } from '../../core/i18n';
import { planWorkbook } from '../../core/plan';
import { applySpec } from '../../hosts/xlsx/applySpec';
import { writeWorkbookFile } from '../../hosts/xlsx/file';
import { InputError } from '../errors';
import type { Io } from '../io';
import type { CliOptions } from '../main';
import { formatProblem } from '../problems';
import { loadPlanFile } from '../loadPlan';
import { t } from '../../core/i18n';

/** `kpi-tree build PLAN --out FILE.xlsx`: the workbook, written atomically, or nothing at all. */
export async function runBuild(args: readonly string[], options: CliOptions, io: Io, lang: Lang): Promise<number> {
  const planFile = args[0];
  if (planFile === undefined) throw InputError.of({ key: 'cli.missingArgument', params: { what: 'PLAN' } });
  if (options.out === undefined) throw InputError.of({ key: 'cli.missingArgument', params: { what: '--out FILE.xlsx' } });
  const out = path.resolve(io.cwd, options.out);
  const input = await loadPlanFile(path.resolve(io.cwd, planFile));
  const workbookLang = options.lang ?? input.model.lang ?? lang;
  const { spec, problems } = planWorkbook(input.model, workbookLang, input.problems, input.locate);
  if (spec === null) throw new InputError(problems.filter((p) => p.severity === 'error'));
  for (const p of problems) io.err(formatProblem(lang, p));
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'KPI Tree';
  applySpec(workbook, spec);
  try {
    await writeWorkbookFile(workbook, out);
  } catch (e) {
    throw InputError.of({ key: 'cli.writeFailed', params: { file: options.out, reason: (e as Error).message } });
  }
  io.out(t(lang, 'cli.wrote', { file: options.out }));
  return 0;
}
