import path from 'node:path';
import { OperationError } from '../../app/errors';
import { closeReviews, reopenReview, writeReview } from '../../app/review';
import { t } from '../../core/i18n';
import type { CliContext } from '../context';
import { openWorkbookFile, saveWorkbookFile } from '../workbookFile';

/**
 * `kpi-tree review FILE.xlsx --week YYYY-Www`: writes (or refreshes) the week's review
 * tab and the history sheet, keeping every actual, answer and action people typed.
 * `--close` closes the week (its numbers stay as reviewed), `--reopen` makes them live
 * again. A closed week is not refreshed (exit 2, file unchanged) until it is reopened.
 */
export async function runReview(args: readonly string[], cli: CliContext): Promise<number> {
  const { options, io } = cli;
  const file = args[0];
  if (file === undefined)
    throw OperationError.of({ key: 'cli.missingArgument', params: { what: 'FILE.xlsx' } });
  if (options.week === undefined)
    throw OperationError.of({ key: 'cli.missingArgument', params: { what: '--week YYYY-Www' } });
  if (options.close && options.reopen) throw OperationError.of({ key: 'cli.closeOrReopen' });
  const full = path.resolve(io.cwd, file);
  const host = await openWorkbookFile(full);
  const app = cli.app(host);
  const save = (): Promise<void> => saveWorkbookFile(host, full, { backup: true, shownAs: file });

  if (options.close) {
    const done = await closeReviews(app, { weeks: [options.week] });
    if (done.report !== null) await save();
    const lang = cli.speak(done.lang);
    for (const sheet of done.closed) io.out(t(lang, 'review.closedTab', { sheet, file }));
    for (const sheet of done.already) io.out(t(lang, 'review.alreadyClosed', { sheet }));
    return 0;
  }
  const done = options.reopen
    ? await reopenReview(app, { week: options.week, sheetsLang: options.lang })
    : await writeReview(app, { week: options.week, sheetsLang: options.lang });
  const lang = cli.speak(done.lang);
  await save();
  io.out(
    t(lang, options.reopen ? 'review.reopened' : done.existed ? 'review.refreshed' : 'review.wrote', {
      sheet: done.sheet,
      file,
    }),
  );
  return 0;
}
