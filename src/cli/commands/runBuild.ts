import path from 'node:path';
import { buildTree } from '../../app/build';
import { OperationError } from '../../app/errors';
import { targetsOf } from '../../app/targets';
import { t } from '../../core/i18n';
import type { CliContext } from '../context';
import { loadPlanFile } from '../loadPlan';
import { formatProblem } from '../problems';
import { updateWorkbookFile } from '../workbookFile';

/**
 * `kpi-tree build PLAN --out FILE.xlsx`: a new workbook, or an existing one updated
 * from the plan in place, keeping what people typed. Atomic, or nothing at all.
 */
export async function runBuild(args: readonly string[], cli: CliContext): Promise<number> {
  const { options, io } = cli;
  const planFile = args[0];
  if (planFile === undefined)
    throw OperationError.of({ key: 'cli.missingArgument', params: { what: 'PLAN' } });
  if (options.out === undefined)
    throw OperationError.of({ key: 'cli.missingArgument', params: { what: '--out FILE.xlsx' } });
  const shownAs = options.out;
  const plan = await loadPlanFile(path.resolve(io.cwd, planFile));
  // A bad plan is reported as such, before the file at --out is even opened.
  targetsOf(plan);
  const said = await updateWorkbookFile(
    cli,
    path.resolve(io.cwd, shownAs),
    shownAs,
    { create: true },
    async (host) => {
      const written = await buildTree(cli.app(host), plan, { sheetsLang: options.lang, onlyOverATree: true });
      const lang = cli.speak(written.lang);
      for (const p of written.problems) io.err(formatProblem(lang, p));
      return { result: lang, write: true };
    },
  );
  io.out(t(said, 'cli.wrote', { file: shownAs }));
  return 0;
}
