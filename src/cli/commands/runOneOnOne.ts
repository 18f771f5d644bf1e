import path from 'node:path';
import { OperationError } from '../../app/errors';
import { writeOneOnOne } from '../../app/oneOnOne';
import { t } from '../../core/i18n';
import type { CliContext } from '../context';
import { updateWorkbookFile } from '../workbookFile';

/**
 * `kpi-tree oneonone FILE.xlsx --member ID --week YYYY-Www`: writes (or refreshes) the
 * member's 1on1 tab for the week, keeping everything typed in it. The actions decided
 * there go into the week's review tab with the next `kpi-tree review`.
 */
export async function runOneOnOne(args: readonly string[], cli: CliContext): Promise<number> {
  const { options, io } = cli;
  const file = args[0];
  if (file === undefined)
    throw OperationError.of({ key: 'cli.missingArgument', params: { what: 'FILE.xlsx' } });
  const member = options.member;
  if (member === undefined)
    throw OperationError.of({ key: 'cli.missingArgument', params: { what: '--member ID' } });
  const week = options.week;
  if (week === undefined)
    throw OperationError.of({ key: 'cli.missingArgument', params: { what: '--week YYYY-Www' } });
  const full = path.resolve(io.cwd, file);
  const done = await updateWorkbookFile(cli, full, file, {}, async (host) => ({
    result: await writeOneOnOne(cli.app(host), { member, week, sheetsLang: options.lang }),
    write: true,
  }));
  const lang = cli.speak(done.lang);
  io.out(t(lang, done.existed ? 'oneonone.refreshed' : 'oneonone.wrote', { sheet: done.sheet, file }));
  return 0;
}
