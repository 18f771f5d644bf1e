import type { IsoDate } from '../core/brand';
import type { Lang } from '../core/i18n';
import { computeTargets } from '../core/backcast/targets';
import { readWorkbook, type ReadWorkbookResult } from '../core/reader/readWorkbook';
import type { WorkbookData } from '../core/reader/workbookData';
import { closeTabsSpec, tabOfWeek } from '../core/review/closeTab';
import type { ReviewTab } from '../core/review/findTabs';
import { reviewSpec, reviewBlockers } from '../core/review/reviewSpec';
import { readTabs } from '../core/review/tabsRead';
import { reviewStatus, reviewWeekChoices, type ReviewStatus } from '../core/review/status';
import { reviewSummary, type ReviewSummary } from '../core/review/summary';
import { rateGaps, type RateGap } from '../core/review/rateGaps';
import type { WorkbookAnalysis } from '../core/analyze';
import type { ApplyReport, Decision } from '../hosts/port';
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
 * does not reach, and for a closed week or a week reviewed for another month (each keeps
 * its numbers).
 */
export async function writeReview(ctx: AppContext, options: ReviewOptions = {}): Promise<ReviewWritten> {
  return reviewOperation(ctx, options, false);
}

/**
 * Reopens a closed week (`kpi-tree review --reopen`, the pane's Reopen): its targets,
 * to-date figures, re-plan, forecast and hints are live formulas again, refreshed from the
 * tree as it stands. Only a week of the plan's month: another month's tab keeps its numbers.
 */
export async function reopenReview(
  ctx: AppContext,
  options: ReviewOptions & { readonly week: string },
): Promise<ReviewWritten> {
  return reviewOperation(ctx, options, true);
}

async function reviewOperation(
  ctx: AppContext,
  options: ReviewOptions,
  reopen: boolean,
): Promise<ReviewWritten> {
  const generatedOn: IsoDate = ctx.today();
  const { result, report } = await ctx.host.update<Omit<ReviewWritten, 'report'> | OperationError>((data) => {
    const read = readWorkbook(data, ctx.lang);
    const refused = refusal(read);
    if (refused) return { spec: null, result: refused };
    const model = read.model as NonNullable<ReadWorkbookResult['model']>;
    const week = options.week ?? defaultWeek(model, read.locate, generatedOn);
    const lang = options.sheetsLang ?? read.lang;
    if (reopen) {
      const problem = notReopenable(data, model, week, lang);
      if (problem !== null) return { spec: null, result: problem };
    }
    const review = reviewSpec({
      model,
      problems: read.problems,
      locate: read.locate,
      data,
      lang,
      week,
      generatedOn,
      reopen,
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

/** A workbook whose review cannot be made: no tree, or a damaged one (every error with its cell). */
function refusal(read: ReadWorkbookResult): OperationError | null {
  if (read.model === null) return notATree(read.problems, read.lang);
  const blockers = reviewBlockers(read.model, read.problems, read.locate);
  if (blockers.length === 0) return null;
  return new OperationError(
    [
      ...blockers,
      {
        code: 'refused',
        severity: 'error',
        message: { key: 'review.damagedTreeListed', params: { count: blockers.length } },
      },
    ],
    read.lang,
  );
}

/** Why a week cannot be reopened: it has no tab, its tab is not closed, or it is another month's. */
function notReopenable(
  data: WorkbookData,
  model: NonNullable<ReadWorkbookResult['model']>,
  week: string,
  lang: Lang,
): OperationError | null {
  const all = readTabs(data);
  const tab = tabOfWeek(all.tabs, week, model);
  if ('key' in tab) return OperationError.of(tab, {}, lang);
  if (!all.read(tab).closed)
    return OperationError.of({ key: 'review.notClosed', params: { sheet: tab.sheet } }, {}, lang);
  if (tab.month !== model.month)
    return OperationError.of(
      { key: 'review.reopenOtherMonth', params: { sheet: tab.sheet, month: tab.month, plan: model.month } },
      {},
      lang,
    );
  return null;
}

export interface ReviewsClosed {
  /** The tabs closed now (their sheets). */
  readonly closed: readonly string[];
  /** The tabs that were closed already. */
  readonly already: readonly string[];
  readonly report: ApplyReport | null;
  readonly lang: Lang;
}

/**
 * Closes weeks (`kpi-tree review --close`, the pane's Close, and its offer to close the
 * weeks that have ended): each tab keeps the numbers it shows now, marked 確定 / Closed
 * with today's date; what people type stays editable. `sync`, `build` and a refresh leave
 * a closed tab's numbers as they are; `reopenReview` makes them live again.
 */
export async function closeReviews(
  ctx: AppContext,
  options: WriteOptions & { readonly weeks: readonly string[] },
): Promise<ReviewsClosed> {
  const on = ctx.today();
  const { result, report } = await ctx.host.update<Omit<ReviewsClosed, 'report'> | OperationError>(
    (data): Decision<Omit<ReviewsClosed, 'report'> | OperationError> => {
      const read = readWorkbook(data, ctx.lang);
      if (read.model === null) return { spec: null, result: notATree(read.problems, read.lang) };
      const all = readTabs(data);
      const tabs: ReviewTab[] = [];
      for (const week of options.weeks) {
        const tab = tabOfWeek(all.tabs, week, read.model);
        if ('key' in tab) return { spec: null, result: OperationError.of(tab, {}, read.lang) };
        tabs.push(tab);
      }
      const closing = closeTabsSpec(data, read.lang, tabs, on, read.model, all);
      const outcome = {
        closed: closing.closed.map((t) => t.sheet),
        already: closing.already.map((t) => t.sheet),
        lang: read.lang,
      };
      if (closing.closed.length === 0) return { spec: null, result: outcome };
      return {
        spec: closing.spec,
        result: outcome,
        select: { sheet: closing.closed[0].sheet, address: 'A1' },
      };
    },
    options.onProgress,
  );
  if (result instanceof OperationError) throw result;
  return { ...result, report };
}

/** This week when the plan accepts it, else the plan's week nearest today. */
export function defaultWeek(
  model: NonNullable<ReadWorkbookResult['model']>,
  locate: ReadWorkbookResult['locate'],
  today: IsoDate,
): string {
  const calendar = computeTargets(model, locate).calendar;
  return calendar === null ? '' : reviewWeekChoices(model, calendar, today).chosen;
}

/** What the pane's Review view shows of a week: its tab and state, the review before, and the re-plan. */
export interface ReviewOverview {
  readonly status: ReviewStatus;
  /** The re-planned figures of the KGI and of the nodes furthest behind; null without a usable plan. */
  readonly summary: ReviewSummary | null;
  /** The hypotheses furthest from the rates the month's actuals give (empty until actuals are in). */
  readonly rates: readonly RateGap[];
}

/** A week as the Review view shows it, read from the workbook the pane has read (nothing is written). */
export function reviewOverview(analysis: WorkbookAnalysis, week: string): ReviewOverview {
  return {
    status: reviewStatus(analysis.data, week, analysis.model),
    summary: analysis.model === null ? null : reviewSummary(analysis.model, analysis.data, week),
    rates: analysis.model === null ? [] : rateGaps(analysis.model, analysis.data, week),
  };
}
