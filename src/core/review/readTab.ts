import { t } from '../i18n';
import { LANGS } from '../i18n';
import { REVIEW } from '../layout/reviewSheet';
import { readDate, readNumber, readRawText, readText } from '../reader/cells';
import { cellAt, type SheetData, type WorkbookData } from '../reader/workbookData';
import type { ReviewAction, TypedEntries } from './types';
import { weekOfSheetName } from './week';

export interface ReviewTab {
  readonly sheet: string;
  readonly week: string;
}

/** Review tabs of a workbook (either language), sorted by week. */
export function findReviewTabs(data: WorkbookData): ReviewTab[] {
  const prefixes = LANGS.map((l) => t(l, 'review.sheetName', { week: '' }));
  const tabs: ReviewTab[] = [];
  for (const s of data.sheets) {
    const week = weekOfSheetName(s.name);
    if (week !== null && prefixes.some((p) => s.name === `${p}${week}`)) tabs.push({ sheet: s.name, week });
  }
  return tabs.sort((a, b) => (a.week < b.week ? -1 : a.week > b.week ? 1 : 0));
}

export interface ReadReviewTab {
  readonly ids: readonly string[];
  readonly typed: ReadonlyMap<string, TypedEntries>;
  readonly actions: readonly ReviewAction[];
}

const ACTION_TITLES = new Set(LANGS.map((l) => t(l, 'review.actions')));

/** What people typed into a review tab: actuals and answers by node id, and the action rows. Untrusted: odd cells are skipped. */
export function readReviewTab(sheet: SheetData): ReadReviewTab {
  const C = REVIEW.col;
  const typed = new Map<string, TypedEntries>();
  const ids: string[] = [];
  let r = REVIEW.firstRow;
  for (; r <= sheet.rows.length; r++) {
    const id = readText(cellAt(sheet, r, C.id));
    if (id === undefined) break;
    ids.push(id);
    const cell = cellAt(sheet, r, C.actual);
    const n = readNumber(cell);
    const actual: number | string | undefined = cell?.formula ? undefined : n === undefined ? undefined : typeof n === 'number' ? n : readRawText(cell);
    typed.set(id, {
      actual,
      ...(cell?.formula ? { actualFormula: cell.formula } : {}),
      answers: [C.q1, C.q2, C.q3].map((c) => readRawText(cellAt(sheet, r, c))),
    });
  }
  let title = r;
  while (title <= sheet.rows.length && !ACTION_TITLES.has(readText(cellAt(sheet, title, 1)) ?? '')) title++;
  const actions: ReviewAction[] = [];
  const A = REVIEW.action;
  for (let row = title + 2; row <= sheet.rows.length; row++) {
    const text = (col: number): string | undefined => readRawText(cellAt(sheet, row, col));
    const due = readDate(cellAt(sheet, row, A.due));
    const a: ReviewAction = {
      issue: text(A.issue),
      action: text(A.action),
      owner: text(A.owner),
      due: typeof due === 'string' ? due : undefined,
      status: text(A.status),
      fromWeek: text(A.fromWeek),
    };
    if (a.issue || a.action || a.owner || a.due || a.status) actions.push(stripUndefined(a));
  }
  return { ids, typed, actions };
}

function stripUndefined(a: ReviewAction): ReviewAction {
  return Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined)) as ReviewAction;
}
