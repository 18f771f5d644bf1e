import type ExcelJS from 'exceljs';
import { messages } from '../../src/core/i18n';
import { TREE_HEADER_KEYS, type TreeColumnKey } from '../../src/core/layout/treeColumns';
import { headerMatcher } from '../../src/core/reader/headers';

// Finding things by header and ID, never by fixed letters.

const matchTree = headerMatcher(TREE_HEADER_KEYS);

export function sheetByKey(
  wb: ExcelJS.Workbook,
  key: 'sheet.tree' | 'sheet.hypotheses' | 'sheet.settings' | 'sheet.calendar',
): ExcelJS.Worksheet {
  const names = [messages[key].en, messages[key].ja];
  // A renamed Hypotheses or Calendar sheet is found by a header of its own, as the reader does.
  const signature = {
    'sheet.hypotheses': 'sheet.hypotheses.col.value',
    'sheet.calendar': 'sheet.calendar.col.cumulative',
  } as const;
  const header = key in signature ? signature[key as keyof typeof signature] : undefined;
  const hasHeader = (w: ExcelJS.Worksheet): boolean => {
    if (header === undefined) return false;
    for (let r = 1; r <= 30; r++) {
      const texts = (w.getRow(r).values as ExcelJS.CellValue[]).map((v) => text(v ?? null).trim());
      if (texts.includes(messages[header].en) || texts.includes(messages[header].ja)) return true;
    }
    return false;
  };
  const ws =
    wb.worksheets.find((w) => names.includes(w.name) && (header === undefined || hasHeader(w))) ??
    wb.worksheets.find(hasHeader);
  if (!ws) throw new Error(`no sheet ${names.join('/')}`);
  return ws;
}

export function text(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object' && 'result' in v)
    return text((v as { result?: ExcelJS.CellValue }).result ?? null);
  return String(v);
}

export interface TreeLayout {
  readonly ws: ExcelJS.Worksheet;
  readonly headerRow: number;
  /** Tool columns by key, and every header by its text. */
  readonly col: Partial<Record<TreeColumnKey, number>>;
  readonly byHeader: Map<string, number>;
  readonly rowOf: Map<string, number>;
  /** The first row after the last used row. */
  readonly nextRow: number;
}

export function treeLayout(wb: ExcelJS.Workbook): TreeLayout {
  const ws = sheetByKey(wb, 'sheet.tree');
  for (let r = 1; r <= 30; r++) {
    const col: Partial<Record<TreeColumnKey, number>> = {};
    const byHeader = new Map<string, number>();
    ws.getRow(r).eachCell((cell, c) => {
      const t = text(cell.value).trim();
      if (t === '') return;
      byHeader.set(t, c);
      const key = matchTree(t);
      if (key && col[key] === undefined) col[key] = c;
    });
    if (col.id && col.level && col.name && col.parent) {
      const rowOf = new Map<string, number>();
      let last = r;
      ws.eachRow((row, rr) => {
        if (rr <= r) return;
        const id = text(row.getCell(col.id as number).value).trim();
        if (id !== '' && !rowOf.has(id)) rowOf.set(id, rr);
        if (row.hasValues) last = Math.max(last, rr);
      });
      return { ws, headerRow: r, col, byHeader, rowOf, nextRow: last + 1 };
    }
  }
  throw new Error('no tree header row');
}

export function hypothesisRow(
  wb: ExcelJS.Workbook,
  id: string,
): { ws: ExcelJS.Worksheet; row: number; valueCol: number } {
  const ws = sheetByKey(wb, 'sheet.hypotheses');
  const valueHeaders = [messages['sheet.hypotheses.col.value'].en, messages['sheet.hypotheses.col.value'].ja];
  const idHeaders = [messages['sheet.hypotheses.col.id'].en, messages['sheet.hypotheses.col.id'].ja];
  for (let r = 1; r <= 30; r++) {
    let idCol = 0;
    let valueCol = 0;
    ws.getRow(r).eachCell((cell, c) => {
      const t = text(cell.value).trim();
      if (idHeaders.includes(t)) idCol = c;
      if (valueHeaders.includes(t)) valueCol = c;
    });
    if (idCol && valueCol) {
      for (let rr = r + 1; rr <= ws.rowCount; rr++)
        if (text(ws.getCell(rr, idCol).value).trim() === id) return { ws, row: rr, valueCol };
      throw new Error(`no hypothesis ${id}`);
    }
  }
  throw new Error('no hypotheses header');
}
