import type { Cell } from './spec';

/** A sheet's rows as they are built: cells put at 1-based rows and columns, gaps left null. */
export interface Grid {
  readonly rows: (Cell | null)[][];
  /** Puts a cell, growing the rows (and the row) as far as it needs. */
  put(row: number, col: number, cell: Cell): void;
  /** The cell that stands at a place, or null. */
  at(row: number, col: number): Cell | null;
}

/** A grid over `rows`, which it fills in place. */
export function grid(rows: (Cell | null)[][] = []): Grid {
  return {
    rows,
    put(row, col, cell) {
      while (rows.length < row) rows.push([]);
      const r = rows[row - 1];
      while (r.length < col) r.push(null);
      r[col - 1] = cell;
    },
    at: (row, col) => rows[row - 1]?.[col - 1] ?? null,
  };
}
