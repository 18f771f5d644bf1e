import path from 'node:path';
import { OperationError } from '../../app/errors';
import { writeReview } from '../../app/review';
import { t } from '../../core/i18n';
import type { CliContext } from '../context';
import { updateWorkbookFile } from '../workbookFile';

/**
 * `kpi-tree review FILE.xlsx --week YYYY-Www`: writes (or refreshes) the week's review
 * tab and the history sheet, keeping every actual, answer and action people typed.
 */
export async function runReview(args: readonly string[], cli: CliContext): Promise<number> {
  const { options, io } = cli;
  const file = args[0];
  if (file === undefined)
    throw OperationError.of({ key: 'cli.missingArgument', params: { what: 'FILE.xlsx' } });
  const week = options.week;
  if (week === undefined)
    throw OperationError.of({ key: 'cli.missingArgument', params: { what: '--week YYYY-Www' } });
  const done = await updateWorkbookFile(cli, path.resolve(io.cwd, file), file, {}, async (host) => ({
    result: await writeReview(cli.app(host), { week, sheetsLang: options.lang }),
    write: true,
  }));
  io.out(
    t(cli.speak(done.lang), done.existed ? 'review.refreshed' : 'review.wrote', { sheet: done.sheet, file }),
  );
  return 0;
}
