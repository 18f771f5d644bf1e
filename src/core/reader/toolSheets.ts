import { LANGS, t, type MessageKey } from '../i18n';
import type { NameData } from './workbookData';
import { weekOfSheetName } from '../layout/reviewColumns';
import { parseReviewIdentityName } from '../layout/reviewIdentity';
import { parseOneOnOneIdentityName } from '../layout/oneOnOneIdentity';

/** Names the tool owns: the workbook contract of DESIGN.md §4. */
export function isGeneratedName(name: string): boolean {
  return /^(T|D|W|H|MK|MT|MD|MW)_[A-Za-z][A-Za-z0-9_]*$/.test(name) || ['WEEKS', 'WORKDAYS', 'HOLIDAYS', 'MEMBER_NODES'].includes(name);
}

const SHEET_KEYS: readonly MessageKey[] = ['sheet.tree', 'sheet.hypotheses', 'sheet.members', 'sheet.calendar', 'sheet.settings', 'sheet.milestones', 'sheet.checks', 'review.history.sheet'];
const TOOL_SHEET_NAMES = new Set(LANGS.flatMap((l) => SHEET_KEYS.map((k) => t(l, k).toLowerCase())));
const REVIEW_PREFIXES = LANGS.map((l) => t(l, 'review.sheetName', { week: '' }).toLowerCase());

/**
 * The sheets a reader of a KPI Tree workbook needs whole: the tool's sheets by their
 * names in either language, the review tabs (by their names, and whatever sheet a review
 * tab's identity points to, however it was renamed), and whatever sheet a generated name
 * points to (a tree sheet people renamed). Every other sheet is people's own; the core needs at
 * most its first rows, to recognise a tree by its header.
 */
export function toolSheets(sheetNames: readonly string[], names: readonly NameData[]): Set<string> {
  const out = new Set<string>();
  for (const s of sheetNames) {
    const lower = s.toLowerCase();
    const review = weekOfSheetName(s) !== null && REVIEW_PREFIXES.some((p) => lower.startsWith(p));
    if (TOOL_SHEET_NAMES.has(lower) || review) out.add(s);
  }
  for (const n of names) {
    const ours =
      isGeneratedName(n.name) ||
      parseReviewIdentityName(n.name) !== null ||
      parseOneOnOneIdentityName(n.name) !== null;
    if (n.sheet !== null && ours && sheetNames.includes(n.sheet)) out.add(n.sheet);
  }
  return out;
}
