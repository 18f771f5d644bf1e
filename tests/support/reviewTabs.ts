/**
 * Reading a review tab in tests the way the tool does: by its headers' words and its
 * identity, not by letters, so a test can find its cells after people moved them.
 */
import type ExcelJS from 'exceljs';
import { messages, type MessageKey } from '../../src/core/i18n';
import {
  REVIEW_ACTION_HEADERS,
  REVIEW_NODE_HEADERS,
  type ReviewActionKey,
  type ReviewNodeKey,
} from '../../src/core/layout/reviewColumns';
import { parseReviewIdentityName } from '../../src/core/layout/reviewIdentity';
import { value } from './cliWorkbooks';
import type { CellScalar } from './libreoffice';

const wordsOf = (key: MessageKey): string[] => [messages[key].ja, messages[key].en];
const text = (v: ExcelJS.CellValue): string =>
  typeof v === 'string'
    ? v
    : v === null || v === undefined
      ? ''
      : typeof v === 'object' && 'richText' in v
        ? v.richText.map((r) => r.text).join('')
        : String(v);

export interface TabView {
  readonly ws: ExcelJS.Worksheet;
  readonly headerRow: number;
  readonly col: (key: ReviewNodeKey) => number;
  readonly rowOf: (id: string) => number;
  readonly cell: (id: string, key: ReviewNodeKey) => CellScalar;
  readonly actionHeaderRow: number;
  readonly actionCol: (key: ReviewActionKey) => number;
  /** The column of a header people typed. */
  readonly columnOf: (header: string) => number;
}

function findRow(ws: ExcelJS.Worksheet, from: number, words: readonly string[]): number {
  for (let r = from; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    let found = false;
    row.eachCell((c) => {
      if (words.includes(text(c.value).trim())) found = true;
    });
    if (found) return r;
  }
  throw new Error(`no row with ${words.join(' / ')} on ${ws.name}`);
}

function columnIn(ws: ExcelJS.Worksheet, row: number, words: readonly string[]): number {
  let col = -1;
  ws.getRow(row).eachCell((c, n) => {
    if (col < 0 && words.includes(text(c.value).trim())) col = n;
  });
  if (col < 0) throw new Error(`no column ${words.join(' / ')} on ${ws.name} row ${row}`);
  return col;
}

/** A review tab read by its headers. */
export function tabView(ws: ExcelJS.Worksheet): TabView {
  const headerRow = findRow(ws, 1, wordsOf(REVIEW_NODE_HEADERS.actual));
  const col = (key: ReviewNodeKey): number => columnIn(ws, headerRow, wordsOf(REVIEW_NODE_HEADERS[key]));
  const rowOf = (id: string): number => {
    const c = col('id');
    for (let r = headerRow + 1; r <= ws.rowCount; r++) if (text(ws.getCell(r, c).value) === id) return r;
    throw new Error(`no row for ${id} on ${ws.name}`);
  };
  const actionHeaderRow = findRow(ws, headerRow + 1, wordsOf(REVIEW_ACTION_HEADERS.issue));
  return {
    ws,
    headerRow,
    col,
    rowOf,
    cell: (id, key) => value(ws.getCell(rowOf(id), col(key))),
    actionHeaderRow,
    actionCol: (key) => columnIn(ws, actionHeaderRow, wordsOf(REVIEW_ACTION_HEADERS[key])),
    columnOf: (header) => columnIn(ws, headerRow, [header]),
  };
}

/** The review tab of a week (and month) by its identity in the workbook's names, whatever it is called. */
export function tabOf(wb: ExcelJS.Workbook, week: string, month?: string): ExcelJS.Worksheet {
  for (const n of wb.definedNames.model) {
    const id = parseReviewIdentityName(n.name);
    if (id === null || id.week !== week || (month !== undefined && id.month !== month)) continue;
    const sheet = n.ranges[0]
      ?.replace(/!.*$/, '')
      .replace(/^'(.*)'$/, '$1')
      .replace(/''/g, "'");
    const ws = sheet === undefined ? undefined : wb.getWorksheet(sheet);
    if (ws) return ws;
  }
  throw new Error(`no review tab for ${week} ${month ?? ''}`);
}
