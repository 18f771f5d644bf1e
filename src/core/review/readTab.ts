import { t } from '../i18n';
import { LANGS } from '../i18n';
import { readDate, readNumber, readRawText, readText } from '../reader/cells';
import { cellAt, type RawCell, type SheetData, type WorkbookData } from '../reader/workbookData';
import type { ReviewAction, TypedEntries } from './types';
import { REVIEW, weekOfSheetName } from '../layout/reviewColumns';

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
  /** The action rows that hold something, in order. */
  readonly actions: readonly ReviewAction[];
  /** Every action row as it stands, blank ones (null) included, so a refresh keeps their places. */
  readonly slots: readonly (ReviewAction | null)[];
  /** Each node row as the tab shows it, for a node that has since left the tree. */
  readonly shown: ReadonlyMap<string, { readonly name: string; readonly level: string; readonly owner: string }>;
  /** Every cell that holds something, anchored to what it stands beside. */
  readonly cells: readonly AnchoredCell[];
}

/**
 * Where a cell of the tab stands, in terms that survive a refresh: the header block by
 * row, a node row by its id, the action table by its slot, the rows between the node
 * table and the action table by their distance from the action title.
 */
export type CellAnchor =
  | { readonly kind: 'top'; readonly row: number }
  | { readonly kind: 'node'; readonly id: string }
  | { readonly kind: 'actionsTitle'; readonly offset: number }
  | { readonly kind: 'action'; readonly slot: number };

export interface AnchoredCell {
  readonly anchor: CellAnchor;
  readonly col: number;
  readonly cell: RawCell;
  /** The cell stands where the tab's layout writes (a header, a formula, an input): only its comment is people's own. */
  readonly noteOnly?: boolean;
}

/** The header block the layout writes: column → the rows it fills there. */
const HEADER_BLOCK: Readonly<Record<number, readonly number[]>> = { 1: [1, 2, 3, 4, 5, 6, 7, 8], 2: [3, 4, 5, 6, 7, 8], 3: [4] };
const TAB_COLUMNS = Math.max(...Object.values(REVIEW.col));
const ACTION_COLUMNS = Math.max(...Object.values(REVIEW.action));

/** Whether the layout writes this cell of a tab whose node table ends at `lastNode` and whose action title is at `title`. */
function layoutPlace(row: number, col: number, lastNode: number, title: number): boolean {
  if (row < REVIEW.headerRow) return HEADER_BLOCK[col]?.includes(row) ?? false;
  if (row <= lastNode) return col <= TAB_COLUMNS;
  if (row < title) return false;
  if (row === title) return col === 1;
  return col <= ACTION_COLUMNS;
}

const ACTION_TITLES = new Set(LANGS.map((l) => t(l, 'review.actions')));

/** What people typed into a review tab: actuals and answers by node id, and the action rows. Untrusted: odd cells are skipped. */
export function readReviewTab(sheet: SheetData): ReadReviewTab {
  const C = REVIEW.col;
  const typed = new Map<string, TypedEntries>();
  const shown = new Map<string, { name: string; level: string; owner: string }>();
  const ids: string[] = [];
  let r = REVIEW.firstRow;
  for (; r <= sheet.rows.length; r++) {
    const id = readText(cellAt(sheet, r, C.id));
    if (id === undefined) break;
    ids.push(id);
    shown.set(id, { name: readRawText(cellAt(sheet, r, C.name)) ?? id, level: readText(cellAt(sheet, r, C.level)) ?? '', owner: readRawText(cellAt(sheet, r, C.owner)) ?? '' });
    const cell = cellAt(sheet, r, C.actual);
    const n = readNumber(cell);
    const actual: number | string | undefined = cell?.formula ? undefined : n === undefined ? undefined : typeof n === 'number' ? n : readRawText(cell);
    typed.set(id, {
      actual,
      ...(cell?.formula ? { actualFormula: cell.formula } : {}),
      answers: [C.q1, C.q2, C.q3].map((c) => readRawText(cellAt(sheet, r, c))),
    });
  }
  const lastNode = r - 1;
  let title = r;
  while (title <= sheet.rows.length && !ACTION_TITLES.has(readText(cellAt(sheet, title, 1)) ?? '')) title++;
  const firstAction = title + 2;
  const slots: (ReviewAction | null)[] = [];
  const A = REVIEW.action;
  for (let row = firstAction; row <= sheet.rows.length; row++) {
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
    slots.push(a.issue || a.action || a.owner || a.due || a.status ? stripUndefined(a) : null);
  }
  while (slots.length > 0 && slots[slots.length - 1] === null) slots.pop();

  const cells: AnchoredCell[] = [];
  sheet.rows.forEach((rowCells, i) => {
    const row = i + 1;
    const anchor: CellAnchor =
      row < REVIEW.firstRow
        ? { kind: 'top', row }
        : row <= lastNode
          ? { kind: 'node', id: ids[row - REVIEW.firstRow] }
          : row < firstAction
            ? { kind: 'actionsTitle', offset: row - title }
            : { kind: 'action', slot: row - firstAction };
    (rowCells ?? []).forEach((cell, c) => {
      if (!cell) return;
      if (layoutPlace(row, c + 1, lastNode, title)) {
        if (cell.note !== undefined) cells.push({ anchor, col: c + 1, cell, noteOnly: true });
      } else if (cell.formula !== undefined || cell.note !== undefined || (cell.value !== null && cell.value !== '')) {
        cells.push({ anchor, col: c + 1, cell });
      }
    });
  });
  return { ids, typed, actions: slots.filter((a): a is ReviewAction => a !== null), slots, shown, cells };
}

function stripUndefined(a: ReviewAction): ReviewAction {
  return Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined)) as ReviewAction;
}
