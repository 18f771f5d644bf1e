/**
 * Week columns are headed the way people name weeks — 「第1週（12/1〜12/6）」 above the ISO
 * label — while each cell keeps the ISO label itself: `WEEKS`, every review formula's
 * MATCH, the reader and other tools look for it. Workbooks written before the headings
 * (plain ISO labels) and headers pasted as two-line text still read, and sync heads them.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { TREE } from '../../src/core/layout/treeColumns';
import { buildExample, cli, EXAMPLE, openXlsx } from '../support/edits';

const ISO = /^\d{4}-W\d{2}$/;

function weekHeaders(wb: ExcelJS.Workbook, sheet: string, row = TREE.headerRow): ExcelJS.Cell[] {
  const cells: ExcelJS.Cell[] = [];
  wb.getWorksheet(sheet)!.getRow(row).eachCell((cell) => {
    if (typeof cell.value === 'string' && /\d{4}-W\d{2}$/.test(cell.value)) cells.push(cell);
  });
  return cells;
}

describe('week headings', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await fs.rm(dir, { recursive: true, force: true });
  });

  it('the tree sheet heads each week 第N週（M/D〜M/D） above the ISO label the cell holds', async () => {
    const { dir, file } = await buildExample('ja.xlsx');
    dirs.push(dir);
    const wb = await openXlsx(file);
    const cells = weekHeaders(wb, 'KPIツリー');
    expect(cells.map((c) => c.value)).toEqual(['2026-W49', '2026-W50', '2026-W51', '2026-W52', '2026-W53']);
    expect(cells.map((c) => c.numFmt)).toEqual([
      '"第1週（12/1〜12/6） "@',
      '"第2週（12/7〜12/13） "@',
      '"第3週（12/14〜12/20） "@',
      '"第4週（12/21〜12/27） "@',
      '"第5週（12/28〜12/31） "@',
    ]);
    // Wrapped, in a column as wide as the heading: the ISO label falls to a second line.
    expect(cells.every((c) => c.alignment?.wrapText === true)).toBe(true);
    const tree = wb.getWorksheet('KPIツリー')!;
    expect(cells.every((c) => (tree.getColumn(c.col).width ?? 0) >= 22)).toBe(true);
    // WEEKS still holds exactly these cells, so MATCH("2026-W50", WEEKS, 0) finds its week.
    const weeks = wb.definedNames.getRanges('WEEKS').ranges;
    expect(weeks).toHaveLength(1);
    expect(weeks[0]).toMatch(/!\$[A-Z]+\$4:\$[A-Z]+\$4$/);
    // The calendar names its weeks the same way, on one line.
    const calendarWeeks: string[] = [];
    wb.worksheets.forEach((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (ws.name !== 'KPIツリー' && typeof cell.value === 'string' && ISO.test(cell.value) && typeof cell.numFmt === 'string')
            calendarWeeks.push(`${ws.name}:${cell.numFmt}`);
        }),
      ),
    );
    expect(calendarWeeks).toContain('カレンダー:"第1週（12/1〜12/6） "@');
  });

  it('in English: Week N (Dec 1–6)', async () => {
    const { dir } = await buildExample('unused.xlsx');
    dirs.push(dir);
    expect((await cli(dir, 'build', EXAMPLE, '--out', 'en.xlsx', '--lang', 'en')).code).toBe(0);
    const wb = await openXlsx(path.join(dir, 'en.xlsx'));
    const cells = weekHeaders(wb, 'KPI Tree');
    expect(cells[0]).toMatchObject({ value: '2026-W49', numFmt: '"Week 1 (Dec 1–6) "@' });
    expect(cells[4]).toMatchObject({ value: '2026-W53', numFmt: '"Week 5 (Dec 28–31) "@' });
  });

  it('a workbook with plain ISO headers, or a heading pasted as text above the label, still reads and is headed on sync', async () => {
    const { dir, file } = await buildExample('old.xlsx');
    dirs.push(dir);
    const before = await cli(dir, 'backcast', 'old.xlsx');
    const wb = await openXlsx(file);
    const cells = weekHeaders(wb, 'KPIツリー');
    for (const cell of cells) cell.numFmt = 'General'; // as a workbook written before the headings
    cells[1].value = '第2週（12/7〜12/13）\n2026-W50'; // pasted as values by a colleague
    await wb.xlsx.writeFile(file);

    const read = await cli(dir, 'backcast', 'old.xlsx');
    expect(read.code).toBe(0);
    expect(read.out).toBe(before.out);
    const synced = await cli(dir, 'sync', 'old.xlsx');
    expect(synced).toMatchObject({ code: 0, err: '' });
    const after = weekHeaders(await openXlsx(file), 'KPIツリー');
    expect(after.map((c) => c.value)).toEqual(['2026-W49', '2026-W50', '2026-W51', '2026-W52', '2026-W53']);
    expect(after[1].numFmt).toBe('"第2週（12/7〜12/13） "@');
    expect((await cli(dir, 'review', 'old.xlsx', '--week', '2026-W50')).code).toBe(0);
  });
});
