import type ExcelJS from 'exceljs';
import type { IsoDate } from '../../src/core/brand';
import { messages } from '../../src/core/i18n';
import type { TreeColumnKey } from '../../src/core/layout/treeColumns';
import { readWorkbook } from '../../src/core/reader/readWorkbook';
import { reviewSpec } from '../../src/core/review/reviewSpec';
import { applySpec } from '../../src/hosts/xlsx/applySpec';
import { readWorkbookData } from '../../src/hosts/xlsx/readData';
import type { Edit } from './edits';
import { hypothesisRow, sheetByKey, text, type TreeLayout } from './find';
import { REVIEW } from '../../src/core/layout/reviewColumns';

/** The edits beyond the first scenarios: comments, formulas, people's columns, renamed sheets, merges, review tabs. */
export function applyMoreEdits(wb: ExcelJS.Workbook, t: TreeLayout, e: Edit): void {
  const nodeCell = (id: string, column: TreeColumnKey): ExcelJS.Cell =>
    t.ws.getCell(t.rowOf.get(id) as number, t.col[column] as number);
  switch (e.op) {
    case 'commentCell':
      nodeCell(e.id, e.column).note = e.note;
      break;
    case 'commentHypothesis': {
      const h = hypothesisRow(wb, e.id);
      h.ws.getCell(h.row, h.valueCol).note = e.note;
      break;
    }
    case 'formulaInCell':
      nodeCell(e.id, e.column).value = { formula: e.formula, result: e.result } as ExcelJS.CellFormulaValue;
      break;
    case 'formulaInHypothesis': {
      const h = hypothesisRow(wb, e.id);
      h.ws.getCell(h.row, h.valueCol).value = {
        formula: e.formula,
        result: e.result,
      } as ExcelJS.CellFormulaValue;
      break;
    }
    case 'hypothesisColumn': {
      const ws = sheetByKey(wb, 'sheet.hypotheses');
      const col = ws.columnCount + 2;
      for (const [id, v] of Object.entries(e.values)) {
        const h = hypothesisRow(wb, id);
        ws.getCell(h.row, col).value = v;
      }
      ws.getCell(hypothesesHeaderRow(wb), col).value = e.header;
      break;
    }
    case 'looseCell':
      t.ws.getCell(t.rowOf.get(e.id) as number, e.column).value = e.value;
      break;
    case 'swapColumns': {
      const a = t.col[e.a] as number;
      const b = t.col[e.b] as number;
      t.ws.eachRow({ includeEmpty: true }, (row, r) => {
        if (r < t.headerRow) return;
        const ca = row.getCell(a);
        const cb = row.getCell(b);
        const [va, vb] = [ca.value, cb.value];
        const [sa, sb] = [{ ...ca.style }, { ...cb.style }];
        ca.value = vb;
        cb.value = va;
        ca.style = sb;
        cb.style = sa;
      });
      break;
    }
    case 'retypeHeader':
      t.ws.getCell(t.headerRow, t.col[e.column] as number).value = e.text;
      break;
    case 'dateColumn': {
      const col = t.ws.columnCount + 3;
      t.ws.getCell(t.headerRow, col).value = e.header;
      const [y, m, d] = e.date.split('-').map(Number);
      const cell = t.ws.getCell(t.rowOf.get(e.id) as number, col);
      cell.value = new Date(Date.UTC(y as number, (m as number) - 1, d));
      cell.numFmt = e.numFmt;
      break;
    }
    case 'calendarNote':
      sheetByKey(wb, 'sheet.calendar').getCell(e.address).value = e.value;
      break;
    case 'renameSheet': {
      const ws = sheetByKey(wb, e.key);
      const quoted = /^[A-Za-z_][A-Za-z0-9_]*$/.test(ws.name) ? ws.name : `'${ws.name}'`;
      wb.definedNames.model = wb.definedNames.model.map((m) => ({
        ...m,
        ranges: m.ranges.map((r) => r.replace(`${quoted}!`, `'${e.name}'!`)),
      }));
      // Formulas on the tree that name the sheet follow it too, as in Excel.
      for (const sheet of wb.worksheets) {
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            const v = cell.value as { formula?: string; result?: ExcelJS.CellValue } | null;
            if (v && typeof v.formula === 'string' && v.formula.includes(`${quoted}!`))
              cell.value = {
                formula: v.formula.split(`${quoted}!`).join(`'${e.name}'!`),
                result: v.result,
              } as ExcelJS.CellFormulaValue;
          }),
        );
      }
      ws.name = e.name;
      break;
    }
    case 'mergeDown': {
      const r = t.rowOf.get(e.id) as number;
      const c = t.col[e.column] as number;
      t.ws.getCell(r, c).value = e.value;
      t.ws.mergeCells(r, c, r + 1, c);
      break;
    }
    case 'review': {
      const data = readWorkbookData(wb);
      const read = readWorkbook(data, 'en');
      if (read.model === null) throw new Error('no model for the review');
      const plan = reviewSpec({
        model: read.model,
        data,
        lang: read.lang,
        week: e.week,
        generatedOn: '2026-12-01' as IsoDate,
      });
      if ('key' in plan) throw new Error(`review: ${plan.key}`);
      applySpec(wb, plan.spec);
      break;
    }
    case 'reviewAnswer': {
      const tab = reviewTab(wb, e.week);
      tab.ws.getCell(tab.rowOf(e.id), REVIEW.col[e.column]).value = e.value;
      break;
    }
    default:
      throw new Error(`unknown edit ${JSON.stringify(e)}`);
  }
}

export function hypothesesHeaderRow(wb: ExcelJS.Workbook): number {
  const ws = sheetByKey(wb, 'sheet.hypotheses');
  const idHeaders = [messages['sheet.hypotheses.col.id'].en, messages['sheet.hypotheses.col.id'].ja];
  for (let r = 1; r <= 30; r++) if (idHeaders.includes(text(ws.getCell(r, 1).value).trim())) return r;
  throw new Error('no hypotheses header');
}

export function reviewTab(
  wb: ExcelJS.Workbook,
  week: string,
): { ws: ExcelJS.Worksheet; rowOf: (id: string) => number } {
  const ws = wb.worksheets.find((w) => w.name.endsWith(week));
  if (!ws) throw new Error(`no review tab for ${week}`);
  return {
    ws,
    rowOf: (id) => {
      for (let r = REVIEW.firstRow; r <= ws.rowCount; r++)
        if (text(ws.getCell(r, REVIEW.col.id).value) === id) return r;
      throw new Error(`no ${id} on ${ws.name}`);
    },
  };
}
