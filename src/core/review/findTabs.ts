import { isoWeekStart, parseIsoWeekLabel } from '../calendar';
import { addDays, monthOf, parseIsoMonth } from '../calendar/date';
import { LANGS, t } from '../i18n';
import { parseRange } from '../layout/a1';
import { weekOfSheetName } from '../layout/reviewColumns';
import { compareIdentities, parseReviewIdentityName, type ReviewIdentity } from '../layout/reviewIdentity';
import { readText } from '../reader/cells';
import { cellAt, type SheetData, type WorkbookData } from '../reader/workbookData';
import { reviewTabShape } from './tabShape';

/** A review tab of the workbook: its sheet as it is named now, and what it is. */
export interface ReviewTab extends ReviewIdentity {
  readonly sheet: string;
  /** The last row of the tab's region, from its identity; null for a tab of an earlier version. */
  readonly end: number | null;
}

const PREFIXES = LANGS.map((l) => t(l, 'review.sheetName', { week: '' }));

/**
 * Every review tab of a workbook, in the order the weeks were reviewed. A tab is known by
 * its identity (a defined name carrying its week and month that points into it), whatever
 * people renamed it to; a tab made before tabs had one is known by its name
 * (`週次レビュー 2026-W50`) and the month its top block names. One tab per week and month.
 */
export function findReviewTabs(data: WorkbookData): ReviewTab[] {
  const tabs: ReviewTab[] = [];
  const taken = new Set<string>();
  const claim = (tab: ReviewTab): void => {
    if (taken.has(tab.sheet) || tabs.some((x) => x.week === tab.week && x.month === tab.month)) return;
    taken.add(tab.sheet);
    tabs.push(tab);
  };
  for (const n of data.names) {
    const id = parseReviewIdentityName(n.name);
    const rect = parseRange(n.range);
    if (id === null || n.sheet === null || rect === null || !data.sheets.some((s) => s.name === n.sheet))
      continue;
    claim({ ...id, sheet: n.sheet, end: rect.row2 });
  }
  for (const s of data.sheets) {
    const week = weekOfSheetName(s.name);
    if (week === null || taken.has(s.name) || !PREFIXES.some((p) => s.name === `${p}${week}`)) continue;
    const month = monthOfOlderTab(s, week);
    if (month !== null) claim({ week, month, sheet: s.name, end: null });
  }
  return tabs.sort(compareIdentities);
}

/** The month a tab of an earlier version was made for: what its top block says, else the month of the week's Thursday. */
function monthOfOlderTab(sheet: SheetData, week: string): string | null {
  const shape = reviewTabShape(sheet);
  const row = shape.top.month;
  const said =
    row === undefined
      ? undefined
      : readText(cellAt(sheet, row, shape.columns.name ?? shape.topLabelColumn + 1));
  if (said !== undefined && parseIsoMonth(said) !== null) return said;
  const parsed = parseIsoWeekLabel(week);
  return parsed === null ? null : monthOf(addDays(isoWeekStart(parsed.year, parsed.week), 3));
}
