/**
 * People's references follow their KPI (issue 18), the dashboard case: a colleague sorted
 * the tree, typed a memo for the calls, a Total row under the tree and a new KPI below it,
 * and built a dashboard sheet that shows the calls' memo and the Total by address; the
 * file was saved by LibreOffice (the colleague's program). After `sync` puts the tree back
 * in its order, the dashboard still shows the calls' memo and the total — recalculated by
 * LibreOffice — and the Total row still sits right under the tree. A formula filled down
 * in Excel (stored once, shared by the cells below it) follows cell by cell.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { cliWorkspace, edit } from '../support/cliWorkbooks';
import { cli, openXlsx, treeLayout } from '../support/edits';
import { libreOfficeSuite, readCell, recalculate } from '../support/libreoffice';

const ws = cliWorkspace('kpi-tree-references-');
const TREE = 'KPIツリー';
const DASHBOARD = 'ダッシュボード';
const MEMO = '架電は午前中に集中';

/** Swaps what two rows hold, as a sort in a spreadsheet program does. */
function swapRows(sheet: ExcelJS.Worksheet, a: number, b: number, width: number): void {
  for (let c = 1; c <= width; c++) {
    const x = sheet.getCell(a, c).value;
    sheet.getCell(a, c).value = sheet.getCell(b, c).value;
    sheet.getCell(b, c).value = x;
  }
}

interface Placed {
  readonly callsRow: number;
  readonly totalRow: number;
  readonly col: { notes: number; monthly: number; name: number };
}

/** The colleague's edits: a sort, a memo, a Total row, a new KPI under it, and a dashboard. */
function colleaguesEdits(wb: ExcelJS.Workbook): Placed {
  const t = treeLayout(wb);
  const col = { notes: t.col.notes as number, monthly: t.col.monthly as number, name: t.col.name as number };
  const letter = (c: number): string => t.ws.getColumn(c).letter;
  const meetings = t.rowOf.get('meetings') as number;
  const calls = t.rowOf.get('calls') as number;
  swapRows(t.ws, meetings, calls, t.ws.columnCount);
  const callsRow = meetings;
  t.ws.getCell(callsRow, col.notes).value = MEMO;
  const first = Math.min(...t.rowOf.values());
  const last = Math.max(...t.rowOf.values());
  const totalRow = last + 1;
  t.ws.getCell(totalRow, col.name).value = '合計';
  t.ws.getCell(totalRow, col.monthly).value = {
    formula: `SUM(${letter(col.monthly)}${first}:${letter(col.monthly)}${last})`,
  };
  const put = (key: keyof typeof t.col, v: string): void => {
    t.ws.getCell(totalRow + 1, t.col[key] as number).value = v;
  };
  put('id', 'emails');
  put('level', 'KDI');
  put('name', 'メール送信数');
  put('parent', 'appointments');
  put('backcast', 'appointments / appointment_rate');
  put('unit', '件');

  const board = wb.addWorksheet(DASHBOARD);
  board.getCell('A1').value = '架電のメモ';
  board.getCell('B1').value = { formula: `'${TREE}'!${letter(col.notes)}${callsRow}` };
  board.getCell('A2').value = '合計';
  board.getCell('B2').value = { formula: `'${TREE}'!${letter(col.monthly)}${totalRow}` };
  board.getCell('A3').value = 'KDI';
  board.getCell('B3').value = { formula: `'${TREE}'!${letter(col.name)}${callsRow}` };
  board.getCell('D1').value = '週次で見直す';
  board.mergeCells('D1:E2');
  return { callsRow, totalRow, col };
}

const lo = libreOfficeSuite();
lo.describe('a dashboard of people’s own after sync (LibreOffice as the colleague’s program)', () => {
  let synced = '';
  let recalculated = '';
  let placed: Placed;

  beforeAll(async () => {
    const built = await ws.build('dashboard.xlsx', 'ja');
    placed = await edit(built, colleaguesEdits);
    // The colleague's program opens and saves the file.
    synced = path.join(ws.dir, 'saved-by-libreoffice.xlsx');
    await fs.copyFile(await recalculate(built, { tempRoot: ws.dir }), synced);
    const r = await cli(ws.dir, 'sync', synced);
    expect(r.code).toBe(0);
    recalculated = await recalculate(synced, { tempRoot: ws.dir });
  }, 240_000);

  it('puts the tree back in its order (the calls move) and keeps the Total row right under it', async () => {
    const t = treeLayout(await openXlsx(synced));
    expect(t.rowOf.get('calls')).not.toBe(placed.callsRow);
    const last = Math.max(...t.rowOf.values());
    expect(t.ws.getCell(last + 1, placed.col.name).value).toBe('合計');
    expect(t.ws.getCell(t.rowOf.get('calls') as number, placed.col.notes).value).toBe(MEMO);
  });

  it('the dashboard still shows the calls’ memo and name, and the total', async () => {
    expect(await readCell(recalculated, DASHBOARD, 'B1')).toBe(MEMO);
    expect(await readCell(recalculated, DASHBOARD, 'B3')).toBe('架電数');
    const t = treeLayout(await openXlsx(recalculated));
    const total = await readCell(
      recalculated,
      TREE,
      `${t.ws.getColumn(placed.col.monthly).letter}${Math.max(...t.rowOf.values()) + 1}`,
    );
    expect(typeof total).toBe('number');
    expect(total as number).toBeGreaterThan(1000000);
    expect(await readCell(recalculated, DASHBOARD, 'B2')).toBe(total);
  });

  it('leaves the rest of the dashboard as it was', async () => {
    const board = (await openXlsx(synced)).getWorksheet(DASHBOARD) as ExcelJS.Worksheet;
    expect(board.getCell('A1').value).toBe('架電のメモ');
    expect(board.getCell('D1').value).toBe('週次で見直す');
    expect(board.model.merges).toEqual(['D1:E2']);
  });
});

describe('a formula filled down on a dashboard (shared in the file)', () => {
  it('follows cell by cell: the cells whose node moved, and only those', async () => {
    const file = await ws.build('filled.xlsx', 'ja');
    const names: string[] = [];
    await edit(file, (wb) => {
      const t = treeLayout(wb);
      const ids = [...t.rowOf.entries()].sort((a, b) => a[1] - b[1]);
      names.push(...ids.map(([, r]) => String(t.ws.getCell(r, t.col.name as number).value)));
      const name = t.ws.getColumn(t.col.name as number).letter;
      const board = wb.addWorksheet(DASHBOARD);
      board.fillFormula(`A1:A${ids.length}`, `'${TREE}'!${name}${ids[0][1]}`, (r) => names[r - 1] ?? '');
      // Filled down from the last node: its first cell (where the shared formula is kept) moves.
      const last = ids[ids.length - 1][1];
      board.fillFormula('B1:B4', `'${TREE}'!${name}${last}`, () => '');
      // A new KDI under appointments goes in before the meeting's two KCIs, the last nodes.
      const row = t.nextRow;
      const put = (key: keyof typeof t.col, v: string): void => {
        t.ws.getCell(row, t.col[key] as number).value = v;
      };
      put('id', 'emails');
      put('level', 'KDI');
      put('name', 'メール送信数');
      put('parent', 'appointments');
      put('backcast', 'appointments / appointment_rate');
    });
    expect((await cli(ws.dir, 'sync', file)).code).toBe(0);
    const wb = await openXlsx(file);
    const t = treeLayout(wb);
    const board = wb.getWorksheet(DASHBOARD) as ExcelJS.Worksheet;
    const shown = names.map((_, i) => {
      const f = board.getCell(i + 1, 1).formula;
      const row = Number(/(\d+)$/.exec(f)?.[1]);
      return String(t.ws.getCell(row, t.col.name as number).value);
    });
    expect(shown).toEqual(names);
    // The last node (interest_level) went down one row, the KDI typed under it up two, under
    // calls; the rows below it stayed.
    const last = names.length + 4;
    const name = t.ws.getColumn(t.col.name as number).letter;
    expect([1, 2, 3, 4].map((r) => board.getCell(r, 2).formula)).toEqual(
      [last + 1, last - 1, last + 2, last + 3].map((r) => `'${TREE}'!${name}${r}`),
    );
  });
});
