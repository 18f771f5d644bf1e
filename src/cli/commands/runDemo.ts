import path from 'node:path';
import type { Lang } from '../../core/i18n';
import type { Io } from '../io';
import type { CliOptions } from '../main';
import { runBackcast } from './runBackcast';
import { runBuild } from './runBuild';

/** The bundled example, resolved from the installed package, not the working directory. */
export const EXAMPLES_DIR = path.resolve(__dirname, '..', '..', '..', 'examples');

/** `kpi-tree demo`: writes kpi-tree-demo.xlsx from the sales-funnel example and prints its targets. */
export async function runDemo(_args: readonly string[], options: CliOptions, io: Io, lang: Lang): Promise<number> {
  const plan = path.join(EXAMPLES_DIR, 'sales-funnel.yaml');
  const out = options.out ?? 'kpi-tree-demo.xlsx';
  const built = await runBuild([plan], { ...options, out }, io, lang);
  if (built !== 0) return built;
  return runBackcast([plan], { ...options, format: options.format }, io, lang);
}
