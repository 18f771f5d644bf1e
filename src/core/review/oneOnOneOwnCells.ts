import { grid } from '../layout/grid';
import { ONE_ON_ONE, toolColumnsOf } from '../layout/oneOnOneIdentity';
import type { Cell } from '../layout/spec';
import { readText } from '../reader/cells';
import type { RawCell, SheetData } from '../reader/workbookData';

/**
 * A cell of people's own on a 1on1 tab, anchored to the keyed row at or above it (the
 * `nth` row with that key) and its distance from it, so it travels with that row.
 */
export interface OwnCell {
  readonly key: string;
  readonly nth: number;
  readonly offset: number;
  readonly col: number;
  readonly cell: RawCell;
}

const TOP = '#top';

function holds(cell: RawCell | undefined): cell is RawCell {
  return (
    cell !== undefined &&
    (cell.formula !== undefined || cell.note !== undefined || (cell.value !== null && cell.value !== ''))
  );
}

/** Every cell of the tab the tool does not write: beside its rows (past its columns), or in rows of people's own. */
export function readOwnCells(sheet: SheetData): OwnCell[] {
  const out: OwnCell[] = [];
  const seen = new Map<string, number>();
  let anchor = { key: TOP, nth: 0, row: 0 };
  sheet.rows.forEach((cells, i) => {
    const r = i + 1;
    const key = readText(cells[ONE_ON_ONE.col.key - 1]);
    const tool = key === undefined ? [] : toolColumnsOf(key);
    if (key !== undefined) {
      const nth = seen.get(key) ?? 0;
      seen.set(key, nth + 1);
      anchor = { key, nth, row: r };
    }
    cells.forEach((cell, j) => {
      const col = j + 1;
      if (!holds(cell) || tool.includes(col)) return;
      out.push({ key: anchor.key, nth: anchor.nth, offset: r - anchor.row, col, cell });
    });
  });
  return out;
}

/** A cell of people's own as it is written back: its value or formula, its format, its comment. */
function carried(cell: RawCell): Cell {
  const extra = {
    ...(cell.note !== undefined ? { note: cell.note } : {}),
    ...(cell.numFmt !== undefined ? { numFmt: cell.numFmt } : {}),
  };
  if (cell.formula !== undefined) return { carriedFormula: cell.formula, ...extra };
  return { v: cell.value === '' ? null : cell.value, ...extra };
}

/**
 * Puts people's cells back beside the rows they stood beside, in the tab's new layout
 * (`rows`, whose column A holds the keys). Nothing is dropped: a cell whose anchor is gone,
 * or whose place is now the tool's, goes below everything else, in its own column.
 */
export function placeOwnCells(rows: (Cell | null)[][], own: readonly OwnCell[]): void {
  const { at, put } = grid(rows);
  const places = new Map<string, number>();
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    const v = row[ONE_ON_ONE.col.key - 1]?.v;
    if (typeof v !== 'string') return;
    const nth = seen.get(v) ?? 0;
    seen.set(v, nth + 1);
    places.set(`${v}\u0000${nth}`, i + 1);
  });
  const last = rows.length;
  const spill: { col: number; cell: Cell }[] = [];
  for (const o of own) {
    const base = o.key === TOP ? 0 : places.get(`${o.key}\u0000${o.nth}`);
    const row = base === undefined ? undefined : base + o.offset;
    const value = carried(o.cell);
    if (row !== undefined && row >= 1 && at(row, o.col) === null) put(row, o.col, value);
    else spill.push({ col: o.col, cell: value });
  }
  let overflow = last + 2;
  for (const { col, cell } of spill) {
    while (at(overflow, col)) overflow++;
    put(overflow, col, cell);
  }
}
