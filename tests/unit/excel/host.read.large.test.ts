/**
 * A workbook too large for one response (many nodes, or a year of review tabs) is read in
 * row slabs, each sync's response under the budget, and reads back exactly as a workbook
 * read in one go.
 */
import { readAnalysis } from '../../../src/app/analysis';
import { buildTree, refreshWorkbook } from '../../../src/app/build';
import { writeReview } from '../../../src/app/review';
import { isoDate } from '../../../src/core/calendar/date';
import { createExcelHost } from '../../../src/hosts/excel';
import { FakeExcel } from '../../support/fakeExcel';
import { measure } from './recorded';
import { modelFor, nodePlan } from './specs';
import { appOn } from '../../support/app';

const BUDGET = 64 * 1024;

async function workbook(): Promise<FakeExcel> {
  const excel = new FakeExcel();
  const host = createExcelHost(excel.runtime());
  await buildTree(appOn(host, 'ja'), { model: modelFor(nodePlan(80)) });
  for (const week of ['2026-W49', '2026-W50', '2026-W51']) await writeReview(appOn(host, 'ja', isoDate('2026-12-18')), { week: week });
  await excel.type('週次レビュー 2026-W50', 'F11', 42);
  return excel;
}

describe('reading a workbook larger than one response', () => {
  it('reads in slabs under the budget and gets what a read in one go gets', async () => {
    const excel = await workbook();
    const whole = await measure(excel, () => createExcelHost(excel.runtime()).read());
    expect(whole.runs).toEqual([2]);
    expect(whole.largestResponseBytes).toBeGreaterThan(BUDGET);

    const sliced = await measure(excel, () => createExcelHost(excel.runtime(), { responseBudget: BUDGET }).read());
    expect(sliced.runs[0]).toBeGreaterThan(3);
    expect(sliced.largestResponseBytes).toBeLessThan(BUDGET);
    expect(sliced.result).toEqual(whole.result);
  });

  it('a refresh of it works the same, its read cut in slabs', async () => {
    const excel = await workbook();
    const host = createExcelHost(excel.runtime(), { responseBudget: BUDGET });
    const m = await measure(excel, () => refreshWorkbook(appOn(host, 'ja')));
    expect(m.runs).toHaveLength(1);
    expect(m.largestResponseBytes).toBeLessThan(BUDGET);
    const analysis = await readAnalysis(appOn(createExcelHost(excel.runtime()), 'ja'));
    expect(analysis.model?.nodes).toHaveLength(80);
    expect(excel.sheet('週次レビュー 2026-W50').cell('F11')?.value).toBe(42);
  });

  it('a small workbook is still read in two syncs', async () => {
    const excel = new FakeExcel();
    const host = createExcelHost(excel.runtime());
    await buildTree(appOn(host, 'ja'), { model: modelFor(nodePlan(10)) });
    expect((await measure(excel, () => host.read())).runs).toEqual([2]);
  });
});
