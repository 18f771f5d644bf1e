import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Lang } from '../../core/i18n';
import { hasErrors } from '../../core/model/problem';
import { computeTargets } from '../../core/backcast/targets';
import { mergeTypedInputs } from '../../core/sync/mergeInputs';
import { InputError } from '../errors';
import type { Io } from '../io';
import type { CliOptions } from '../main';
import { loadWorkbookFile } from '../loadInput';
import { loadPlanFile } from '../loadPlan';
import { writeModel } from './writeModel';

/**
 * `kpi-tree build PLAN --out FILE.xlsx`: a new workbook, or an existing one updated
 * from the plan in place, keeping what people typed. Atomic, or nothing at all.
 */
export async function runBuild(args: readonly string[], options: CliOptions, io: Io, lang: Lang): Promise<number> {
  const planFile = args[0];
  if (planFile === undefined) throw InputError.of({ key: 'cli.missingArgument', params: { what: 'PLAN' } });
  if (options.out === undefined) throw InputError.of({ key: 'cli.missingArgument', params: { what: '--out FILE.xlsx' } });
  const out = path.resolve(io.cwd, options.out);
  const input = await loadPlanFile(path.resolve(io.cwd, planFile));
  // A bad plan is reported as such, before the file at --out is even opened.
  if (hasErrors(input.problems)) throw new InputError([...input.problems, ...computeTargets(input.model, input.locate).problems].filter((p) => p.severity === 'error'));
  const existing = existsSync(out) ? await loadWorkbookFile(out, lang) : undefined;
  const model = existing ? mergeTypedInputs(input.model, existing.model) : input.model;
  const workbookLang = options.lang ?? (existing ? existing.read.lang : undefined) ?? input.model.lang ?? lang;
  await writeModel(model, input.problems, input.locate, { file: out, shownAs: options.out, existing }, workbookLang, io, lang);
  return 0;
}
