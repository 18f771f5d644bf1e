import type { Lang } from '../core/i18n';
import { readWorkbook } from '../core/reader/readWorkbook';
import { findReviewTabs } from '../core/review';
import { markersOf } from '../hosts/edit/pageSetup';
import { notATree } from './analysis';
import type { AppContext } from './context';
import { defaultWeek, writeReview, type ReviewOptions } from './review';

/** A review tab ready to print: shown, with its page setup (A4 landscape, one page wide). */
export interface PrintReady {
  readonly sheet: string;
  readonly week: string;
  /** True when the tab was written first: the week had none, or it had no page setup of the tool's yet. */
  readonly written: boolean;
  /** The language of the workbook's sheets. */
  readonly lang: Lang;
}

/**
 * "Print this week's review": shows the week's review tab (this week by default), writing
 * it first when the week has none. Printing itself is the person's: the Excel JavaScript
 * API has no call that opens Excel's print dialog, so inside Excel the door asks for
 * Ctrl+P (⌘P on a Mac), and in standalone mode it downloads the workbook opening on the
 * tab. A tab that already prints as the tool set it up is not written again: printing
 * changes nothing in the workbook. One written by an earlier version (without a page
 * setup) is refreshed first, keeping everything typed in it.
 */
export async function printReview(ctx: AppContext, options: ReviewOptions = {}): Promise<PrintReady> {
  const data = await ctx.host.read();
  const read = readWorkbook(data, ctx.lang);
  if (read.model === null) throw notATree(read.problems, read.lang);
  const week = options.week ?? defaultWeek(read.model, read.locate, ctx.today());
  const tab = findReviewTabs(data).find((t) => t.week === week);
  const marked =
    markersOf(
      data.names.map((n) => n.name),
      `review:${week}`,
    ).length > 0;
  if (tab && marked) {
    await ctx.host.select(tab.sheet, 'A1');
    return { sheet: tab.sheet, week, written: false, lang: read.lang };
  }
  const written = await writeReview(ctx, { ...options, week });
  return { sheet: written.sheet, week, written: true, lang: written.lang };
}
