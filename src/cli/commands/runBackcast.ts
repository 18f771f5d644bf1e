import path from 'node:path';
import { readTree } from '../../app/analysis';
import { targetsOf } from '../../app/targets';
import type { CliContext } from '../context';
import { loadInput } from '../loadInput';
import { formatProblem } from '../problems';
import { backcastJson, backcastText } from './backcast';

/** `kpi-tree backcast PLAN|FILE.xlsx [--format text|json]`: the targets the goal requires. */
export async function runBackcast(args: readonly string[], cli: CliContext): Promise<number> {
  const { options, io } = cli;
  const input = await loadInput(args[0] === undefined ? undefined : path.resolve(io.cwd, args[0]), args[0]);
  const plan = input.kind === 'plan' ? input.plan : await readTree(cli.app(input.host));
  const { backcast, problems } = targetsOf(plan);
  const outLang = cli.speak(plan.model.lang);
  for (const p of problems) io.err(formatProblem(outLang, p));
  io.out(
    options.format === 'json'
      ? JSON.stringify(backcastJson(plan.model, backcast, outLang), null, 2)
      : backcastText(plan.model, backcast, outLang),
  );
  return 0;
}
