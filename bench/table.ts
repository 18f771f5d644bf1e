/** Plain-text tables for the terminal: one header row, columns padded, numbers right-aligned. */
import { displayWidth, padEnd, padStart } from '../src/core/text/width';

export interface Table {
  readonly title: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Lines printed under the table (targets, notes). */
  readonly notes?: readonly string[];
}

const NUMERIC = /^[-+]?[\d,.]+(\s?[%×a-zA-Z]+)?$/;

export function formatTable(table: Table): string {
  const all = [table.header, ...table.rows];
  const widths = table.header.map((_, c) => Math.max(...all.map((r) => displayWidth(r[c] ?? ''))));
  const line = (cells: readonly string[], header: boolean): string =>
    cells
      .map((cell, c) => (!header && NUMERIC.test(cell) ? padStart(cell, widths[c]) : padEnd(cell, widths[c])))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [
    table.title,
    line(table.header, true),
    rule,
    ...table.rows.map((r) => line(r, false)),
    ...(table.notes ?? []),
  ].join('\n');
}

/** `1234567` → `1,234,567`. */
export const grouped = (n: number): string => Math.round(n).toLocaleString('en-US');

/** Bytes as KB or MB with one decimal (1 KB = 1024 bytes). */
export function kib(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}
