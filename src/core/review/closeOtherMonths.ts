import type { IsoDate } from '../brand';
import type { Lang } from '../i18n';
import type { WorkbookSpec } from '../layout/spec';
import type { Problem } from '../model/problem';
import type { WorkbookData } from '../reader/workbookData';
import { closeTabsSpec } from './closeTab';
import { readTabs } from './tabsRead';

/**
 * A new month is a new month: when the plan's month changes, the review tabs of the month
 * it leaves are closed with the numbers they show (the previous month's targets, actuals
 * and verdicts), since their live formulas would now read the new month's weeks. A week of
 * two months (2026-W53) keeps its December tab as it is; January's review of it is a tab
 * of its own. Says which tabs were closed, as a warning.
 */
export function closeOtherMonths(
  data: WorkbookData,
  month: string,
  lang: Lang,
  on: IsoDate,
): { spec: WorkbookSpec | null; problems: Problem[] } {
  const all = readTabs(data);
  const others = all.tabs.filter((tab) => tab.month !== month && !all.read(tab).closed);
  if (others.length === 0) return { spec: null, problems: [] };
  const closing = closeTabsSpec(data, lang, others, on, null, all);
  const months = [...new Set(closing.closed.map((tab) => tab.month))].join(', ');
  return {
    spec: closing.spec,
    problems: [
      {
        code: 'sheet',
        severity: 'warning',
        message: {
          key: 'review.closedForMonth',
          params: { sheets: closing.closed.map((tab) => tab.sheet).join(', '), months, month },
        },
      },
    ],
  };
}
