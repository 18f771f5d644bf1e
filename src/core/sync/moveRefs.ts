import { scanFormula, type FormulaToken } from '../formula/scan';
import { columnLetter, columnNumber } from '../layout/a1';

/** Where the cells of a sheet went: `undefined` keeps the row (or column) as it was. */
export interface CellMove {
  readonly row: (oldRow: number) => number | undefined;
  readonly column: (oldColumn: number) => number | undefined;
}

const A1 = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/;

function moveA1(ref: string, move: CellMove): string {
  const m = A1.exec(ref);
  if (!m) return ref;
  const [, colAbs, letters, rowAbs, digits] = m;
  const row = Number(digits);
  const column = columnNumber(letters);
  const toRow = move.row(row) ?? row;
  const toColumn = move.column(column) ?? column;
  return `${colAbs}${columnLetter(toColumn)}${rowAbs}${toRow}`;
}

/** A cell reference at `tokens[k]`: `A1`, or `A1:B2`, and how many tokens it takes; null when none stands there. */
function referenceAt(tokens: readonly FormulaToken[], k: number): { cells: string[]; length: number } | null {
  const isCell = (t: FormulaToken | undefined): boolean => t?.kind === 'word' && A1.test(t.text);
  if (!isCell(tokens[k]) || tokens[k + 1]?.text === '(') return null;
  if (tokens[k + 1]?.text === ':' && isCell(tokens[k + 2]))
    return { cells: [tokens[k].text, tokens[k + 2].text], length: 3 };
  return { cells: [tokens[k].text], length: 1 };
}

/**
 * A formula people wrote, with its A1 references to cells that a rebuild moved pointed at
 * where those cells are now, as Excel does when cells are cut and pasted: `=H7*2` in a
 * row that moved down one, beside a column that moved left, becomes `=G8*2`. References
 * inside strings, to other sheets, to names and to functions are left alone.
 *
 * `here` is the sheet the formula is on; `moves` says, by sheet name, where cells went.
 */
export function moveReferences(formula: string, here: string, moves: ReadonlyMap<string, CellMove>): string {
  const moveOf = (sheet: string): CellMove | undefined => {
    const wanted = sheet.toLowerCase();
    for (const [name, move] of moves) if (name.toLowerCase() === wanted) return move;
    return undefined;
  };
  const tokens = scanFormula(formula);
  let out = '';
  let k = 0;
  while (k < tokens.length) {
    const token = tokens[k];
    // `Sheet!A1` or `'My sheet'!A1`: the reference after `!` is on that sheet.
    const qualified = (token.kind === 'sheet' || token.kind === 'word') && tokens[k + 1]?.text === '!';
    const start = qualified ? k + 2 : k;
    const reference = referenceAt(tokens, start);
    out += qualified ? `${token.text}!` : reference === null ? token.text : '';
    if (reference === null) {
      // What follows `!` is read on its own; any other run is copied as it is.
      k = qualified ? start : k + 1;
      continue;
    }
    const move = moveOf(!qualified ? here : token.kind === 'sheet' ? token.sheet : token.text);
    out += reference.cells.map((cell) => (move ? moveA1(cell, move) : cell)).join(':');
    k = start + reference.length;
  }
  return out;
}
