import path from 'node:path';
import { OperationError } from '../../app/errors';
import { closeReviews, reopenReview, writeReview } from '../../app/review';
import { t } from '../../core/i18n';
import type { CliContext } from '../context';
import { updateWorkbookFile } from '../workbookFile';

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
  const week = options.week;
  if (week === undefined)
    throw OperationError.of({ key: 'cli.missingArgument', params: { what: '--week YYYY-Www' } });
  if (options.close && options.reopen) throw OperationError.of({ key: 'cli.closeOrReopen' });
  const full = path.resolve(io.cwd, file);

  if (options.close) {
    const done = await updateWorkbookFile(cli, full, file, {}, async (host) => {
      const closed = await closeReviews(cli.app(host), { weeks: [week] });
      return { result: closed, write: closed.report !== null };
    });
    const lang = cli.speak(done.lang);
    for (const sheet of done.closed) io.out(t(lang, 'review.closedTab', { sheet, file }));
    for (const sheet of done.already) io.out(t(lang, 'review.alreadyClosed', { sheet }));
    return 0;
  }
  const done = await updateWorkbookFile(cli, full, file, {}, async (host) => ({
    result: options.reopen
      ? await reopenReview(cli.app(host), { week, sheetsLang: options.lang })
      : await writeReview(cli.app(host), { week, sheetsLang: options.lang }),
    write: true,
  }));
  const lang = cli.speak(done.lang);
  io.out(
    t(lang, options.reopen ? 'review.reopened' : done.existed ? 'review.refreshed' : 'review.wrote', {
      sheet: done.sheet,
      file,
    }),
  );
  return 0;
}
