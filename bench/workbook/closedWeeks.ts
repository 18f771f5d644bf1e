/**
 * Closed weeks in the workbooks measured: every week but the last `OPEN_WEEKS` is closed
 * through the app's own operation (`closeReviews`, what `kpi-tree review --close` and the
 * pane run), so each of those tabs keeps the numbers it was reviewed with as values and
 * the history reads them from there, as a team's workbook holds them after a year.
 */
import type ExcelJS from 'exceljs';
import { closeReviews } from '../../src/app/review';
import type { IsoDate } from '../../src/core/brand';
import type { Lang } from '../../src/core/i18n';
import { createMemoryHost } from '../../src/hosts/xlsx/memoryHost';
import { BenchInputError } from '../pipeline';

/** Weeks left open at the end of the year: the "all but the last four weeks closed". */
export const OPEN_WEEKS = 4;

/** The day the weeks are closed on (the last review of the year), so every run writes the same file. */
const CLOSED_ON = '2026-12-25' as IsoDate;

/** Closes `weeks` in `workbook` (in place) and gives how many were closed. */
export async function closeReviewedWeeks(
  workbook: ExcelJS.Workbook,
  weeks: readonly string[],
  lang: Lang = 'ja',
): Promise<number> {
  if (weeks.length === 0) return 0;
  const host = createMemoryHost(workbook);
  const done = await closeReviews({ host, lang, today: () => CLOSED_ON }, { weeks });
  if (done.closed.length + done.already.length !== weeks.length)
    throw new BenchInputError(`closed ${done.closed.length} of ${weeks.length} weeks`);
  return done.closed.length;
}
