import { parseIsoWeekLabel } from '../calendar';
import type { LocalizedText } from '../i18n';
import { computeTargets } from '../backcast/targets';
import type { Model } from '../model/types';
import type { ReviewTab } from './findTabs';
import { isReviewWeek, jpHolidaysApply, resolveReviewWeek } from './week';

/** The tab of `week` to close or reopen: the plan month's when the week belongs to two months, else the only one. */
export function tabOfWeek(
  tabs: readonly ReviewTab[],
  week: string,
  model: Model | null,
): ReviewTab | LocalizedText {
  const parsed = parseIsoWeekLabel(week.trim());
  if (parsed === null) return { key: 'review.badWeek', params: { week } };
  const candidates = tabs.filter((tab) => tab.week === parsed.label);
  if (candidates.length === 0) return { key: 'review.noTab', params: { week: parsed.label } };
  if (candidates.length === 1 || model === null) return candidates[candidates.length - 1];
  const calendar = computeTargets(model).calendar;
  const resolved =
    calendar === null ? null : resolveReviewWeek(parsed.label, calendar, jpHolidaysApply(model));
  const month = resolved !== null && isReviewWeek(resolved) ? resolved.month : null;
  return candidates.find((tab) => tab.month === month) ?? candidates[candidates.length - 1];
}
