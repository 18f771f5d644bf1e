import { readWorkbook } from '../core/reader/readWorkbook';
import { notATree } from './analysis';
import { decideBuild, decideRefresh, writtenOf, type Outcome, type Written } from './build';
import type { AppContext, WriteOptions } from './context';
import { thisMonthsTemplate } from './templates';

/**
 * The ribbon's *Build tree*: the tree rebuilt in place when the workbook has one, else the
 * new-business funnel for this month (what the Start view would build with its defaults).
 * A damaged tree is reported, not built over.
 */
export async function buildOrRefresh(ctx: AppContext, options: WriteOptions = {}): Promise<Written> {
  return writtenOf(
    await ctx.host.update<Outcome>((data) => {
      const read = readWorkbook(data, ctx.lang);
      if (read.model !== null) return decideRefresh(read, data, ctx.today());
      const damage = notATree(read.problems, read.lang);
      if (damage.problems.some((p) => p.message.key !== 'reader.noTreeSheet'))
        return { spec: null, result: damage };
      return decideBuild(
        ctx,
        { model: thisMonthsTemplate('sales-funnel', ctx.lang, ctx.today()) },
        options,
        read,
        data,
      );
    }, options.onProgress),
  );
}
