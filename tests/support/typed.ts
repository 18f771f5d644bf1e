import type ExcelJS from 'exceljs';
import { LANGS, messages, type MessageKey } from '../../src/core/i18n';
import { headerMatcher } from '../../src/core/reader/headers';
import { CALENDAR_HEADER_KEYS } from '../../src/core/layout/calendarSheet';
import { matchHypothesisHeader } from '../../src/core/reader/hypothesesSheet';
import { TREE_HEADER_KEYS } from '../../src/core/layout/treeColumns';

/**
 * Everything people may have typed into a workbook, keyed by what it belongs to rather
 * than by address: a node's cell by node id and column header, a hypothesis's by its id,
 * a holiday by its place in the list, a note row by its text, and every cell of the other
 * sheets (people's own, review tabs) by address. Values come with their comment and, in
 * people's own columns, their number format. Generated cells (targets, the checks column)
 * are left out: a rebuild rewrites them.
 */
export function typedContent(wb: ExcelJS.Workbook): Map<string, string> {
  const out = new Map<string, string>();
  const nameOf = (key: MessageKey): string[] => LANGS.map((l) => messages[key][l]);
  const is = (ws: ExcelJS.Worksheet, key: MessageKey): boolean => nameOf(key).includes(ws.name);
  const tree = wb.worksheets.find((ws) => is(ws, 'sheet.tree'));
  const hypotheses = wb.worksheets.find(
    (ws) => findHeader(ws, nameOf('sheet.hypotheses.col.value')) !== null,
  );
  const calendar = wb.worksheets.find(
    (ws) => findHeader(ws, nameOf('sheet.calendar.col.cumulative')) !== null,
  );
  for (const ws of wb.worksheets) {
    if (ws === tree) keyed(ws, 'tree', out, (h) => generatedTreeHeader(h));
    else if (ws === hypotheses) keyed(ws, 'hyp', out, () => false);
    else if (ws === calendar) calendarContent(ws, out);
    else if (is(ws, 'sheet.settings') || is(ws, 'sheet.checks')) continue;
    else ws.eachRow((row) => row.eachCell((cell) => add(out, `${ws.name}!${cell.address}`, cell, true)));
  }
  return out;
}

const matchTree = headerMatcher(TREE_HEADER_KEYS);
const matchCalendar = headerMatcher(CALENDAR_HEADER_KEYS);
const CHECKS = new Set(LANGS.map((l) => messages['sheet.tree.col.checks'][l]));

function generatedTreeHeader(header: string): boolean {
  const key = matchTree(header);
  return key === 'perWorkday' || /^\d{4}-W\d{2}$/.test(header) || CHECKS.has(header);
}

function show(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  if (typeof v === 'object' && 'formula' in v)
    return `f:${show((v as { result?: ExcelJS.CellValue }).result ?? null)}`;
  if (typeof v === 'object' && 'error' in v) return String(v.error);
  if (typeof v === 'object' && 'text' in v) return String((v as { text: unknown }).text);
  return String(v);
}

function noteOf(cell: ExcelJS.Cell): string {
  const n = cell.note as unknown;
  if (n === undefined || n === null) return '';
  if (typeof n === 'string') return n;
  return ((n as { texts?: { text?: string }[] }).texts ?? []).map((t) => t.text ?? '').join('');
}

function add(out: Map<string, string>, key: string, cell: ExcelJS.Cell, theirs: boolean): void {
  // ExcelJS gives every cell of a merged area the value of its top-left cell: only that one holds it.
  if (cell.isMerged && cell.master !== cell) return;
  const value = show(cell.value);
  const note = noteOf(cell);
  if (value === '' && note === '') return;
  const fmt = theirs && cell.numFmt && cell.numFmt !== 'General' ? ` fmt:${cell.numFmt}` : '';
  out.set(key, `${value}${note ? ` note:${note}` : ''}${fmt}`);
}

function findHeader(ws: ExcelJS.Worksheet, texts: readonly string[]): number | null {
  for (let r = 1; r <= 30; r++) {
    let found = false;
    ws.getRow(r).eachCell((c) => {
      if (texts.includes(show(c.value).trim())) found = true;
    });
    if (found) return r;
  }
  return null;
}

/** Rows keyed by the ID in column A, below the header that holds "ID". */
function keyed(
  ws: ExcelJS.Worksheet,
  prefix: string,
  out: Map<string, string>,
  generated: (header: string) => boolean,
): void {
  const headerRow = findHeader(ws, ['ID']);
  if (headerRow === null) return;
  const headers = new Map<number, string>();
  ws.getRow(headerRow).eachCell((c, i) => headers.set(i, show(c.value).trim()));
  const isKgi = (row: ExcelJS.Row): boolean => show(row.getCell(2).value) === 'KGI';
  const notes = new Map<string, number>();
  ws.eachRow((row, r) => {
    if (r <= headerRow) return;
    const id = show(row.getCell(1).value).trim();
    if (id === '') {
      const text = (row.values as ExcelJS.CellValue[])
        .map((v) => show(v ?? null))
        .filter(Boolean)
        .join(' | ');
      if (text !== '') notes.set(text, (notes.get(text) ?? 0) + 1);
      return;
    }
    row.eachCell((cell, c) => {
      const header = headers.get(c) ?? '';
      if (generated(header)) return;
      if (prefix === 'tree' && matchTree(header) === 'monthly' && !isKgi(row)) return;
      const theirs =
        header === '' ||
        (prefix === 'tree'
          ? matchTree(header) === undefined
          : !['ID', 'Name', 'Value', 'Unit', 'Rationale', '名称', '値', '単位', '根拠'].includes(header));
      // Tool columns by what they are, so a header retyped in the other language is the same column.
      const column = (prefix === 'tree' ? matchTree(header) : matchHypothesisHeader(header)) ?? (header || `col${c}`);
      add(out, `${prefix}:${id}:${column}`, cell, theirs);
    });
  });
  for (const [text, n] of notes) out.set(`${prefix}:note-row:${text}`, String(n));
}

function calendarContent(ws: ExcelJS.Worksheet, out: Map<string, string>): void {
  const headerRow = findHeader(
    ws,
    LANGS.map((l) => messages['sheet.calendar.col.cumulative'][l]),
  ) as number;
  const headers = new Map<number, string>();
  ws.getRow(headerRow).eachCell((c, i) => headers.set(i, show(c.value).trim()));
  ws.eachRow((row, r) => {
    if (r <= headerRow) return;
    row.eachCell((cell, c) => {
      const key = matchCalendar(headers.get(c) ?? '');
      // The week and day tables are generated; the holiday list and people's columns are typed.
      if (key !== undefined && key !== 'holiday' && key !== 'holidayName') return;
      add(out, `cal:${r}:${headers.get(c) || `col${c}`}`, cell, key === undefined);
    });
  });
}
