import path from 'node:path';
import type { Lang } from '../../core/i18n';
import { hasErrors } from '../../core/model/problem';
import { computeTargets } from '../../core/backcast/targets';
import { InputError } from '../errors';
import type { Io } from '../io';
import type { CliOptions } from '../main';
import { formatProblem } from '../problems';
import { loadInput } from '../loadInput';
import { backcastJson, backcastText } from './backcast';

/** `kpi-tree backcast PLAN|FILE.xlsx [--format text|json]`: the targets the goal requires. */
export async function runBackcast(args: readonly string[], options: CliOptions, io: Io, lang: Lang): Promise<number> {
  const input = await loadInput(args[0] === undefined ? undefined : path.resolve(io.cwd, args[0]), lang);
  const planned = computeTargets(input.model, input.locate);
  const problems = [...input.problems, ...planned.problems];
  if (hasErrors(problems) || planned.backcast === null) throw new InputError(problems.filter((p) => p.severity === 'error'));
  for (const p of problems) io.err(formatProblem(lang, p));
  const outLang = options.lang ?? input.model.lang ?? lang;
  io.out(options.format === 'json' ? JSON.stringify(backcastJson(input.model, planned.backcast), null, 2) : backcastText(input.model, planned.backcast, outLang));
  return 0;
}
