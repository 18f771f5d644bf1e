import { CALENDAR } from '../layout/calendarSheet';
import { HYPOTHESES } from '../layout/hypothesesSheet';
import { MEMBERS } from '../layout/memberColumns';
import { sheetNameKey, uniqueSheetName } from '../layout/sheetNames';
import { withoutTables, type SheetKey, type SheetSpec, type WorkbookSpec } from '../layout/spec';
import { isWeekHeading, TREE, weekOfHeader } from '../layout/treeColumns';
import { MILESTONES } from '../workbook/milestonesSheet';
import { matchCalendarHeader } from '../reader/calendarSheet';
import { matchHypothesisHeader } from '../reader/hypothesesSheet';
import { matchMemberHeader } from '../reader/memberSheet';
import { matchMilestoneHeader } from '../reader/milestonesSheet';
import type { ReadWorkbookResult } from '../reader/readWorkbook';
import { matchTreeHeader } from '../reader/treeSheet';
import type { SheetData, WorkbookData } from '../reader/workbookData';
import { carrySheet, type CarryLayout, type CarryMap } from './carry';
import { moveReferences } from './moveRefs';
import { followOnPeoplesSheets } from './peoplesSheets';
import { isChecksSheet } from './placeSheets';
import { toolSheets } from '../reader/toolSheets';
import { renameSheets } from './renameSheets';

const treeColumnKey = (text: string): string | undefined =>
  matchTreeHeader(text) ?? (weekOfHeader(text) !== undefined ? `week:${weekOfHeader(text)}` : undefined);

/** Where the cells of one old sheet went. */
export interface SheetMove extends CarryMap {
  readonly sheet: string;
}

export interface Rebuilt {
  readonly spec: WorkbookSpec;
  readonly moves: readonly SheetMove[];
}

/**
 * Turns a freshly laid-out spec into a rebuild of an existing workbook: the tool's sheets
 * keep the names people gave them, people's own columns and rows, comments and formulas
 * typed into input cells travel with what they belong to, and the regions the tool
 * regenerates are emptied first so a removed node leaves nothing behind.
 */
export function rebuild(laidOut: WorkbookSpec, read: ReadWorkbookResult, data: WorkbookData): Rebuilt {
  // Carried cells are placed row by row: the tree's table is written out into rows first.
  const spec = withoutTables(laidOut);
  const found: Partial<Record<SheetKey, string>> = {
    tree: read.tree?.sheet,
    hypotheses: read.hypotheses?.sheet,
    members: read.members?.sheet,
    calendar: read.calendar?.sheet,
    settings: read.settingsSheet ?? undefined,
    milestones: read.milestones?.sheet,
  };
  const names = new Map<string, string>();
  for (const s of spec.sheets) {
    const name = found[s.key];
    if (name !== undefined) names.set(s.name, name);
  }
  // A sheet the workbook lacks must not come back under a name another of the tool's sheets
  // now carries (the calendar deleted, the tree renamed 「カレンダー」): two sheets of one
  // name would leave every reference to it pointing at either.
  const kept = new Set([...names.values()].map(sheetNameKey));
  const taken = [...names.values(), ...data.sheets.map((d) => d.name)];
  for (const s of spec.sheets) {
    if (found[s.key] !== undefined || !kept.has(sheetNameKey(s.name))) continue;
    const fresh = uniqueSheetName(s.name, taken);
    names.set(s.name, fresh);
    taken.push(fresh);
  }
  const renamed = renameSheets(spec, names);
  const oldSheet = (name: string | undefined): SheetData | undefined =>
    name === undefined ? undefined : data.sheets.find((s) => s.name === name);
  const moves: SheetMove[] = [];
  const carry = (
    sheet: SheetSpec,
    old: SheetData | undefined,
    layout: CarryLayout | undefined,
    clearBelow: number,
  ): SheetSpec => {
    if (!old || !layout) return { ...sheet, clearBelow };
    const done = carrySheet(sheet, old, layout);
    moves.push({ sheet: old.name, ...done.moved });
    return { ...done.sheet, clearBelow };
  };
  const sheets = renamed.sheets.map((sheet): SheetSpec => {
    switch (sheet.key) {
      case 'tree':
        return withoutStaleHeadings(
          carry(sheet, oldSheet(read.tree?.sheet), treeLayout(sheet, read), TREE.headerRow),
          oldSheet(read.tree?.sheet),
        );
      case 'hypotheses':
        return carry(
          sheet,
          oldSheet(read.hypotheses?.sheet),
          hypothesesLayout(sheet, read),
          HYPOTHESES.headerRow,
        );
      case 'members':
        return carry(sheet, memberTable(oldSheet(read.members?.sheet), read), membersLayout(sheet, read), MEMBERS.headerRow);
      case 'calendar':
        return carry(sheet, oldSheet(read.calendar?.sheet), calendarLayout(read), CALENDAR.headerRow);
      case 'milestones':
        return carry(sheet, oldSheet(read.milestones?.sheet), milestonesLayout(sheet, read), MILESTONES.headerRow);
      default:
        return sheet;
    }
  });
  const bySheet = new Map(moves.map((m) => [m.sheet, m]));
  const ours = new Set([...Object.values(found), ...toolSheets(data.sheets.map((s) => s.name), data.names)]);
  // Review tabs are the review's to write; a sheet with the Checks header is rewritten whole.
  const peoples = data.sheets.filter((s) => !ours.has(s.name) && !isChecksSheet(s));
  return {
    spec: { ...renamed, sheets: [...sheets.map((s) => followMoves(s, bySheet)), ...followOnPeoplesSheets(peoples, bySheet)] },
    moves,
  };
}

/**
 * A week's heading the tool wrote above a column that is no week now (the month has fewer
 * weeks, or a column moved) is emptied; the rest of the heading row is left as it stands.
 */
function withoutStaleHeadings(sheet: SheetSpec, old: SheetData | undefined): SheetSpec {
  const before = old?.rows[TREE.weekHeadingRow - 1];
  if (!before) return sheet;
  const rows = sheet.rows.map((r) => [...r]);
  const row = (rows[TREE.weekHeadingRow - 1] ??= []);
  before.forEach((cell, i) => {
    if (typeof cell?.value === 'string' && isWeekHeading(cell.value) && !row[i]) row[i] = { v: null };
  });
  for (let i = 0; i < row.length; i++) row[i] ??= null;
  return { ...sheet, rows };
}

/** People's formulas on a rebuilt sheet point at the cells they pointed at before the move. */
function followMoves(sheet: SheetSpec, bySheet: ReadonlyMap<string, SheetMove>): SheetSpec {
  if (!bySheet.has(sheet.name)) return sheet;
  const rows = sheet.rows.map((r) =>
    r.map((c) =>
      c?.carriedFormula === undefined
        ? c
        : { ...c, carriedFormula: moveReferences(c.carriedFormula, sheet.name, bySheet) },
    ),
  );
  return { ...sheet, rows };
}

/** The spec row (1-based) of each id written in the first column below the header. */
function specRowsById(sheet: SheetSpec, headerRow: number): Map<string, number> {
  const out = new Map<string, number>();
  sheet.rows.forEach((r, i) => {
    const id = r[0]?.v;
    if (i + 1 > headerRow && typeof id === 'string' && !out.has(id)) out.set(id, i + 1);
  });
  return out;
}

function keyedRows(
  sheet: SheetSpec,
  headerRow: number,
  rows: readonly { id: string; row: number }[],
): (oldRow: number) => number | undefined {
  const specRow = specRowsById(sheet, headerRow);
  const idAt = new Map(rows.map((r) => [r.row, r.id]));
  return (oldRow) => {
    const id = idAt.get(oldRow);
    return id === undefined ? undefined : specRow.get(id);
  };
}

/** A sheet whose rows are keyed by an id, old and new: each old row goes to the spec row of the same id. */
function keyedLayout(
  sheet: SheetSpec,
  specHeaderRow: number,
  columnKey: CarryLayout['columnKey'],
  found: { readonly headerRow: number; readonly foreignRows: readonly number[] },
  idRows: readonly { id: string; row: number }[],
): CarryLayout {
  return {
    headerRow: found.headerRow,
    specHeaderRow,
    columnKey,
    rowOf: keyedRows(sheet, specHeaderRow, idRows),
    foreignRows: found.foreignRows,
  };
}

function treeLayout(sheet: SheetSpec, read: ReadWorkbookResult): CarryLayout | undefined {
  const tree = read.tree;
  return tree ? keyedLayout(sheet, TREE.headerRow, treeColumnKey, tree, tree.nodeRows) : undefined;
}

function hypothesesLayout(sheet: SheetSpec, read: ReadWorkbookResult): CarryLayout | undefined {
  const info = read.hypotheses;
  return info ? keyedLayout(sheet, HYPOTHESES.headerRow, matchHypothesisHeader, info, info.hypothesisRows) : undefined;
}

/**
 * The old member sheet without its targets table: the table is the tool's alone and
 * written anew, so nothing of it is carried (its columns are not people's); the member
 * table above it and people's rows below it are.
 */
function memberTable(old: SheetData | undefined, read: ReadWorkbookResult): SheetData | undefined {
  const info = read.members;
  if (old === undefined || info === undefined || info === null) return old;
  const first = info.targetsRow;
  const last = info.targetsEnd;
  // The KGI column of the member table is the tool's formula on every row, an empty one's too:
  // a note typed in an empty row is carried without it.
  const kgi = info.columns.kgi;
  const foreign = new Set(info.foreignRows);
  const withoutKgi = (r: SheetData['rows'][number], row: number): SheetData['rows'][number] =>
    kgi === undefined || !foreign.has(row) || (first !== null && row >= first) || r[kgi - 1] === undefined
      ? r
      : r.map((c, i) => (i === kgi - 1 ? undefined : c));
  return {
    ...old,
    rows: old.rows.map((r, i) =>
      first !== null && last !== null && i + 1 >= first && i + 1 <= last ? [] : withoutKgi(r, i + 1),
    ),
  };
}

/** Member rows are keyed by the member's id; the columns by their headers, a member's own hypothesis by its id. */
function membersLayout(sheet: SheetSpec, read: ReadWorkbookResult): CarryLayout | undefined {
  const info = read.members;
  if (!info) return undefined;
  const overrides = new Set<string>();
  (sheet.rows[MEMBERS.headerRow - 1] ?? []).forEach((c, i) => {
    if (i + 1 >= MEMBERS.firstOverride && typeof c?.v === 'string') overrides.add(c.v);
  });
  return {
    headerRow: info.headerRow,
    specHeaderRow: MEMBERS.headerRow,
    columnKey: (text) => matchMemberHeader(text) ?? (overrides.has(text.trim()) ? `hypothesis:${text.trim()}` : undefined),
    rowOf: memberRowsOf(sheet, info.memberRows),
    foreignRows: info.foreignRows,
  };
}

/** Old member rows → the spec's, by id, among the spec's member rows only (a node of the same id stands further down). */
function memberRowsOf(sheet: SheetSpec, rows: readonly { id: string; row: number }[]): (oldRow: number) => number | undefined {
  const specRow = new Map<string, number>();
  for (let r = MEMBERS.firstRow; typeof sheet.rows[r - 1]?.[0]?.v === 'string'; r++) specRow.set(sheet.rows[r - 1][0]?.v as string, r);
  const idAt = new Map(rows.map((r) => [r.row, r.id]));
  return (oldRow) => {
    const id = idAt.get(oldRow);
    return id === undefined ? undefined : specRow.get(id);
  };
}

/** Calendar rows are not keyed: a row below the header keeps its place (the holiday list as typed). */
function calendarLayout(read: ReadWorkbookResult): CarryLayout | undefined {
  const info = read.calendar;
  if (!info) return undefined;
  return {
    headerRow: info.headerRow,
    specHeaderRow: CALENDAR.headerRow,
    columnKey: matchCalendarHeader,
    rowOf: (oldRow) => oldRow - info.headerRow + CALENDAR.headerRow,
    foreignRows: [],
  };
}

/** Milestone rows are keyed by their id; the numbers typed come back through the model, people's rows and notes are carried. */
function milestonesLayout(sheet: SheetSpec, read: ReadWorkbookResult): CarryLayout | undefined {
  const info = read.milestones;
  return info ? keyedLayout(sheet, MILESTONES.headerRow, matchMilestoneHeader, info, info.idRows) : undefined;
}
