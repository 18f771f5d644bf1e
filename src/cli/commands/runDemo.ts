import path from 'node:path';
import type { CliContext } from '../context';
import { runBackcast } from './runBackcast';
import { runBuild } from './runBuild';

/** The bundled example, resolved from the installed package, not the working directory. */
export const EXAMPLES_DIR = path.resolve(__dirname, '..', '..', '..', 'examples');

/** `kpi-tree demo`: writes kpi-tree-demo.xlsx from the sales-funnel example and prints its targets. */
export async function runDemo(_args: readonly string[], cli: CliContext): Promise<number> {
  const plan = path.join(EXAMPLES_DIR, 'sales-funnel.yaml');
  const out = cli.options.out ?? 'kpi-tree-demo.xlsx';
  const built = await runBuild([plan], { ...cli, options: { ...cli.options, out } });
  if (built !== 0) return built;
  return runBackcast([plan], cli);
}
