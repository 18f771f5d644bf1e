import { a1 } from '../../core/layout/a1';

/** A rectangle of cells, 1-based and inclusive. */
export interface Rect {
  readonly row1: number;
  readonly col1: number;
  readonly row2: number;
  readonly col2: number;
}

export function rectAddress(r: Rect): string {
  return r.row1 === r.row2 && r.col1 === r.col2
    ? a1(r.row1, r.col1)
    : `${a1(r.row1, r.col1)}:${a1(r.row2, r.col2)}`;
}

/** The smallest rectangle holding every cell, or null for none. */
export function boundingRect(cells: Iterable<{ readonly row: number; readonly col: number }>): Rect | null {
  let row1 = Infinity;
  let col1 = Infinity;
  let row2 = -Infinity;
  let col2 = -Infinity;
  for (const { row, col } of cells) {
    row1 = Math.min(row1, row);
    col1 = Math.min(col1, col);
    row2 = Math.max(row2, row);
    col2 = Math.max(col2, col);
  }
  return row1 === Infinity ? null : { row1, col1, row2, col2 };
}

/**
 * Covers a set of cells with few rectangles: runs of adjacent cells in a row, then runs
 * spanning the same columns in consecutive rows merged into one rectangle. A header row
 * becomes one area, a column of same-styled values one area, whatever the tree's size.
 */
export function coverWithRects(cells: Iterable<{ readonly row: number; readonly col: number }>): Rect[] {
  const byRow = new Map<number, number[]>();
  for (const { row, col } of cells) {
    const cols = byRow.get(row);
    if (cols) cols.push(col);
    else byRow.set(row, [col]);
  }
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const done: Rect[] = [];
  /** Rectangles that reached the previous row, by their column span. */
  let open = new Map<string, Rect>();
  for (const row of rows) {
    const cols = [...new Set(byRow.get(row))].sort((a, b) => a - b);
    const next = new Map<string, Rect>();
    let start = cols[0];
    for (let i = 1; i <= cols.length; i++) {
      if (i < cols.length && cols[i] === cols[i - 1] + 1) continue;
      const end = cols[i - 1];
      const key = `${start}:${end}`;
      const above = open.get(key);
      if (above && above.row2 === row - 1) {
        next.set(key, { ...above, row2: row });
        open.delete(key);
      } else {
        next.set(key, { row1: row, col1: start, row2: row, col2: end });
      }
      start = cols[i];
    }
    done.push(...open.values());
    open = next;
  }
  done.push(...open.values());
  return done.sort((a, b) => a.row1 - b.row1 || a.col1 - b.col1);
}
