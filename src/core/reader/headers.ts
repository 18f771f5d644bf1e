import { LANGS, messages, type MessageKey } from '../i18n';
import type { RawCell, SheetData } from './workbookData';
import { readText } from './cells';

/** Header text, normalised so "Monthly target", "monthly target " and full-width spaces match. */
export function normaliseHeader(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Maps a header cell's text to a key, accepting the header in either language. */
export function headerMatcher<K extends string>(keys: Readonly<Record<K, MessageKey>>): (text: string) => K | undefined {
  const table = new Map<string, K>();
  for (const key of Object.keys(keys) as K[]) {
    for (const lang of LANGS) table.set(normaliseHeader(messages[keys[key]][lang]), key);
  }
  return (text) => table.get(normaliseHeader(text));
}

export interface HeaderRow<K extends string> {
  readonly row: number;
  readonly columns: Partial<Record<K, number>>;
  /** Columns whose header the tool does not know: people's own columns. */
  readonly others: { column: number; header: string }[];
}

/** The first row (within the first 30) holding all `required` headers. */
/** How far down a sheet a header row is looked for. */
export const HEADER_SEARCH_ROWS = 30;

export function findHeaderRow<K extends string>(
  sheet: SheetData,
  match: (text: string) => K | undefined,
  required: readonly K[],
): HeaderRow<K> | null {
  const limit = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
  for (let r = 1; r <= limit; r++) {
    const cells = sheet.rows[r - 1] ?? [];
    const columns: Partial<Record<K, number>> = {};
    const others: { column: number; header: string }[] = [];
    cells.forEach((cell: RawCell | undefined, i) => {
      const text = readText(cell);
      if (text === undefined) return;
      const key = match(text);
      if (key !== undefined && columns[key] === undefined) columns[key] = i + 1;
      else others.push({ column: i + 1, header: text });
    });
    if (required.every((k) => columns[k] !== undefined)) return { row: r, columns, others };
  }
  return null;
}

/** A sheet by its name in either language (case and width insensitive). */
export function findSheet(sheets: readonly SheetData[], key: MessageKey): SheetData | undefined {
  const wanted = new Set(LANGS.map((l) => normaliseHeader(messages[key][l])));
  return sheets.find((s) => wanted.has(normaliseHeader(s.name)));
}
