import path from 'node:path';
import { refreshWorkbook } from '../../app/build';
import { OperationError } from '../../app/errors';
import { t } from '../../core/i18n';
import type { CliContext } from '../context';
import { formatProblem } from '../problems';
import { updateWorkbookFile } from '../workbookFile';

/** `kpi-tree sync FILE.xlsx`: regenerate the generated parts from the workbook's own tree. */
export async function runSync(args: readonly string[], cli: CliContext): Promise<number> {
  const { io } = cli;
  const file = args[0];
  if (file === undefined)
    throw OperationError.of({ key: 'cli.missingArgument', params: { what: 'FILE.xlsx' } });
  const said = await updateWorkbookFile(cli, path.resolve(io.cwd, file), file, {}, async (host) => {
    const written = await refreshWorkbook(cli.app(host));
    const lang = cli.speak(written.lang);
    for (const p of written.problems) io.err(formatProblem(lang, p));
    return { result: lang, write: true };
  });
  io.out(t(said, 'cli.wrote', { file }));
  return 0;
}
