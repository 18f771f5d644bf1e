import path from 'node:path';
import { t, type Lang } from '../../core/i18n';
import { reviewSpec, reviewBlockers } from '../../core/review/reviewSpec';
import type { IsoDate } from '../../core/brand';
import { applySpec } from '../../hosts/xlsx/applySpec';
import { writeWorkbookFile } from '../../hosts/xlsx/file';
import { InputError } from '../errors';
import type { Io } from '../io';
import type { CliOptions } from '../main';
import { loadWorkbookFile } from '../loadInput';

/**
 * `kpi-tree review FILE.xlsx --week YYYY-Www`: writes (or refreshes) the week's review
 * tab and the history sheet, keeping every actual, answer and action people typed.
 */
export async function runReview(args: readonly string[], options: CliOptions, io: Io, lang: Lang, today: Date = new Date()): Promise<number> {
  const file = args[0];
  if (file === undefined) throw InputError.of({ key: 'cli.missingArgument', params: { what: 'FILE.xlsx' } });
  if (options.week === undefined) throw InputError.of({ key: 'cli.missingArgument', params: { what: '--week YYYY-Www' } });
  const full = path.resolve(io.cwd, file);
  const loaded = await loadWorkbookFile(full, lang);
  const workbookLang = options.lang ?? loaded.read.lang;
  // The day where the person is: in Japan the UTC date is still yesterday until 09:00.
  const generatedOn = localDate(today);
  // A damaged tree: every error with its cell, then why nothing was written.
  const blockers = reviewBlockers(loaded.model, loaded.problems, loaded.locate);
  if (blockers.length > 0) throw new InputError([...blockers, ...InputError.of({ key: 'review.damagedTreeListed', params: { count: blockers.length } }).problems]);
  const plan = reviewSpec({ model: loaded.model, problems: loaded.problems, locate: loaded.locate, data: loaded.data, lang: workbookLang, week: options.week, generatedOn });
  if ('key' in plan) throw InputError.of(plan, { field: '--week' });

  const { workbook } = loaded;
  applySpec(workbook, plan.spec);
  try {
    await writeWorkbookFile(workbook, full, { backup: true });
  } catch (e) {
    throw InputError.of({ key: 'cli.writeFailed', params: { file, reason: (e as Error).message } });
  }
  io.out(t(lang, plan.existed ? 'review.refreshed' : 'review.wrote', { sheet: plan.sheetName, file }));
  return 0;
}

/**
 * A date as the local calendar shows it, `YYYY-MM-DD`. `offsetMinutes` is the zone's
 * `getTimezoneOffset()` (−540 in Japan), the machine's own by default.
 */
export function localDate(d: Date, offsetMinutes: number = d.getTimezoneOffset()): IsoDate {
  return new Date(d.getTime() - offsetMinutes * 60_000).toISOString().slice(0, 10) as IsoDate;
}
