/**
 * Week columns are headed as people name weeks, 「第1週（12/1〜12/6）」 / "Week 1 (Dec 1–6)",
 * in the row above their ISO label; the ISO label stays the header (WEEKS, lookups, the
 * reader and other tools match it). A column is still found by its ISO label when a
 * colleague pasted a heading above it as text; a workbook built before the headings gets
 * them on sync with everything typed kept; the formulas hold after LibreOffice recalculates.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { TREE } from '../../src/core/layout/treeColumns';
import {
  cli,
  EXAMPLE,
  hypothesisRow,
  openXlsx,
  sheetByKey,
  tempDir,
  text,
  treeLayout,
} from '../support/edits';
import { libreOfficeSuite, readDefinedNameValues, recalculate } from '../support/libreoffice';

const ISO = /^\d{4}-W\d{2}$/;

/** The cells of a tree header row that hold an ISO week label (the tool writes no other). */
function weekHeaders(wb: ExcelJS.Workbook, sheet: string, row = TREE.headerRow): ExcelJS.Cell[] {
  const cells: ExcelJS.Cell[] = [];
  wb.getWorksheet(sheet)!
    .getRow(row)
    .eachCell((cell) => {
      if (typeof cell.value === 'string' && /\d{4}-W\d{2}$/.test(cell.value)) cells.push(cell);
    });
  return cells;
}

/** Each ISO label of the tree's header row with the text of the cell right above it. */
function headingsAbove(wb: ExcelJS.Workbook): [string, string][] {
  const ws = sheetByKey(wb, 'sheet.tree');
  const { headerRow } = treeLayout(wb);
  const out: [string, string][] = [];
  ws.getRow(headerRow).eachCell((cell, c) => {
    const label = text(cell.value);
    if (ISO.test(label)) out.push([text(ws.getCell(headerRow - 1, c).value), label]);
  });
  return out;
}

/** The same workbook as the tool wrote it before week headings: the ISO labels alone, columns 12 wide, the legend in A3. */
function asBeforeHeadings(wb: ExcelJS.Workbook): void {
  const ws = sheetByKey(wb, 'sheet.tree');
  const legend = ws.getCell(TREE.weekHeadingRow, 2).value;
  ws.getRow(TREE.weekHeadingRow).eachCell((cell) => {
    cell.value = null;
    cell.style = {};
  });
  ws.getCell(TREE.weekHeadingRow, 1).value = legend;
  // Nor had it the backcast read with names.
  const named = treeLayout(wb).byHeader.get('逆算式（名称）');
  if (named !== undefined) ws.spliceColumns(named, 1);
  ws.getRow(TREE.headerRow).eachCell((cell, c) => {
    if (ISO.test(text(cell.value))) ws.getColumn(c).width = 12;
  });
}

async function json(
  dir: string,
  file: string,
): Promise<{ nodes: { id: string; weekly: number[] | null }[] }> {
  const r = await cli(dir, 'backcast', file, '--format', 'json');
  expect(r).toMatchObject({ code: 0, err: '' });
  return JSON.parse(r.out) as { nodes: { id: string; weekly: number[] | null }[] };
}

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => fs.rm(d, { recursive: true, force: true })));
});
async function built(file: string, ...args: string[]): Promise<{ dir: string; file: string }> {
  const dir = await tempDir('kpi-tree-weeks-');
  dirs.push(dir);
  const r = await cli(dir, 'build', EXAMPLE, '--out', file, ...args);
  expect(r).toMatchObject({ code: 0, err: '' });
  return { dir, file: path.join(dir, file) };
}

describe('week headings above the ISO labels', () => {
  it('a new tree: 第N週（M/D〜M/D） above each ISO label, in the workbook’s language', async () => {
    const ja = await built('ja.xlsx', '--lang', 'ja');
    expect(headingsAbove(await openXlsx(ja.file))).toEqual([
      ['第1週（12/1〜12/6）', '2026-W49'],
      ['第2週（12/7〜12/13）', '2026-W50'],
      ['第3週（12/14〜12/20）', '2026-W51'],
      ['第4週（12/21〜12/27）', '2026-W52'],
      ['第5週（12/28〜12/31）', '2026-W53'],
    ]);
    const en = await built('en.xlsx', '--lang', 'en');
    const wb = await openXlsx(en.file);
    expect(headingsAbove(wb).map(([h]) => h)).toEqual([
      'Week 1 (Dec 1–6)',
      'Week 2 (Dec 7–13)',
      'Week 3 (Dec 14–20)',
      'Week 4 (Dec 21–27)',
      'Week 5 (Dec 28–31)',
    ]);
    // Tab names and the WEEKS name keep the ISO labels.
    const weeks = wb.definedNames.model.find((n) => n.name === 'WEEKS');
    expect(weeks?.ranges[0]).toMatch(new RegExp(`\\$${TREE.headerRow}:\\$[A-Z]+\\$${TREE.headerRow}$`));
    // A heading is not cut: its column is as wide as it is.
    const ws = sheetByKey(wb, 'sheet.tree');
    const first = weekHeaders(wb, ws.name)[0];
    expect(ws.getColumn(Number(first.col)).width).toBeGreaterThanOrEqual('Week 1 (Dec 1–6)'.length);
  });

  it('the By member sheet: each member’s weeks headed the same way, above their ISO labels', async () => {
    const dir = await tempDir('kpi-tree-weeks-');
    dirs.push(dir);
    const team = path.resolve(__dirname, '../../examples/team.yaml');
    expect((await cli(dir, 'build', team, '--out', 'team.xlsx')).code).toBe(0);
    const wb = await openXlsx(path.join(dir, 'team.xlsx'));
    const ws = wb.worksheets.find((w) => w.name === '担当別')!;
    expect(ws).toBeDefined();
    const pairs: [string, string][] = [];
    ws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        if (ISO.test(text(cell.value))) pairs.push([text(ws.getCell(r - 1, c).value), text(cell.value)]);
      }),
    );
    expect(pairs.length).toBeGreaterThanOrEqual(10);
    expect(pairs.slice(0, 5)).toEqual([
      ['第1週（12/1〜12/6）', '2026-W49'],
      ['第2週（12/7〜12/13）', '2026-W50'],
      ['第3週（12/14〜12/20）', '2026-W51'],
      ['第4週（12/21〜12/27）', '2026-W52'],
      ['第5週（12/28〜12/31）', '2026-W53'],
    ]);
    expect(pairs.every(([heading]) => /^第\d週（/.test(heading))).toBe(true);
    // The team's targets still read back as built.
    const fromPlan = await cli(dir, 'backcast', team, '--format', 'json');
    const fromBook = await cli(dir, 'backcast', 'team.xlsx', '--format', 'json');
    expect(JSON.parse(fromBook.out).nodes).toEqual(JSON.parse(fromPlan.out).nodes);
  });

  it('the review tab names its week beside the ISO label; the tab keeps its ISO name', async () => {
    const b = await built('review.xlsx');
    expect((await cli(b.dir, 'review', 'review.xlsx', '--week', '2026-W50')).code).toBe(0);
    const wb = await openXlsx(b.file);
    const tab = wb.worksheets.find((w) => w.name.includes('2026-W50'))!;
    expect(tab.name).toBe('週次レビュー 2026-W50');
    const rows: string[][] = [];
    tab.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).map((v) => text(v ?? null))));
    const weekRow = rows.find((r) => r.includes('2026-W50') && r.includes('週'));
    expect(weekRow).toContain('第2週（12/7〜12/13）');
  });

  it('a heading pasted as text into the label cell still reads, and sync writes the label back', async () => {
    const b = await built('pasted.xlsx');
    const before = await cli(b.dir, 'backcast', 'pasted.xlsx');
    const wb = await openXlsx(b.file);
    weekHeaders(wb, 'KPIツリー')[1].value = '第2週（12/7〜12/13）\n2026-W50';
    await wb.xlsx.writeFile(b.file);

    const read = await cli(b.dir, 'backcast', 'pasted.xlsx');
    expect(read.code).toBe(0);
    expect(read.out).toBe(before.out);
    expect(await cli(b.dir, 'sync', 'pasted.xlsx')).toMatchObject({ code: 0, err: '' });
    const after = weekHeaders(await openXlsx(b.file), 'KPIツリー');
    expect(after.map((c) => c.value)).toEqual(['2026-W49', '2026-W50', '2026-W51', '2026-W52', '2026-W53']);
    expect((await cli(b.dir, 'review', 'pasted.xlsx', '--week', '2026-W50')).code).toBe(0);
  });

  it('a workbook built before the headings reads as it did, and sync adds them keeping what people typed', async () => {
    const b = await built('old.xlsx');
    const wb = await openXlsx(b.file);
    asBeforeHeadings(wb);
    const tree = treeLayout(wb);
    const calls = tree.rowOf.get('calls')!;
    tree.ws.getCell(calls, tree.col.owner!).value = '鈴木';
    tree.ws.getCell(calls, tree.col.ksf!).value = 'トークスクリプトの改善';
    const h = hypothesisRow(wb, 'close_rate');
    h.ws.getCell(h.row, h.valueCol).value = 0.25;
    await wb.xlsx.writeFile(b.file);
    const old = await openXlsx(b.file);
    expect(headingsAbove(old).map(([h2]) => h2)).toEqual(['', '', '', '', '']);
    expect(treeLayout(old).byHeader.has('逆算式（名称）')).toBe(false);
    const beforeSync = await json(b.dir, 'old.xlsx');

    expect(await cli(b.dir, 'sync', 'old.xlsx')).toMatchObject({ code: 0, err: '' });
    const after = await openXlsx(b.file);
    expect(headingsAbove(after).map(([h2]) => h2)).toEqual([
      '第1週（12/1〜12/6）',
      '第2週（12/7〜12/13）',
      '第3週（12/14〜12/20）',
      '第4週（12/21〜12/27）',
      '第5週（12/28〜12/31）',
    ]);
    // The legend moved to the first column that prints, none left in the id column.
    const row3 = sheetByKey(after, 'sheet.tree').getRow(TREE.weekHeadingRow);
    expect([text(row3.getCell(1).value), text(row3.getCell(2).value)]).toEqual([
      '',
      '黄色のセルは入力欄、それ以外は計算結果です。',
    ]);
    const t2 = treeLayout(after);
    expect(text(t2.ws.getCell(t2.rowOf.get('calls')!, t2.col.owner!).value)).toBe('鈴木');
    expect(text(t2.ws.getCell(t2.rowOf.get('calls')!, t2.byHeader.get('逆算式（名称）')!).value)).toBe(
      'アポ数 ÷ アポ獲得率',
    );
    expect(text(t2.ws.getCell(t2.rowOf.get('calls')!, t2.col.ksf!).value)).toBe('トークスクリプトの改善');
    const h2 = hypothesisRow(after, 'close_rate');
    expect(h2.ws.getCell(h2.row, h2.valueCol).value).toBe(0.25);
    expect(await json(b.dir, 'old.xlsx')).toEqual(beforeSync);
  });

  it('a month with fewer weeks: the headings follow, none is left above a column that is no week now', async () => {
    const b = await built('feb.xlsx');
    const wb = await openXlsx(b.file);
    const settings = sheetByKey(wb, 'sheet.settings');
    settings.eachRow((row) => {
      if (row.getCell(1).value === 'month') row.getCell(2).value = '2027-02';
    });
    await wb.xlsx.writeFile(b.file);
    expect((await cli(b.dir, 'sync', 'feb.xlsx')).code).toBe(0);
    const after = await openXlsx(b.file);
    expect(headingsAbove(after)).toEqual([
      ['第1週（2/1〜2/7）', '2027-W05'],
      ['第2週（2/8〜2/14）', '2027-W06'],
      ['第3週（2/15〜2/21）', '2027-W07'],
      ['第4週（2/22〜2/28）', '2027-W08'],
    ]);
    const ws = sheetByKey(after, 'sheet.tree');
    const headings: string[] = [];
    ws.getRow(TREE.weekHeadingRow).eachCell((cell) => headings.push(text(cell.value)));
    expect(headings.filter((h) => /週（/.test(h))).toHaveLength(4);
  });
});

const lo = libreOfficeSuite();
lo.describe('week headings recalculated by LibreOffice', () => {
  it('WEEKS still holds the ISO labels and every weekly target matches the core, after an old workbook is synced', async () => {
    const b = await built('lo.xlsx');
    const wb = await openXlsx(b.file);
    asBeforeHeadings(wb);
    const h = hypothesisRow(wb, 'close_rate');
    h.ws.getCell(h.row, h.valueCol).value = 0.25;
    await wb.xlsx.writeFile(b.file);
    expect((await cli(b.dir, 'sync', 'lo.xlsx')).code).toBe(0);
    const expected = await json(b.dir, 'lo.xlsx');

    const values = await readDefinedNameValues(await recalculate(b.file));
    expect([values.get('WEEKS')].flat(2)).toEqual([
      '2026-W49',
      '2026-W50',
      '2026-W51',
      '2026-W52',
      '2026-W53',
    ]);
    for (const node of expected.nodes) {
      if (node.weekly === null) continue;
      const got = [values.get(`W_${node.id}`)].flat(2) as number[];
      expect({ id: node.id, weekly: got.map((x) => Math.round(x * 1e6) / 1e6) }).toEqual({
        id: node.id,
        weekly: node.weekly.map((x) => Math.round(x * 1e6) / 1e6),
      });
    }
  }, 120_000);
});
