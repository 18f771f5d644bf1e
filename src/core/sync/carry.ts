import { toExcelSerial } from '../calendar/date';
import { grid, type Grid } from '../layout/grid';
import type { Cell, CellValue, SheetSpec } from '../layout/spec';
import type { RawCell, SheetData } from '../reader/workbookData';

/**
 * How a regenerated sheet's old cells map onto its new spec, so that a rebuild, which
 * empties the region below the header and writes it again, keeps everything people put
 * there: their columns (with or without a header), their rows, the comments on any
 * cell, and formulas they typed into input cells.
 */
export interface CarryLayout {
  /** The header row of the old sheet. */
  readonly headerRow: number;
  /** The spec's header row (what the rebuild writes). */
  readonly specHeaderRow: number;
  /** A header text → the tool's column key (`monthly`, a week label, …), or undefined for people's. */
  readonly columnKey: (header: string) => string | undefined;
  /** An old row → the spec row (1-based) holding the same thing; undefined when it is gone. */
  readonly rowOf: (oldRow: number) => number | undefined;
  /** Old rows of people's own that no spec row stands for: kept below the spec's rows. */
  readonly foreignRows: readonly number[];
}

/** Where each old cell went: what formulas that pointed at it must point at now. */
export interface CarryMap {
  readonly row: (oldRow: number) => number | undefined;
  readonly column: (oldColumn: number) => number | undefined;
}

export interface Carried {
  readonly sheet: SheetSpec;
  readonly moved: CarryMap;
}

function headerText(cell: RawCell | undefined): string {
  return cell && !cell.error && cell.value !== null ? String(cell.value).trim() : '';
}

function holds(cell: RawCell | undefined): boolean {
  return (
    cell !== undefined &&
    ((cell.value !== null && cell.value !== '') ||
      cell.formula !== undefined ||
      cell.note !== undefined ||
      cell.error !== undefined)
  );
}

/** A cell of people's own as it travels: value or formula, comment and number format. */
export function carriedCell(cell: RawCell | undefined): Cell | null {
  if (!cell) return null;
  const extra = {
    ...(cell.note !== undefined ? { note: cell.note } : {}),
    ...(cell.numFmt !== undefined ? { numFmt: cell.numFmt } : {}),
  };
  if (cell.formula !== undefined) return { carriedFormula: cell.formula, ...cachedResult(cell), ...extra };
  if (cell.error !== undefined || cell.value === null || cell.value === '')
    return cell.note !== undefined ? { v: null, ...extra } : null;
  return { v: cell.value, ...extra };
}

/** The value a carried formula showed, kept so a reader that does not recalculate sees it. */
function cachedResult(cell: RawCell): { result?: number | string } {
  return typeof cell.value === 'number' || typeof cell.value === 'string' ? { result: cell.value } : {};
}

/** True when the spec would write the value the old cell shows: its formula may stay. */
function sameValue(v: CellValue | undefined, cell: RawCell): boolean {
  if (v === undefined || v === null || cell.error !== undefined) return false;
  if (typeof v === 'object') return cell.value === toExcelSerial(v.date);
  if (typeof v === 'string') return typeof cell.value === 'string' && cell.value.trim() === v.trim();
  return cell.value === v;
}

/** The old sheet's columns: the tool's (old column → its spec column, null when the spec has it no more) and people's. */
interface OldColumns {
  readonly tool: ReadonlyMap<number, number | null>;
  readonly user: readonly { readonly column: number; readonly header: string }[];
}

/**
 * Carries an old sheet onto its regenerated spec: people's columns (placed where they
 * stood, or after the tool's), the cells of rows that stand for a spec row, and people's
 * own rows below the spec's. Says where every old cell went.
 */
export function carrySheet(spec: SheetSpec, old: SheetData, layout: CarryLayout): Carried {
  const sheet = grid(spec.rows.map((r) => [...r]));
  const columns = oldColumns(spec, old, layout);
  const userColumnOf = placeUserColumns(sheet, columns, layout);
  const column = (c: number): number | undefined => userColumnOf.get(c) ?? columns.tool.get(c) ?? undefined;
  const rowMap = new Map<number, number>();
  carryKeyedRows(sheet, old, layout, columns, userColumnOf, rowMap);
  carryForeignRows(sheet, old, layout, columns, userColumnOf, rowMap);
  // Widths stay the tool's: people's columns keep whatever width Excel gives them.
  return { sheet: { ...spec, rows: sheet.rows }, moved: { row: (r) => rowMap.get(r), column } };
}

/** The tool's columns, by header, in the spec and in the old sheet; every other column that holds something is people's. */
function oldColumns(spec: SheetSpec, old: SheetData, layout: CarryLayout): OldColumns {
  const specColumnOf = new Map<string, number>();
  (spec.rows[layout.specHeaderRow - 1] ?? []).forEach((c, i) => {
    const key = typeof c?.v === 'string' ? layout.columnKey(c.v) : undefined;
    if (key !== undefined && !specColumnOf.has(key)) specColumnOf.set(key, i + 1);
  });
  const oldHeader = old.rows[layout.headerRow - 1] ?? [];
  const tool = new Map<number, number | null>();
  const user: { column: number; header: string }[] = [];
  const width = Math.max(0, ...old.rows.map((r) => r.length));
  for (let c = 1; c <= width; c++) {
    const header = headerText(oldHeader[c - 1]);
    const key = header === '' ? undefined : layout.columnKey(header);
    if (key !== undefined && !tool.has(c)) {
      // A tool column the spec no longer has (a week of another month) is the tool's: dropped.
      tool.set(c, specColumnOf.get(key) ?? null);
      continue;
    }
    const below = old.rows.slice(layout.headerRow).some((r) => holds(r?.[c - 1]));
    if (header !== '' || below) user.push({ column: c, header });
  }
  return { tool, user };
}

/**
 * People's columns stay where they stand when the spec writes nothing there, else move
 * after the tool's columns, in the order they stood. Returns old column → new column.
 */
function placeUserColumns(sheet: Grid, columns: OldColumns, layout: CarryLayout): Map<number, number> {
  const specColumns = new Set<number>();
  sheet.rows.forEach((r, i) => {
    if (i + 1 < layout.specHeaderRow) return;
    r.forEach((c, j) => c && specColumns.add(j + 1));
  });
  const specWidth = Math.max(0, ...specColumns);
  const userColumnOf = new Map<number, number>();
  let next = specWidth + 1;
  for (const u of columns.user) {
    const free = !specColumns.has(u.column) && ![...userColumnOf.values()].includes(u.column);
    let to = u.column;
    if (!free) {
      while (specColumns.has(next) || [...userColumnOf.values()].includes(next)) next++;
      to = next++;
    }
    userColumnOf.set(u.column, to);
    // The header goes into the spec's header row, so what is laid out later finds it there.
    if (u.header !== '')
      sheet.put(layout.specHeaderRow, to, to === u.column ? { v: u.header } : { v: u.header, s: 'header' });
  }
  // The header row is not emptied: a tool header left where nothing of the tool's stands now goes.
  const placed = new Set(userColumnOf.values());
  for (const c of columns.tool.keys()) {
    if (sheet.at(layout.specHeaderRow, c) === null && !placed.has(c))
      sheet.put(layout.specHeaderRow, c, { v: null });
  }
  return userColumnOf;
}

/** Rows that stand for a spec row: people's cells, and comments and typed formulas on the tool's. */
function carryKeyedRows(
  sheet: Grid,
  old: SheetData,
  layout: CarryLayout,
  columns: OldColumns,
  userColumnOf: ReadonlyMap<number, number>,
  rowMap: Map<number, number>,
): void {
  const foreign = new Set(layout.foreignRows);
  for (let r = layout.headerRow + 1; r <= old.rows.length; r++) {
    if (foreign.has(r)) continue;
    const to = layout.rowOf(r);
    if (to === undefined) continue;
    rowMap.set(r, to);
    (old.rows[r - 1] ?? []).forEach((cell, i) => {
      const c = i + 1;
      if (!cell) return;
      const user = userColumnOf.get(c);
      if (user !== undefined) {
        const moved = carriedCell(cell);
        if (moved) sheet.put(to, user, moved);
        return;
      }
      const tool = columns.tool.get(c);
      if (tool === undefined || tool === null) return;
      const mine = sheet.at(to, tool);
      let next: Cell | null = mine;
      if (cell.formula !== undefined && mine?.input && sameValue(mine.v, cell))
        next = { ...mine, carriedFormula: cell.formula, ...cachedResult(cell) };
      if (cell.note !== undefined && mine?.note === undefined)
        next = { ...(next ?? { v: null }), note: cell.note };
      if (next !== mine && next !== null) sheet.put(to, tool, next);
    });
  }
}

/**
 * Rows of people's own (a Total row, notes), below the spec's rows, each cell in its
 * column, in the order they stood. Each keeps its distance from the row above it that held
 * something: a Total row right under the tree stays right under it, a note two rows below
 * another stays two rows below it. (A row of theirs between nodes, which are rewritten in
 * the tree's order, comes below the tree at the distance it had from the row above it.)
 */
function carryForeignRows(
  sheet: Grid,
  old: SheetData,
  layout: CarryLayout,
  columns: OldColumns,
  userColumnOf: ReadonlyMap<number, number>,
  rowMap: Map<number, number>,
): void {
  const placed = new Map<number, number>();
  let last = sheet.rows.length;
  for (const r of layout.foreignRows) {
    let above = r - 1;
    while (above > layout.headerRow && !holdsContent(old.rows[above - 1])) above--;
    const to = Math.max((placed.get(above) ?? last) + (r - above), last + 1);
    placed.set(r, to);
    rowMap.set(r, to);
    (old.rows[r - 1] ?? []).forEach((cell, i) => {
      const c = i + 1;
      const column = userColumnOf.get(c) ?? (columns.tool.has(c) ? (columns.tool.get(c) ?? c) : c);
      const moved = carriedCell(cell);
      if (moved) sheet.put(to, column, moved);
    });
    last = to;
  }
}

/** Whether a row holds a value or a formula (a row with only a comment is as good as empty here). */
function holdsContent(cells: readonly (RawCell | undefined)[] | undefined): boolean {
  return (cells ?? []).some((c) => c !== undefined && ((c.value !== null && c.value !== '') || c.formula !== undefined));
}
