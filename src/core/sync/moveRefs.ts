import { columnLetter, columnNumber } from '../layout/a1';

/** Where the cells of a sheet went: `undefined` keeps the row (or column) as it was. */
export interface CellMove {
  readonly row: (oldRow: number) => number | undefined;
  readonly column: (oldColumn: number) => number | undefined;
}

const A1 = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/;
const NAME_CHAR = /[A-Za-z0-9_.$\\]/;

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
  let out = '';
  let i = 0;
  /** Reads `A1` or `A1:B2` at `i` and moves it on `sheet`; false when none stands there. */
  const reference = (sheet: string): boolean => {
    const start = i;
    while (i < formula.length && NAME_CHAR.test(formula[i])) i++;
    let ref = formula.slice(start, i);
    if (!A1.test(ref) || formula[i] === '(') {
      i = start;
      return false;
    }
    if (formula[i] === ':') {
      const end = i + 1;
      let j = end;
      while (j < formula.length && NAME_CHAR.test(formula[j])) j++;
      if (A1.test(formula.slice(end, j))) {
        ref = formula.slice(start, j);
        i = j;
      }
    }
    const move = moveOf(sheet);
    out += move
      ? ref
          .split(':')
          .map((r) => moveA1(r, move))
          .join(':')
      : ref;
    return true;
  };
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      // A string literal ("" is a quote inside it).
      let j = i + 1;
      while (j < formula.length && !(formula[j] === '"' && formula[j + 1] !== '"'))
        j += formula[j] === '"' ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
    } else if (ch === '[') {
      // A structured reference (Table1[Column]) or an external workbook: not ours.
      const j = formula.indexOf(']', i);
      const end = j < 0 ? formula.length : j + 1;
      out += formula.slice(i, end);
      i = end;
    } else if (ch === "'") {
      // A quoted sheet name ('' is a quote inside it), then `!` and a reference.
      let j = i + 1;
      while (j < formula.length && !(formula[j] === "'" && formula[j + 1] !== "'"))
        j += formula[j] === "'" ? 2 : 1;
      const sheet = formula.slice(i + 1, j).replace(/''/g, "'");
      out += formula.slice(i, j + 1);
      i = j + 1;
      if (formula[i] === '!') {
        out += '!';
        i++;
        reference(sheet);
      }
    } else if (NAME_CHAR.test(ch) && !(i > 0 && NAME_CHAR.test(formula[i - 1]))) {
      let j = i;
      while (j < formula.length && NAME_CHAR.test(formula[j])) j++;
      if (formula[j] === '!') {
        // An unquoted sheet name.
        out += formula.slice(i, j + 1);
        const sheet = formula.slice(i, j);
        i = j + 1;
        reference(sheet);
      } else if (!reference(here)) {
        out += formula.slice(i, j);
        i = j;
      }
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}
