/**
 * The Office.js host writes the weeks' headings as the ExcelJS host does: 「第1週（12/1〜12/6）」
 * above each ISO label of the tree, both rows repeated on every printed page, and a tree
 * written before the headings gets them from a refresh, with what people typed kept.
 */
import { buildTree, refreshWorkbook } from '../../../src/app/build';
import type { IsoDate } from '../../../src/core/brand';
import { TREE } from '../../../src/core/layout/treeColumns';
import { loadPlanText } from '../../../src/core/model/parsePlan';
import { createExcelHost } from '../../../src/hosts/excel/host';
import { createMemoryHost } from '../../../src/hosts/xlsx/memoryHost';
import { appOn } from '../../support/app';
import { FakeExcel, type FakeSheet } from '../../support/fakeExcel';
import { nodePlan } from '../excel/specs';

const TODAY = '2026-12-09' as IsoDate;
const SHEET = 'KPIツリー';
const model = () => loadPlanText(nodePlan(10), 'json').model!;

/** Each ISO label of the fake tree's header row with what stands in the cell above it. */
function headingsAbove(sheet: FakeSheet): [unknown, string][] {
  const out: [unknown, string][] = [];
  for (const [k, cell] of sheet.cells) {
    const [row, col] = k.split(',').map(Number);
    if (row === TREE.headerRow && typeof cell.value === 'string' && /^\d{4}-W\d{2}$/.test(cell.value))
      out.push([sheet.cells.get(`${TREE.weekHeadingRow},${col}`)?.value ?? null, cell.value]);
  }
  return out.sort((a, b) => a[1].localeCompare(b[1]));
}

describe('Office.js: the weeks headed as people name them', () => {
  it('writes the headings the ExcelJS host writes, above the ISO labels, repeated in print', async () => {
    const excel = new FakeExcel();
    await buildTree(appOn(createExcelHost(excel.runtime()), 'ja', TODAY), { model: model() });
    const memory = createMemoryHost();
    await buildTree(appOn(memory, 'ja', TODAY), { model: model() });

    const fake = excel.sheet(SHEET);
    const headings = headingsAbove(fake);
    expect(headings.map(([h]) => h)).toEqual([
      '第1週（12/1〜12/6）',
      '第2週（12/7〜12/13）',
      '第3週（12/14〜12/20）',
      '第4週（12/21〜12/27）',
      '第5週（12/28〜12/31）',
    ]);
    const ws = memory.workbook().getWorksheet(SHEET)!;
    for (const [k, cell] of fake.cells) {
      const [row, col] = k.split(',').map(Number);
      if (row === TREE.weekHeadingRow)
        expect({ col, v: cell.value }).toEqual({ col, v: ws.getCell(row, col).value ?? '' });
    }
    expect(fake.pageLayout.titleRows).toBe(`${TREE.weekHeadingRow}:${TREE.headerRow}`);
    expect(ws.pageSetup.printTitlesRow).toBe(`${TREE.weekHeadingRow}:${TREE.headerRow}`);
  });

  it('a tree written before the headings gets them from a refresh, people’s owner kept', async () => {
    const excel = new FakeExcel();
    const host = createExcelHost(excel.runtime());
    await buildTree(appOn(host, 'ja', TODAY), { model: model() });
    const fake = excel.sheet(SHEET);
    // The old shape: nothing above the ISO labels.
    for (const k of [...fake.cells.keys()]) if (k.startsWith(`${TREE.weekHeadingRow},`)) fake.cells.delete(k);
    const ownerCol = [...fake.cells]
      .find(([k, c]) => k.startsWith(`${TREE.headerRow},`) && c.value === '担当者')![0]
      .split(',')[1];
    const ownerCell = `${TREE.firstRow + 1},${ownerCol}`;
    fake.cells.set(ownerCell, { value: '鈴木' });
    expect(headingsAbove(fake).map(([h]) => h)).toEqual([null, null, null, null, null]);

    await refreshWorkbook(appOn(host, 'ja', TODAY));
    expect(headingsAbove(fake).map(([h]) => h)).toEqual([
      '第1週（12/1〜12/6）',
      '第2週（12/7〜12/13）',
      '第3週（12/14〜12/20）',
      '第4週（12/21〜12/27）',
      '第5週（12/28〜12/31）',
    ]);
    expect(fake.cells.get(ownerCell)?.value).toBe('鈴木');
  });
});
