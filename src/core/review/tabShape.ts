import { LANGS, messages, type MessageKey } from '../i18n';
import {
  REVIEW,
  REVIEW_ACTION_HEADERS,
  REVIEW_NODE_HEADER_ALIASES,
  REVIEW_NODE_HEADERS,
  REVIEW_TOP_LABELS,
  type ReviewActionKey,
  type ReviewNodeKey,
  type ReviewTopKey,
} from '../layout/reviewColumns';
import { normaliseHeader } from '../reader/headers';
import { readText } from '../reader/cells';
import { cellAt, type SheetData } from '../reader/workbookData';
import { matchMemberHeader, memberIdInFormula, type FoundMemberColumn } from './memberHeaders';

/**
 * Where the parts of a review tab stand as people left it: found by the headers' words
 * (either language, and the words of earlier versions), never by letter, so a column
 * inserted, moved or hidden changes nothing.
 */
export interface ReviewTabShape {
  /** The node table's header row; null when the tab has none that can be read. */
  readonly headerRow: number | null;
  /** The node table's columns found by their headers. */
  readonly columns: Partial<Record<ReviewNodeKey, number>>;
  /** Columns of the node table's header row that hold a header the tool does not know. */
  readonly otherColumns: readonly number[];
  /** A team's member columns (`山田：実績` …), found by their headers; empty without members. */
  readonly memberColumns: readonly FoundMemberColumn[];
  readonly firstRow: number;
  /** The last node row (firstRow - 1 when there is none). */
  readonly lastNodeRow: number;
  /** The rows of the table of hypotheses against actual rates (its title, header and hypotheses), by its title's words; null when the tab has none. */
  readonly rates: { readonly titleRow: number; readonly last: number; readonly ids: readonly string[] } | null;
  /** The table of the KGI's gap by driver beside it, by its title's words; null when the tab has none. */
  readonly gap: GapShape | null;
  /** The action table's header row, or null. */
  readonly actionHeaderRow: number | null;
  readonly actionColumns: Partial<Record<ReviewActionKey, number>>;
  /** The last row of the tab's own region (its action table's end), when its identity says; else null. */
  readonly end: number | null;
  /** The rows of the top block's labelled lines, found by their labels. */
  readonly top: Partial<Record<ReviewTopKey, number>>;
  /** The column of the top block's labels (the ID column's). */
  readonly topLabelColumn: number;
}

/** Where the gap table stands: its title, header and driver rows through the total, and its two columns. */
export interface GapShape {
  readonly titleRow: number;
  readonly driverColumn: number;
  /** The contribution column, found by its header; the driver column's when there is none. */
  readonly contributionColumn: number;
  /** The rows of the drivers, with the names they show; the total row after them. */
  readonly drivers: readonly { readonly row: number; readonly name: string }[];
  readonly last: number;
}

type Matcher<K extends string> = (text: string) => K | undefined;

function matcher<K extends string>(
  keys: Readonly<Record<K, MessageKey>>,
  aliases: Readonly<Partial<Record<K, readonly MessageKey[]>>> = {} as Readonly<
    Partial<Record<K, readonly MessageKey[]>>
  >,
): Matcher<K> {
  const table = new Map<string, K>();
  for (const key of Object.keys(keys) as K[]) {
    for (const m of [keys[key], ...(aliases[key] ?? [])])
      for (const lang of LANGS) table.set(normaliseHeader(messages[m][lang]), key);
  }
  return (text) => table.get(normaliseHeader(text));
}

export const matchNodeHeader = matcher(REVIEW_NODE_HEADERS, REVIEW_NODE_HEADER_ALIASES);
export const matchActionHeader = matcher(REVIEW_ACTION_HEADERS);
const matchTopLabel = matcher(REVIEW_TOP_LABELS as Record<ReviewTopKey, MessageKey>);

const RATE_TITLES = new Set(LANGS.map((l) => normaliseHeader(messages['review.rates'][l])));

/** The rate table between the node table and the action table: its title in the ID column, a header, one row per hypothesis id. */
function rateTable(sheet: SheetData, idColumn: number, from: number, to: number): ReviewTabShape['rates'] {
  for (let r = from; r < Math.min(to, sheet.rows.length); r++) {
    if (!RATE_TITLES.has(normaliseHeader(readText(cellAt(sheet, r, idColumn)) ?? ''))) continue;
    const ids: string[] = [];
    let last = r + 1;
    for (let row = r + 2; row < to; row++) {
      const id = readText(cellAt(sheet, row, idColumn));
      if (id === undefined) break;
      ids.push(id);
      last = row;
    }
    return { titleRow: r, last, ids };
  }
  return null;
}

const GAP_TITLES = new Set(LANGS.map((l) => normaliseHeader(messages['review.gap'][l])));
const GAP_TOTALS = new Set(LANGS.map((l) => normaliseHeader(messages['review.gap.total'][l])));
const GAP_VALUES = new Set(LANGS.map((l) => normaliseHeader(messages['review.gap.contribution'][l])));

/** The gap table between the node table and the action table: its title in any column, the drivers below its header, down to 合計 / Total. */
function gapTable(sheet: SheetData, from: number, to: number): GapShape | null {
  for (let r = from; r < Math.min(to, sheet.rows.length + 1); r++) {
    const cells = sheet.rows[r - 1] ?? [];
    const at = cells.findIndex((c) => GAP_TITLES.has(normaliseHeader(readText(c) ?? '')));
    if (at < 0) continue;
    const driverColumn = at + 1;
    const header = sheet.rows[r] ?? [];
    const value = header.findIndex((c, i) => i > at && GAP_VALUES.has(normaliseHeader(readText(c) ?? '')));
    const drivers: { row: number; name: string }[] = [];
    let last = r + 1;
    for (let row = r + 2; row < to; row++) {
      const name = readText(cellAt(sheet, row, driverColumn));
      if (name === undefined) break;
      last = row;
      if (GAP_TOTALS.has(normaliseHeader(name))) break;
      drivers.push({ row, name });
    }
    return { titleRow: r, driverColumn, contributionColumn: value < 0 ? driverColumn : value + 1, drivers, last };
  }
  return null;
}

const NODE_REQUIRED: readonly ReviewNodeKey[] = ['id', 'actual'];
const ACTION_REQUIRED: readonly ReviewActionKey[] = ['issue', 'action'];

interface FoundRow<K extends string> {
  readonly row: number;
  readonly columns: Partial<Record<K, number>>;
  readonly others: number[];
}

/** The first row from `from` to `to` whose cells hold every required header. */
function findRow<K extends string>(
  sheet: SheetData,
  from: number,
  to: number,
  match: Matcher<K>,
  required: readonly K[],
): FoundRow<K> | null {
  for (let r = from; r <= Math.min(to, sheet.rows.length); r++) {
    const columns: Partial<Record<K, number>> = {};
    const others: number[] = [];
    (sheet.rows[r - 1] ?? []).forEach((cell, i) => {
      const text = readText(cell);
      if (text === undefined) return;
      const key = match(text);
      if (key !== undefined && columns[key] === undefined) columns[key] = i + 1;
      else others.push(i + 1);
    });
    if (required.every((k) => columns[k] !== undefined)) return { row: r, columns, others };
  }
  return null;
}

/**
 * Each member column with the member id its block's target formulas name: a block is
 * headed by the member's name, which people change on the member sheet, while the id in
 * its live targets (`MW_yamada`) stays, wherever columns are inserted or rows sorted.
 */
function withMemberIds(
  sheet: SheetData,
  found: readonly FoundMemberColumn[],
  firstRow: number,
  lastNodeRow: number,
): FoundMemberColumn[] {
  const ids = new Map<string, string>();
  for (const f of found) {
    if (f.kind !== 'target' || f.former || ids.has(f.who)) continue;
    for (let r = firstRow; r <= lastNodeRow; r++) {
      const formula = cellAt(sheet, r, f.col)?.formula;
      const id = formula === undefined ? undefined : memberIdInFormula(formula);
      if (id !== undefined) {
        ids.set(f.who, id);
        break;
      }
    }
  }
  return found.map((f) => {
    const id = f.former ? undefined : ids.get(f.who);
    return id === undefined ? f : { ...f, id };
  });
}

/** Fewer of a block's four columns than this, with no id and no former member's mark, are people's own columns. */
const BLOCK_KINDS = 3;

/**
 * The member columns that make up a member's block as the tool writes it: those whose
 * target formulas name a member, those headed as a former member's, and any group with
 * most of the four columns (one a colleague deleted is made again). A lone column that
 * only reads like a member's (a colleague's 「前年：実績」) is people's own.
 */
function blockColumns(found: readonly FoundMemberColumn[]): {
  blocks: FoundMemberColumn[];
  others: number[];
} {
  const kinds = new Map<string, Set<string>>();
  const group = (f: FoundMemberColumn): string => `${f.former ? 'former' : ''}\u0000${f.who}`;
  for (const f of found) kinds.set(group(f), (kinds.get(group(f)) ?? new Set()).add(f.kind));
  const isBlock = (f: FoundMemberColumn): boolean =>
    f.id !== undefined || f.former === true || (kinds.get(group(f))?.size ?? 0) >= BLOCK_KINDS;
  return { blocks: found.filter(isBlock), others: found.filter((f) => !isBlock(f)).map((f) => f.col) };
}

/** The shape of a review tab; `end` is the last row its identity's range reaches, when known. */
export function reviewTabShape(sheet: SheetData, end: number | null = null): ReviewTabShape {
  const header = findRow(sheet, 1, REVIEW.headerSearchRows, matchNodeHeader, NODE_REQUIRED);
  const columns = header?.columns ?? {};
  const idColumn = columns.id ?? REVIEW.col.id;
  const firstRow = header ? header.row + 1 : REVIEW.firstRow;
  let lastNodeRow = firstRow - 1;
  if (header)
    while (
      lastNodeRow < sheet.rows.length &&
      readText(cellAt(sheet, lastNodeRow + 1, idColumn)) !== undefined
    )
      lastNodeRow++;
  const last = end ?? sheet.rows.length;
  const actions = findRow(sheet, lastNodeRow + 1, last, matchActionHeader, ACTION_REQUIRED);
  const rates = rateTable(sheet, idColumn, lastNodeRow + 1, actions?.row ?? last);
  const gap = gapTable(sheet, lastNodeRow + 1, actions?.row ?? last + 1);
  const top: Partial<Record<ReviewTopKey, number>> = {};
  const topEnd = (header?.row ?? REVIEW.headerRow) - 1;
  for (let r = 1; r <= Math.min(topEnd, sheet.rows.length); r++) {
    const key = matchTopLabel(readText(cellAt(sheet, r, idColumn)) ?? '');
    if (key !== undefined && top[key] === undefined) top[key] = r;
  }
  const found: FoundMemberColumn[] = [];
  const otherColumns: number[] = [];
  for (const col of header?.others ?? []) {
    const match = matchMemberHeader(readText(cellAt(sheet, header?.row ?? 0, col)) ?? '');
    if (match) found.push({ col, ...match });
    else otherColumns.push(col);
  }
  const members = blockColumns(withMemberIds(sheet, found, firstRow, lastNodeRow));
  const memberColumns = members.blocks;
  otherColumns.push(...members.others);
  otherColumns.sort((a, b) => a - b);
  return {
    headerRow: header?.row ?? null,
    columns,
    otherColumns,
    memberColumns,
    firstRow,
    lastNodeRow,
    rates,
    gap,
    actionHeaderRow: actions?.row ?? null,
    actionColumns: actions?.columns ?? {},
    end,
    top,
    topLabelColumn: idColumn,
  };
}
