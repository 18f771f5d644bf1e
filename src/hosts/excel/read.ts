import { parseRange } from '../../core/layout/a1';
import { HEADER_SEARCH_ROWS } from '../../core/reader/headers';
import { hasTreeHeader } from '../../core/reader/treeSheet';
import { toolSheets } from '../../core/reader/toolSheets';
import type { NameData, RawCell, SheetData, WorkbookData } from '../../core/reader/workbookData';
import type { CellOutput, XlContext, XlRange, XlWorksheet } from './api';
import { rectAddress, type Rect } from '../edit/rects';
import { REVIEW_CELLS_PER_NODE, TREE_CELLS_PER_NODE } from './cellsPerNode';
import { groupBySize } from './payload';
import { indexLocated, locateNotes, type NoteIndex } from './notes';
import { weekOfSheetName } from '../../core/layout/reviewColumns';
import { parseReviewIdentityName } from '../../core/layout/reviewIdentity';
import { isPrintMarker, type PrintedSetup } from '../edit/pageSetup';
import { loadPageLayout, printedOf, type PageLayoutRead } from './pageLayout';

export interface ReadOptions {
  /** Read cell notes too (ExcelApi 1.18: without it `workbook.notes` fails the batch). */
  readonly notes: boolean;
  /** Largest response one sync may bring back (Excel on the web refuses 5 MB). */
  readonly responseBudget?: number;
}

/** What one read sync may bring back: under Excel on the web's 5 MB response limit. */
export const RESPONSE_BUDGET_BYTES = 4 * 1024 * 1024;
/**
 * What a used cell of the tool's sheets costs in a response once its value, formula and
 * value type are loaded: about 50 bytes on average over a built workbook, and up to about
 * 100 on the history sheet (long lookups naming sheets in Japanese, three bytes a
 * character). Slabs are cut with the higher figure and filled to three quarters of a
 * response, so that long texts people typed do not push one over.
 */
export const RESPONSE_BYTES_PER_CELL = 128;
/** The average, for judging whether a workbook fits in one response at all. */
const AVERAGE_BYTES_PER_CELL = 64;

/** What a command learns in its two reading syncs. */
export interface WorkbookRead {
  /** Every sheet's used cells, with their notes, and the defined names: what the core reads. */
  readonly data: WorkbookData;
  /**
   * Every note by cell, including notes on empty cells (which `data` leaves out, as the
   * ExcelJS reader does): what a write needs to set a note's text rather than add a second
   * one. Null when notes were not read.
   */
  readonly notes: NoteIndex | null;
  /** Round trips the read took: 2 for a workbook that fits in one response, more when read in slabs. */
  readonly syncs: number;
  /**
   * How the tool's sheets print, by sheet: read when the workbook bears a page setup mark
   * of the tool's (`isPrintMarker`), so a write can tell the tool's page setup from a person's.
   */
  readonly pageSetups: ReadonlyMap<string, PrintedSetup>;
}

/**
 * Reads every sheet's used cells, the workbook's names and (with ExcelApi 1.18) its
 * notes: two syncs for a workbook whose cells fit in one response —
 * 1. the sheet list, the names, and every note with its text;
 * 2. every used range (values, formulas, value types), every note's cell and, once the
 *    tool has marked page setups, how each of its sheets prints.
 * A workbook too large for one response (thousands of nodes, or a year of review tabs
 * of a large tree) is read in row slabs instead, one sync per 4 MB: the extent of each
 * sheet in sync 2, then the slabs. The size is judged before sync 2 from what sync 1
 * brought: the number of nodes (their `T_` names) and of review tabs.
 */
export async function readWorkbook(context: XlContext, options: ReadOptions): Promise<WorkbookRead> {
  const worksheets = context.workbook.worksheets;
  worksheets.load(['items/name']);
  const names = context.workbook.names;
  names.load(['items/name', 'items/type', 'items/formula']);
  const notes = options.notes ? context.workbook.notes : null;
  notes?.load(['items/content']);
  await context.sync();
  let syncs = 1;

  // The tool's sheets are read whole; people's own only as far down as a tree's header
  // could be: a sheet of 50,000 rows of their data must not ride along on every re-read.
  const nameList = names.items.map((n) => nameData(n.name, n.type, n.formula));
  const ours = toolSheets(
    worksheets.items.map((ws) => ws.name),
    nameList,
  );
  const budget = options.responseBudget ?? RESPONSE_BUDGET_BYTES;
  const nodes = nameList.filter((n) => n.name.startsWith('T_')).length;
  const identified = new Set(nameList.filter((n) => parseReviewIdentityName(n.name) !== null).map((n) => n.sheet));
  const reviewTabs = [...ours].filter((name) => weekOfSheetName(name) !== null || identified.has(name)).length;
  const large =
    nodes * (TREE_CELLS_PER_NODE + reviewTabs * REVIEW_CELLS_PER_NODE) * AVERAGE_BYTES_PER_CELL > budget;
  const used = worksheets.items.map((ws) => {
    const range = ws.getUsedRangeOrNullObject(true);
    if (ours.has(ws.name)) {
      // isNullObject needs no load: it is known once any property of the range is.
      if (large) range.load(['address']);
      else loadCells(range);
      return { name: ws.name, range, extent: null };
    }
    range.load(['address']);
    const window = ws.getRange(HEADER_WINDOW);
    loadCells(window);
    return { name: ws.name, range: window, extent: range };
  });
  const located = notes === null ? null : locateNotes(notes.items);
  const layouts = new Map<string, PageLayoutRead>();
  if (nameList.some((n) => isPrintMarker(n.name)))
    for (const ws of worksheets.items) if (ours.has(ws.name)) layouts.set(ws.name, loadPageLayout(ws));
  await context.sync();
  syncs++;

  const index = located === null ? null : indexLocated(located);
  const slabbed = new Map<string, readonly XlRange[] | null>();
  if (large) {
    const slabs = await readSlabs(
      context,
      worksheets.items.filter((ws) => ours.has(ws.name)),
      used,
      budget,
    );
    syncs += slabs.syncs;
    for (const u of used) if (u.extent === null) slabbed.set(u.name, slabs.sheets.get(u.name) ?? null);
  }
  let sheets = used.map(({ name, range, extent }) => {
    if (large && extent === null) return slabbedSheet(name, slabbed.get(name) ?? null, index);
    const data = sheetData(name, range, index);
    return extent !== null && beyondWindow(extent) ? { ...data, truncated: true } : data;
  });

  // A tree sheet renamed with its names gone is found by its header: then read it whole,
  // in one more round trip (the only case that takes one).
  const named = sheets.some((sheet) => ours.has(sheet.name) && hasTreeHeader(sheet));
  const found = named ? undefined : used.find((u, i) => sheets[i].truncated && hasTreeHeader(sheets[i]));
  if (found) {
    const whole = worksheets.items.find((ws) => ws.name === found.name)!.getUsedRangeOrNullObject(true);
    loadCells(whole);
    await context.sync();
    syncs++;
    sheets = sheets.map((sheet) => (sheet.name === found.name ? sheetData(found.name, whole, index) : sheet));
  }

  return {
    data: { sheets, names: nameList },
    notes: index,
    syncs,
    pageSetups: new Map([...layouts].map(([name, read]) => [name, printedOf(read)])),
  };
}

/** Loads what a sheet's cells are read from. */
function loadCells(range: XlRange): XlRange {
  range.load(['rowIndex', 'columnIndex', 'values', 'formulas', 'valueTypes']);
  return range;
}

/**
 * The cells of large sheets, in row slabs grouped so that no sync's response passes the
 * budget. `used` holds each sheet's used range with its address loaded. Null for an
 * empty sheet.
 */
async function readSlabs(
  context: XlContext,
  worksheets: readonly XlWorksheet[],
  used: readonly { name: string; range: XlRange }[],
  budget: number,
): Promise<{ sheets: Map<string, readonly XlRange[] | null>; syncs: number }> {
  const sheets = new Map<string, readonly XlRange[] | null>();
  const pending: { sheet: XlWorksheet; rect: Rect; bytes: number }[] = [];
  for (const ws of worksheets) {
    const extent = used.find((u) => u.name === ws.name)!.range;
    const rect = extent.isNullObject
      ? null
      : parseRange(extent.address.slice(extent.address.lastIndexOf('!') + 1));
    if (rect === null) {
      sheets.set(ws.name, null);
      continue;
    }
    sheets.set(ws.name, []);
    const width = rect.col2 - rect.col1 + 1;
    const rowsPerSlab = Math.max(1, Math.floor(budget / 8 / (width * RESPONSE_BYTES_PER_CELL)));
    for (let top = rect.row1; top <= rect.row2; top += rowsPerSlab) {
      const bottom = Math.min(rect.row2, top + rowsPerSlab - 1);
      pending.push({
        sheet: ws,
        rect: { ...rect, row1: top, row2: bottom },
        bytes: (bottom - top + 1) * width * RESPONSE_BYTES_PER_CELL,
      });
    }
  }
  const groups = groupBySize(pending, (p) => p.bytes, (budget * 3) / 4);
  for (const group of groups) {
    for (const p of group) {
      const range = loadCells(p.sheet.getRange(rectAddress(p.rect)));
      (sheets.get(p.sheet.name) as XlRange[]).push(range);
    }
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 4 MB of response: bounded by the workbook's size, not by a loop over its items
    await context.sync();
  }
  return { sheets, syncs: groups.length };
}

/** A sheet read in slabs, put back together as one. */
function slabbedSheet(name: string, slabs: readonly XlRange[] | null, notes: NoteIndex | null): SheetData {
  if (slabs === null || slabs.length === 0) return { name, rows: [] };
  const rows: (RawCell | undefined)[][] = [];
  for (const slab of slabs) {
    const part = sheetData(name, slab, notes);
    part.rows.forEach((row, i) => {
      if (i >= slab.rowIndex) rows[i] = row as (RawCell | undefined)[];
    });
  }
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return { name, rows };
}

/** The top-left block read of people's own sheets: the rows a header is looked for in, 100 columns wide. */
const HEADER_WINDOW = `A1:CV${HEADER_SEARCH_ROWS}`;

/** Whether a used range (its `address` loaded) reaches past the header window. */
function beyondWindow(used: XlRange): boolean {
  if (used.isNullObject) return false;
  const rect = parseRange(used.address.slice(used.address.lastIndexOf('!') + 1));
  return rect === null || rect.row2 > HEADER_SEARCH_ROWS || rect.col2 > 100;
}

/** A sheet's cells from its used range; a note rides on its cell when the cell holds something. */
function sheetData(name: string, range: XlRange, notes: NoteIndex | null): SheetData {
  if (range.isNullObject) return { name, rows: [] };
  const rows: (RawCell | undefined)[][] = Array.from({ length: range.rowIndex }, () => []);
  const { values, formulas, valueTypes } = range;
  values.forEach((valueRow, r) => {
    const row: (RawCell | undefined)[] = new Array<RawCell | undefined>(range.columnIndex).fill(undefined);
    valueRow.forEach((value, c) => {
      const cell = rawCell(value, formulas[r]?.[c] ?? null, valueTypes[r]?.[c] ?? 'Unknown');
      const note = cell && notes?.at(name, range.rowIndex + r + 1, range.columnIndex + c + 1);
      row.push(note ? { ...cell, note: note.content } : cell);
    });
    while (row.length > 0 && row[row.length - 1] === undefined) row.pop();
    rows.push(row);
  });
  // A header window reaches past the sheet's last row: drop the empty rows it brought.
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return { name, rows };
}

/**
 * One cell as Excel reports it. A formula is told from text by comparing `formulas` with
 * `values`: Excel reports a text cell entered as `'=x` with `formulas` "=x" too (the quote
 * prefix is not returned), but then its value is the same text, which a real formula's
 * value never is.
 */
export function rawCell(
  value: CellOutput | null,
  formula: CellOutput | null,
  type: string,
): RawCell | undefined {
  if (type === 'Empty' || value === null || (value === '' && (formula === '' || formula === null)))
    return undefined;
  const isFormula = typeof formula === 'string' && formula.startsWith('=') && formula !== value;
  const f = isFormula ? { formula: formula.slice(1) } : {};
  if (type === 'Error') return { value: null, error: String(value), ...f };
  return { value, ...f };
}

const SHEET_REF = /^=(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/;

/**
 * A defined name: `=Sheet!$A$1` → its sheet and range; `=#REF!…` (its sheet or cells
 * were deleted) → sheet null. Constants and formulas have no sheet either; their range is
 * the formula text.
 */
export function nameData(name: string, type: string, formula: unknown): NameData {
  const text = typeof formula === 'string' ? formula : String(formula ?? '');
  const m = SHEET_REF.exec(text);
  if (type === 'Error' || text.includes('#REF!') || !m)
    return { name, sheet: null, range: text.replace(/^=/, '') };
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  return { name, sheet, range: m[3] };
}
