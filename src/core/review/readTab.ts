import type { IsoDate } from '../brand';
import { LANGS, t } from '../i18n';
import { REVIEW_NODE_KEYS, type ReviewNodeKey, type ReviewTopKey } from '../layout/reviewColumns';
import { readDate, readNumber, readRawText, readText } from '../reader/cells';
import { cellAt, type RawCell, type SheetData } from '../reader/workbookData';
import { RATE_COLUMNS } from './layoutRates';
import { readMemberActuals, type MemberActuals } from './memberActuals';
import { tabColumns, type ReviewColumns } from './tabColumns';
import { reviewTabShape, type ReviewTabShape } from './tabShape';
import type { ReviewAction, TypedEntries } from './types';

/**
 * Where a cell of the tab stands, in terms that survive a refresh: the top block by row,
 * the node table's header row, a node row by its id, the rows between the node table and
 * the action table by their distance from the action title, an action by its slot, and
 * what lies below the tab's region by its distance from the region's end.
 */
export type CellAnchor =
  | { readonly kind: 'top'; readonly row: number }
  | { readonly kind: 'header' }
  | { readonly kind: 'node'; readonly id: string }
  | { readonly kind: 'actionsTitle'; readonly offset: number }
  | { readonly kind: 'action'; readonly slot: number }
  | { readonly kind: 'below'; readonly offset: number };

export interface AnchoredCell {
  readonly anchor: CellAnchor;
  readonly col: number;
  readonly cell: RawCell;
  /** The cell stands where the tab's layout writes (a header, a formula, an input): only its comment is people's own. */
  readonly noteOnly?: boolean;
}

/** A node row as the tab shows it: for a node that has left the tree, and for a closed tab's numbers. */
export interface ShownRow {
  readonly name: string;
  readonly level: string;
  readonly owner: string;
  readonly cells: Partial<Record<ReviewNodeKey, RawCell>>;
}

export interface ReadReviewTab {
  readonly shape: ReviewTabShape;
  /** Where a refresh writes each column: where it stands now, a missing one where it is free. */
  readonly columns: ReviewColumns;
  readonly ids: readonly string[];
  readonly typed: ReadonlyMap<string, TypedEntries>;
  /** What each member typed in their own actual column, by the name or id its header gives. */
  readonly memberTyped: MemberActuals;
  /** The action rows that hold something, in order. */
  readonly actions: readonly ReviewAction[];
  /** Every action row as it stands, blank ones (null) included, so a refresh keeps their places. */
  readonly slots: readonly (ReviewAction | null)[];
  readonly shown: ReadonlyMap<string, ShownRow>;
  /** Every cell that holds something the tool does not write, anchored to what it stands beside. */
  readonly cells: readonly AnchoredCell[];
  /** Set when the tab is closed (確定 / Closed), with the day it was closed when the tab says. */
  readonly closed: { readonly on: IsoDate | null } | null;
  /** The month the tab's top block names (`2026-12`), if it names one. */
  readonly month: string | undefined;
  /** What the top block shows, by line: its value and second value. */
  readonly top: Partial<Record<ReviewTopKey, { readonly value?: RawCell; readonly extra?: RawCell }>>;
}

const CLOSED_WORDS = new Set(LANGS.map((l) => t(l, 'review.state.closed')));
/** Lines of the top block with a second value (in the level column). */
const TOP_EXTRA: ReadonlySet<ReviewTopKey> = new Set(['dates', 'state', 'kgiForecast']);

function holds(cell: RawCell | undefined): cell is RawCell {
  return (
    cell !== undefined &&
    (cell.formula !== undefined || cell.note !== undefined || (cell.value !== null && cell.value !== ''))
  );
}

/**
 * What people typed into a review tab and where its parts stand, read by the headers'
 * words: actuals and answers by node id, the action rows within the tab's region, every
 * other cell anchored to what it stands beside. Untrusted: odd cells are skipped.
 * `end` is the last row of the tab's region, from its identity; without one (a tab of an
 * earlier version) the action table runs to the sheet's end.
 */
export function readReviewTab(sheet: SheetData, end: number | null = null): ReadReviewTab {
  const shape = reviewTabShape(sheet, end);
  const C = shape.columns;
  const typed = new Map<string, TypedEntries>();
  const shown = new Map<string, ShownRow>();
  const ids: string[] = [];
  const at = (row: number, col: number | undefined): RawCell | undefined =>
    col === undefined ? undefined : cellAt(sheet, row, col);
  for (let r = shape.firstRow; r <= shape.lastNodeRow; r++) {
    const id = readText(at(r, C.id)) as string;
    ids.push(id);
    const cells: Partial<Record<ReviewNodeKey, RawCell>> = {};
    for (const key of REVIEW_NODE_KEYS) {
      const cell = at(r, C[key]);
      if (cell !== undefined) cells[key] = cell;
    }
    shown.set(id, {
      name: readRawText(cells.name) ?? id,
      level: readText(cells.level) ?? '',
      owner: readRawText(cells.owner) ?? '',
      cells,
    });
    const cell = cells.actual;
    const n = readNumber(cell);
    const actual: number | string | undefined = cell?.formula
      ? undefined
      : n === undefined
        ? undefined
        : typeof n === 'number'
          ? n
          : readRawText(cell);
    typed.set(id, {
      actual,
      ...(cell?.formula ? { actualFormula: cell.formula } : {}),
      answers: [cells.q1, cells.q2, cells.q3, cells.cause].map((c) => readRawText(c)),
    });
  }

  const A = shape.actionColumns;
  const regionEnd = end ?? sheet.rows.length;
  const firstAction = shape.actionHeaderRow === null ? null : shape.actionHeaderRow + 1;
  const slots: (ReviewAction | null)[] = [];
  if (firstAction !== null) {
    for (let row = firstAction; row <= regionEnd; row++) {
      const text = (col: number | undefined): string | undefined => readRawText(at(row, col));
      const due = readDate(at(row, A.due));
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
  }
  while (slots.length > 0 && slots[slots.length - 1] === null) slots.pop();

  const { cells, taken } = anchoredCells(sheet, shape, ids, regionEnd);
  const top = topValues(sheet, shape);
  const state = readText(top.state?.value);
  const closedOn = readDate(top.state?.extra);
  return {
    shape,
    columns: tabColumns({ node: shape.columns, action: shape.actionColumns }, taken),
    ids,
    typed,
    memberTyped: readMemberActuals(sheet, shape, ids),
    actions: slots.filter((a): a is ReviewAction => a !== null),
    slots,
    shown,
    cells,
    closed:
      state !== undefined && CLOSED_WORDS.has(state)
        ? { on: typeof closedOn === 'string' ? closedOn : null }
        : null,
    month: readText(top.month?.value),
    top,
  };
}

function topValues(sheet: SheetData, shape: ReviewTabShape): ReadReviewTab['top'] {
  const out: Partial<Record<ReviewTopKey, { value?: RawCell; extra?: RawCell }>> = {};
  const valueColumn = shape.columns.name ?? shape.topLabelColumn + 1;
  const extraColumn = shape.columns.level ?? valueColumn + 1;
  for (const [key, row] of Object.entries(shape.top) as [ReviewTopKey, number][]) {
    out[key] = {
      value: cellAt(sheet, row, valueColumn),
      extra: TOP_EXTRA.has(key) ? cellAt(sheet, row, extraColumn) : undefined,
    };
  }
  return out;
}

/**
 * Every cell that holds something, anchored; cells where the layout writes keep only
 * their comments. Also says which columns hold people's own headers or cells, in each
 * table, so a refresh writes none of the tool's columns over them.
 */
function anchoredCells(
  sheet: SheetData,
  shape: ReviewTabShape,
  ids: readonly string[],
  regionEnd: number,
): { cells: AnchoredCell[]; taken: { node: Set<number>; action: Set<number> } } {
  const nodeTool = new Set([...Object.values(shape.columns), ...shape.memberColumns.map((m) => m.col)]);
  const actionTool = new Set(Object.values(shape.actionColumns));
  const valueColumn = shape.columns.name ?? shape.topLabelColumn + 1;
  const extraColumn = shape.columns.level ?? valueColumn + 1;
  const topTool = new Set<string>([`1:${shape.topLabelColumn}`, `2:${shape.topLabelColumn}`]);
  for (const [key, row] of Object.entries(shape.top) as [ReviewTopKey, number][]) {
    topTool.add(`${row}:${shape.topLabelColumn}`);
    topTool.add(`${row}:${valueColumn}`);
    if (TOP_EXTRA.has(key)) topTool.add(`${row}:${extraColumn}`);
  }
  const headerRow = shape.headerRow ?? 0;
  const { rates, gap } = shape;
  const rateTool = new Set(
    Object.values(RATE_COLUMNS)
      .map((key) => shape.columns[key])
      .filter((c): c is number => c !== undefined),
  );
  const actionHeader = shape.actionHeaderRow;
  const title = actionHeader === null ? shape.lastNodeRow + 2 : actionHeader - 1;
  const titleColumn = shape.actionColumns.issue ?? shape.topLabelColumn;
  const cells: AnchoredCell[] = [];
  const taken = { node: new Set<number>(), action: new Set<number>() };
  sheet.rows.forEach((rowCells, i) => {
    const row = i + 1;
    const place = placeOf(row);
    (rowCells ?? []).forEach((cell, c) => {
      const col = c + 1;
      if (!holds(cell)) return;
      if (place.tool(col)) {
        if (cell.note !== undefined) cells.push({ anchor: place.anchor, col, cell, noteOnly: true });
        return;
      }
      if (place.table === 'node') taken.node.add(col);
      if (place.table === 'action') taken.action.add(col);
      cells.push({ anchor: place.anchor, col, cell });
    });
  });
  return { cells, taken };

  function placeOf(row: number): {
    anchor: CellAnchor;
    tool: (col: number) => boolean;
    table?: 'node' | 'action';
  } {
    if (shape.headerRow === null || row < headerRow)
      return { anchor: { kind: 'top', row }, tool: (col) => topTool.has(`${row}:${col}`) };
    if (row === headerRow)
      return { anchor: { kind: 'header' }, tool: (col) => nodeTool.has(col), table: 'node' };
    if (row <= shape.lastNodeRow)
      return {
        anchor: { kind: 'node', id: ids[row - shape.firstRow] },
        tool: (col) => nodeTool.has(col),
        table: 'node',
      };
    if (row > regionEnd) return { anchor: { kind: 'below', offset: row - regionEnd }, tool: () => false };
    const inRates = rates !== null && row >= rates.titleRow && row <= rates.last;
    const inGap = gap !== null && row >= gap.titleRow && row <= gap.last;
    if (inRates || inGap)
      return {
        anchor: { kind: 'actionsTitle', offset: row - title },
        tool: (col) =>
          (inRates && (row === rates.titleRow ? col === shape.topLabelColumn : rateTool.has(col))) ||
          (inGap &&
            (col === gap.driverColumn ||
              col === (row === gap.titleRow ? gap.driverColumn + 1 : gap.contributionColumn))),
      };
    if (actionHeader === null || row < actionHeader)
      return {
        anchor: { kind: 'actionsTitle', offset: row - title },
        tool: (col) => row === title && col === titleColumn && actionHeader !== null,
      };
    if (row === actionHeader)
      return {
        anchor: { kind: 'actionsTitle', offset: 1 },
        tool: (col) => actionTool.has(col),
        table: 'action',
      };
    return {
      anchor: { kind: 'action', slot: row - actionHeader - 1 },
      tool: (col) => actionTool.has(col),
      table: 'action',
    };
  }
}

function stripUndefined(a: ReviewAction): ReviewAction {
  return Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined)) as ReviewAction;
}
