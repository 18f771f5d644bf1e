import { t, type Lang } from '../i18n';

/**
 * Where things stand on a weekly review tab: its rows and columns, what its dropdowns
 * accept, and its name. The tab's layout (`review/layoutTab.ts`), its reader
 * (`review/readTab.ts`) and the history sheet rely on it.
 */
export const REVIEW = {
  headerRow: 10,
  firstRow: 11,
  /** Rows the history and month-to-date formulas look at, at least (`reviewReadEnd`). */
  lastRow: 500,
  col: {
    id: 1,
    name: 2,
    level: 3,
    owner: 4,
    target: 5,
    actual: 6,
    achievement: 7,
    status: 8,
    mtdTarget: 9,
    mtdActual: 10,
    hint: 11,
    q1: 12,
    q2: 13,
    q3: 14,
  },
  action: { issue: 1, action: 2, owner: 3, due: 4, status: 5, fromWeek: 6 },
  /** Empty action rows offered beyond the carried ones. */
  spareActions: 10,
} as const;

export const ACTION_STATUS_KEYS = [
  'review.actions.notStarted',
  'review.actions.inProgress',
  'review.actions.done',
] as const;
export const CAUSE_KEYS = ['review.cause.quantity', 'review.cause.quality', 'review.cause.design'] as const;

/** The last row the history and month-to-date formulas read of a tab with `nodeRows` node rows. */
export function reviewReadEnd(nodeRows: number): number {
  return Math.max(REVIEW.lastRow, REVIEW.firstRow + nodeRows - 1);
}

export function reviewSheetName(lang: Lang, week: string): string {
  return t(lang, 'review.sheetName', { week });
}

/** The ISO week label found in a sheet name (`週次レビュー 2026-W49`), or null. */
export function weekOfSheetName(sheetName: string): string | null {
  const m = /(\d{4}-W\d{2})\s*$/.exec(sheetName);
  return m ? m[1] : null;
}
