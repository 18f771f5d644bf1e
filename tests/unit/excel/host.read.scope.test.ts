/**
 * What a re-read costs on a workbook people also use for their own data: the tool's
 * sheets are read whole, a large sheet of their own only as far as a header could be.
 */
import { readAnalysis } from '../../../src/app/analysis';
import { buildTree, refreshWorkbook } from '../../../src/app/build';
import { createExcelHost } from '../../../src/hosts/excel';
import { FakeExcel } from '../../support/fakeExcel';
import { measure } from './recorded';
import { modelFor, nodePlan } from './specs';
import { appOn } from '../../support/app';

async function withDataSheet(rows: number): Promise<FakeExcel> {
  const excel = new FakeExcel();
  await buildTree(appOn(createExcelHost(excel.runtime()), 'ja'), { model: modelFor(nodePlan(10)) });
  for (let r = 1; r <= rows; r++) for (let c = 1; c <= 8; c++) excel.put('CRMデータ', `${'ABCDEFGH'[c - 1]}${r}`, { value: `顧客${r}-${c}` });
  return excel;
}

describe('reading a workbook with a large sheet of people’s own', () => {
  it('reads the tool’s sheets whole and only the top of the data sheet, in the same two syncs', async () => {
    const excel = await withDataSheet(5000);
    const host = createExcelHost(excel.runtime());
    const m = await measure(excel, () => host.read());
    expect(m.runs).toEqual([2]);
    const data = m.result.sheets.find((s) => s.name === 'CRMデータ')!;
    expect(data.truncated).toBe(true);
    expect(data.rows.length).toBeLessThanOrEqual(30);
    expect(data.rows[0][0]).toEqual({ value: '顧客1-1' });
    const tree = m.result.sheets.find((s) => s.name === 'KPIツリー')!;
    expect(tree.truncated).toBeUndefined();
    // 5,000 × 8 cells of data would be several hundred KB on every re-read.
    expect(m.largestResponseBytes).toBeLessThan(200_000);
  });

  it('a refresh stays at 3 syncs and leaves the data sheet as it was', async () => {
    const excel = await withDataSheet(5000);
    const host = createExcelHost(excel.runtime());
    const before = new Map(excel.sheet('CRMデータ').cells);
    const m = await measure(excel, () => refreshWorkbook(appOn(host, 'ja')));
    expect(m.runs).toEqual([3]);
    expect(new Map(excel.sheet('CRMデータ').cells)).toEqual(before);
    expect((await readAnalysis(appOn(host, 'ja'))).model?.nodes).toHaveLength(10);
  });

  it('finds a renamed tree sheet whose names are gone by its header, and reads it whole', async () => {
    const excel = new FakeExcel();
    await buildTree(appOn(createExcelHost(excel.runtime()), 'ja'), { model: modelFor(nodePlan(60)) });
    excel.renameSheet('KPIツリー', '営業KPI');
    excel.names.clear();
    const host = createExcelHost(excel.runtime());
    const m = await measure(excel, () => host.read());
    // The one case with a third read: the tree was not where a name or its sheet name said.
    expect(m.runs).toEqual([3]);
    const tree = m.result.sheets.find((s) => s.name === '営業KPI')!;
    expect(tree.truncated).toBeUndefined();
    expect((await readAnalysis(appOn(host, 'ja'))).model?.nodes).toHaveLength(60);
  });
});
