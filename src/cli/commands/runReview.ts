import path from 'node:path';
import { OperationError } from '../../app/errors';
import { writeReview } from '../../app/review';
import { t } from '../../core/i18n';
import type { CliContext } from '../context';
import { openWorkbookFile, saveWorkbookFile } from '../workbookFile';

/**
 * `kpi-tree review FILE.xlsx --week YYYY-Www`: writes (or refreshes) the week's review
 * tab and the history sheet, keeping every actual, answer and action people typed.
 */
export async function runReview(args: readonly string[], cli: CliContext): Promise<number> {
  const { options, io } = cli;
  const file = args[0];
  if (file === undefined)
    throw OperationError.of({ key: 'cli.missingArgument', params: { what: 'FILE.xlsx' } });
  if (options.week === undefined)
    throw OperationError.of({ key: 'cli.missingArgument', params: { what: '--week YYYY-Www' } });
  const full = path.resolve(io.cwd, file);
  const host = await openWorkbookFile(full);
  const done = await writeReview(cli.app(host), { week: options.week, sheetsLang: options.lang });
  await saveWorkbookFile(host, full, { backup: true, shownAs: file });
  io.out(
    t(cli.speak(done.lang), done.existed ? 'review.refreshed' : 'review.wrote', { sheet: done.sheet, file }),
  );
  return 0;
}
