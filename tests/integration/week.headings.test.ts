/**
 * A week column is found by the ISO label in its header, also when a colleague pasted a
 * heading above it as text (「第2週（12/7〜12/13）」, a line break, 2026-W50): the workbook
 * still reads, and sync writes the column back under its label.
 */
import { promises as fs } from 'node:fs';
import type ExcelJS from 'exceljs';
import { TREE } from '../../src/core/layout/treeColumns';
import { buildExample, cli, openXlsx } from '../support/edits';

function weekHeaders(wb: ExcelJS.Workbook, sheet: string, row = TREE.headerRow): ExcelJS.Cell[] {
  const cells: ExcelJS.Cell[] = [];
  wb.getWorksheet(sheet)!.getRow(row).eachCell((cell) => {
    if (typeof cell.value === 'string' && /\d{4}-W\d{2}$/.test(cell.value)) cells.push(cell);
  });
  return cells;
}

describe('week columns found by their ISO label', () => {
  let dir = '';
  afterAll(async () => {
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  it('a heading pasted as text above the label still reads, and sync writes the label back', async () => {
    const built = await buildExample('old.xlsx');
    dir = built.dir;
    const before = await cli(dir, 'backcast', 'old.xlsx');
    const wb = await openXlsx(built.file);
    weekHeaders(wb, 'KPIツリー')[1].value = '第2週（12/7〜12/13）\n2026-W50';
    await wb.xlsx.writeFile(built.file);

    const read = await cli(dir, 'backcast', 'old.xlsx');
    expect(read.code).toBe(0);
    expect(read.out).toBe(before.out);
    expect(await cli(dir, 'sync', 'old.xlsx')).toMatchObject({ code: 0, err: '' });
    const after = weekHeaders(await openXlsx(built.file), 'KPIツリー');
    expect(after.map((c) => c.value)).toEqual(['2026-W49', '2026-W50', '2026-W51', '2026-W52', '2026-W53']);
    expect((await cli(dir, 'review', 'old.xlsx', '--week', '2026-W50')).code).toBe(0);
  });
});
