import path from 'node:path';
import type { Lang } from '../../core/i18n';
import { InputError } from '../errors';
import type { Io } from '../io';
import type { CliOptions } from '../main';
import { loadWorkbookFile } from '../loadInput';
import { writeModel } from './writeModel';

/** `kpi-tree sync FILE.xlsx`: regenerate the generated parts from the workbook's own tree. */
export async function runSync(args: readonly string[], options: CliOptions, io: Io, lang: Lang): Promise<number> {
  const file = args[0];
  if (file === undefined) throw InputError.of({ key: 'cli.missingArgument', params: { what: 'FILE.xlsx' } });
  const full = path.resolve(io.cwd, file);
  const existing = await loadWorkbookFile(full, lang);
  await writeModel(existing.model, existing.problems, existing.locate, { file: full, shownAs: file, existing }, existing.read.lang, io, lang);
  return 0;
}
