/** A1 addressing, 1-based rows and columns. */
import { quoteSheetName } from '../formula/sheetName';

/** The letters of the columns met so far: every row of a large tree names the same few. */
const LETTERS: string[] = [];
/** Excel's last column, XFD: the letters above it are not kept. */
const LAST_COLUMN = 16384;

export function columnLetter(column: number): string {
  const known = LETTERS[column];
  if (known !== undefined) return known;
  const letters = lettersOf(column);
  if (Number.isInteger(column) && column > 0 && column <= LAST_COLUMN) LETTERS[column] = letters;
  return letters;
}

function lettersOf(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

export function absA1(row: number, column: number): string {
  return `$${columnLetter(column)}$${row}`;
}

export function absRange(row1: number, col1: number, row2: number, col2: number): string {
  const first = absA1(row1, col1);
  return row1 === row2 && col1 === col2 ? first : `${first}:${absA1(row2, col2)}`;
}

export function range(row1: number, col1: number, row2: number, col2: number): string {
  return `${a1(row1, col1)}:${a1(row2, col2)}`;
}

/** `$G$5` / `G5` → { row: 5, column: 7 }; null when it is not a single cell. */
export function parseA1(address: string): { row: number; column: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return null;
  return { row: Number(m[2]), column: columnNumber(m[1]) };
}

/** `$G$5:$K$5` → its corners; a single cell is a one-cell range. */
export function parseRange(
  address: string,
): { row1: number; col1: number; row2: number; col2: number } | null {
  const [a, b] = address.split(':');
  const p = parseA1(a);
  const q = b === undefined ? p : parseA1(b);
  if (!p || !q) return null;
  return {
    row1: Math.min(p.row, q.row),
    col1: Math.min(p.column, q.column),
    row2: Math.max(p.row, q.row),
    col2: Math.max(p.column, q.column),
  };
}

/** `'KPI Tree'!C7`: the one way addresses are written, quoted by `quoteSheetName`. */
export function sheetAddress(sheet: string, row: number, column: number): string {
  return `${quoteSheetName(sheet)}!${a1(row, column)}`;
}

/** `'KPI Tree'!C7` → { sheet: 'KPI Tree', address: 'C7' }; `Bob''s` unquoted to `Bob's`. */
export function parseSheetAddress(text: string): { sheet: string; address: string } | null {
  const quoted = /^'((?:[^']|'')+)'!(\$?[A-Za-z]{1,3}\$?\d+)$/.exec(text);
  if (quoted) return { sheet: quoted[1].replace(/''/g, "'"), address: quoted[2].replace(/\$/g, '') };
  const bare = /^([^'!]+)!(\$?[A-Za-z]{1,3}\$?\d+)$/.exec(text);
  return bare ? { sheet: bare[1], address: bare[2].replace(/\$/g, '') } : null;
}
