import type { WorkbookAnalysis } from '../core/analyze';
import type { Lang } from '../core/i18n';
import { memberWeek, type MemberWeekRow } from '../core/review/memberWeek';
import { kgiGap, type KgiGap } from '../core/review/kgiGap';
import { rateGaps, type RateGap } from '../core/review/rateGaps';
import { reviewStatus, type ReviewStatus } from '../core/review/status';
import { reviewSummary, type ReviewSummary } from '../core/review/summary';

/** What the pane's Review view shows of a week: its tab and state, the review before, and the re-plan. */
export interface ReviewOverview {
  readonly status: ReviewStatus;
  /** The re-planned figures of the KGI and of the nodes furthest behind; null without a usable plan. */
  readonly summary: ReviewSummary | null;
  /** The hypotheses furthest from the rates the month's actuals give (empty until actuals are in). */
  readonly rates: readonly RateGap[];
  /** The KGI's to-date gap split into its drivers; null without a usable plan or a KGI. */
  readonly gap: KgiGap | null;
}

/** A week as the Review view shows it, read from the workbook the pane has read (nothing is written). */
export function reviewOverview(analysis: WorkbookAnalysis, week: string): ReviewOverview {
  return {
    status: reviewStatus(analysis.data, week, analysis.model),
    summary: analysis.model === null ? null : reviewSummary(analysis.model, analysis.data, week),
    rates: analysis.model === null ? [] : rateGaps(analysis.model, analysis.data, week),
    gap: analysis.model === null ? null : kgiGap(analysis.model, analysis.data, week),
  };
}

/**
 * One member's week as the Review view shows it when a member is chosen: their own weekly
 * targets, the actuals in their columns of the week's tab, their status; what is left of
 * their month's target, their month-end forecast and their hint, in `lang`. Empty for the
 * whole team (`null`) or someone no longer on it.
 */
export function memberReview(
  analysis: WorkbookAnalysis,
  week: string,
  member: string | null,
  lang: Lang,
): readonly MemberWeekRow[] {
  if (member === null || analysis.model === null) return [];
  return memberWeek(analysis.model, analysis.data, week, member, lang);
}
