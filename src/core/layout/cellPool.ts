import type { Cell, StyleKey } from './spec';

/** A cell of a value and a style, made once for all the rows that hold it alike. */
export type CellPool = (v: string | number | null, s: StyleKey, input?: true) => Cell;

/**
 * Cells many rows hold alike — an empty input, a level, a unit, an owner — are made once
 * and shared: a spec's cells are never changed once laid out, and a 10,000-node tree then
 * holds some 100,000 fewer cell objects.
 */
export function cellPool(): CellPool {
  const plain = new Map<StyleKey, Map<string | number | null, Cell>>();
  const inputs = new Map<StyleKey, Map<string | number | null, Cell>>();
  // Blanks, the most asked for, by their style alone.
  const blank = new Map<StyleKey, Cell>();
  const blankInput = new Map<StyleKey, Cell>();
  return (v, s, input) => {
    if (v === null) {
      const blanks = input ? blankInput : blank;
      let cell = blanks.get(s);
      if (cell === undefined) blanks.set(s, (cell = input ? { v, s, input } : { v, s }));
      return cell;
    }
    const pool = input ? inputs : plain;
    let byValue = pool.get(s);
    if (byValue === undefined) pool.set(s, (byValue = new Map()));
    let cell = byValue.get(v);
    if (cell === undefined) byValue.set(v, (cell = input ? { v, s, input } : { v, s }));
    return cell;
  };
}
