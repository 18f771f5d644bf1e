/**
 * A review tab's identity, kept in the workbook itself: a defined name that carries the
 * tab's ISO week and month and points into the tab, from its first row down to the end
 * of its action table (`REVIEW_2026_12_2026_W50` → `'週次レビュー 2026-W50'!$A$1:$A$40`).
 *
 * Excel and LibreOffice keep a name pointing at its sheet when the sheet is renamed, and
 * stretch or move its range when rows or columns are inserted, so a tab renamed or edited
 * by hand is still known for what it is, and the rows below its range are people's own.
 * A workbook holds one name per week and month, so a week never gets a second tab.
 */
export interface ReviewIdentity {
  /** The ISO week label, `2026-W50`. */
  readonly week: string;
  /** The month the week is reviewed for, `2026-12` (2026-W53 may be December's or January's). */
  readonly month: string;
}

const PATTERN = /^REVIEW_(\d{4})_(\d{2})_(\d{4})_W(\d{2})$/i;

/** `{ week: 2026-W50, month: 2026-12 }` → `REVIEW_2026_12_2026_W50`. */
export function reviewIdentityName(id: ReviewIdentity): string {
  const [year, month] = id.month.split('-');
  const [weekYear, week] = id.week.split('-W');
  return `REVIEW_${year}_${month}_${weekYear}_W${week}`;
}

/** The identity a defined name carries, or null when it is not a review tab's. */
export function parseReviewIdentityName(name: string): ReviewIdentity | null {
  const m = PATTERN.exec(name);
  return m ? { month: `${m[1]}-${m[2]}`, week: `${m[3]}-W${m[4]}` } : null;
}

export function sameIdentity(a: ReviewIdentity, b: ReviewIdentity): boolean {
  return a.week === b.week && a.month === b.month;
}

/** Tabs in the order they were reviewed: by week, and a week of two months first for the earlier month. */
export function compareIdentities(a: ReviewIdentity, b: ReviewIdentity): number {
  if (a.week !== b.week) return a.week < b.week ? -1 : 1;
  return a.month < b.month ? -1 : a.month > b.month ? 1 : 0;
}
