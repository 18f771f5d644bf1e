import type { IsoDate } from '../core/brand';
import type { Lang } from '../core/i18n';
import { computeTargets } from '../core/backcast/targets';
import { readWorkbook } from '../core/reader/readWorkbook';
import { reviewSpec, reviewBlockers } from '../core/review/reviewSpec';
import { reviewWeekChoices } from '../core/review/status';
import type { ApplyReport } from '../hosts/port';
import { notATree } from './analysis';
import type { AppContext, WriteOptions } from './context';
import { OperationError } from './errors';

export interface ReviewOptions extends WriteOptions {
  /** The ISO week (`2026-W50`); by default this week, or the plan's week nearest today. */
  readonly week?: string;
  /** The sheets' language asked for explicitly (the CLI's `--lang`); by default the workbook's. */
  readonly sheetsLang?: Lang;
}

export interface ReviewWritten {
  readonly sheet: string;
  readonly week: string;
  /** True when the week had a tab already, refreshed in place with everything typed kept. */
  readonly existed: boolean;
  readonly report: ApplyReport;
  /** The language of the workbook's sheets. */
  readonly lang: Lang;
}

/**
 * Writes (or refreshes) a week's review tab and the history sheet, keeping every actual,
 * answer and action people typed, and shows the tab. Refused, with nothing written, for a
 * workbook without a tree, a damaged tree (every error with its cell) or a week the plan
 * does not reach.
 */
export async function writeReview(ctx: AppContext, options: ReviewOptions = {}): Promise<ReviewWritten> {
  const generatedOn: IsoDate = ctx.today();
  const { result, report } = await ctx.host.update<Omit<ReviewWritten, 'report'> | OperationError>((data) => {
    const read = readWorkbook(data, ctx.lang);
    if (read.model === null) return { spec: null, result: notATree(read.problems, read.lang) };
    const blockers = reviewBlockers(read.model, read.problems, read.locate);
    if (blockers.length > 0) {
      return {
        spec: null,
        result: new OperationError(
          [
            ...blockers,
            {
              code: 'refused',
              severity: 'error',
              message: { key: 'review.damagedTreeListed', params: { count: blockers.length } },
            },
          ],
          read.lang,
        ),
      };
    }
    const week = options.week ?? defaultWeek(read.model, read.locate, generatedOn);
    const lang = options.sheetsLang ?? read.lang;
    const review = reviewSpec({
      model: read.model,
      problems: read.problems,
      locate: read.locate,
      data,
      lang,
      week,
      generatedOn,
    });
    if ('key' in review) return { spec: null, result: OperationError.of(review, {}, lang) };
    return {
      spec: review.spec,
      result: { sheet: review.sheetName, week, existed: review.existed, lang },
      select: { sheet: review.sheetName, address: 'A1' },
    };
  }, options.onProgress);
  if (result instanceof OperationError) throw result;
  if (report === null) throw new Error('The review was planned but not written.');
  return { ...result, report };
}

/** This week when the plan accepts it, else the plan's week nearest today. */
export function defaultWeek(
  model: NonNullable<ReturnType<typeof readWorkbook>['model']>,
  locate: ReturnType<typeof readWorkbook>['locate'],
  today: IsoDate,
): string {
  const calendar = computeTargets(model, locate).calendar;
  return calendar === null ? '' : reviewWeekChoices(model, calendar, today).chosen;
}
