/**
 * The gap table is the tool's: a refresh and `sync` write it again in place, never carry
 * its cells as people's own, and leave what people typed beside it where it was.
 */
import type ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { readWorkbookData } from '../../src/hosts/xlsx/readData';
import { readReviewTab } from '../../src/core/review/readTab';
import { REVIEW } from '../../src/core/layout/reviewColumns';
import { openXlsx } from '../support/edits';
import { cliWorkspace, edit, rowOf, sheet } from '../support/cliWorkbooks';

const C = REVIEW.col;
const TAB = '週次レビュー 2026-W50';
const work = cliWorkspace('kpi-review-gap-');

const cellsHolding = (ws: ExcelJS.Worksheet, text: string): string[] => {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((cell) => void (cell.value === text && out.push(cell.address))));
  return out;
};

describe('the gap table on a refreshed tab', () => {
  it('stays one table, its cells never read as people’s, and a note typed beside it stays', async () => {
    const file = await work.build('gap-refresh.xlsx', 'ja');
    expect(await main(['review', file, '--week', '2026-W50'], work.io())).toBe(0);
    const title = await edit(file, (wb) => {
      const ws = sheet(wb, TAB);
      const at = cellsHolding(ws, '差異の要因');
      expect(at).toHaveLength(1);
      const row = ws.getCell(at[0]).row as unknown as number;
      for (const [id, n] of Object.entries({
        revenue: 200000,
        contracts: 2,
        meetings: 13,
        appointments: 26,
        calls: 80,
      }))
        ws.getCell(rowOf(ws, id), C.actual).value = n;
      ws.getCell(Number(row) + 3, C.q3 + 2).value = '単価は12月の値引き込み';
      return Number(row);
    });
    const read = readReviewTab(readWorkbookData(await openXlsx(file)).sheets.find((s) => s.name === TAB)!);
    expect(read.shape.gap).toMatchObject({ titleRow: title, driverColumn: C.q1, contributionColumn: C.q3 });
    expect(read.shape.gap?.drivers).toHaveLength(5);
    // Only the note is people's among the table's rows.
    const own = read.cells.filter((c) => c.anchor.kind === 'actionsTitle' && !c.noteOnly);
    expect(own.map((c) => c.cell.value)).toEqual(['単価は12月の値引き込み']);

    expect(await main(['review', file, '--week', '2026-W50'], work.io())).toBe(0);
    expect(await main(['sync', file], work.io())).toBe(0);
    const ws = sheet(await openXlsx(file), TAB);
    expect(cellsHolding(ws, '差異の要因')).toHaveLength(1);
    expect(cellsHolding(ws, '合計')).toHaveLength(1);
    expect(cellsHolding(ws, '成約率')).toHaveLength(2); // the rate table's hypothesis and the gap table's driver
    expect(ws.getCell(title + 3, C.q3 + 2).value).toBe('単価は12月の値引き込み');
    expect(cellsHolding(ws, '単価は12月の値引き込み')).toHaveLength(1);
  });
});
