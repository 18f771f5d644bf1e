/**
 * The outlook's thresholds live in the Settings sheet (review.on_track, review.at_risk):
 * written with their defaults, read back, used by the tab's formulas and the core alike,
 * and a value that is not a share is reported at its cell.
 */
import { buildTree } from '../../../src/app/build';
import { writeReview } from '../../../src/app/review';
import { templateModel } from '../../../src/app/templates';
import { readWorkbook } from '../../../src/core/reader/readWorkbook';
import { createMemoryHost } from '../../../src/hosts/xlsx/memoryHost';
import { appOn } from '../../support/app';

async function built() {
  const host = createMemoryHost();
  await buildTree(appOn(host, 'en'), { model: templateModel('sales-funnel', 'en') });
  const settings = host.workbook().getWorksheet('Settings')!;
  const rowOf = (key: string): number => {
    let found = 0;
    settings.eachRow((r, n) => {
      if (r.getCell(1).value === key) found = n;
    });
    return found;
  };
  return { host, settings, rowOf };
}

test('the thresholds are Settings rows with their defaults, read back into the model', async () => {
  const { host, settings, rowOf } = await built();
  expect(settings.getCell(rowOf('review.on_track'), 2).value).toBe(1);
  expect(settings.getCell(rowOf('review.at_risk'), 2).value).toBe(0.9);
  settings.getCell(rowOf('review.at_risk'), 2).value = '75%';
  expect(readWorkbook(await host.read(), 'en').model?.outlook).toEqual({ onTrack: 1, atRisk: 0.75 });
});

test("a team's thresholds judge the tab's forecast; one that is not a share is named at its cell", async () => {
  const { host, settings, rowOf } = await built();
  settings.getCell(rowOf('review.on_track'), 2).value = 0.95;
  settings.getCell(rowOf('review.at_risk'), 2).value = 'most';
  const read = readWorkbook(await host.read(), 'en');
  const problem = read.problems.find((p) => p.message.key === 'reader.notShare');
  expect(problem).toMatchObject({ severity: 'warning', cell: `Settings!B${rowOf('review.at_risk')}` });
  await writeReview(appOn(host, 'en'), { week: '2026-W50' });
  const tab = host.workbook().getWorksheet('Review 2026-W50')!;
  let revenue = 0;
  tab.eachRow((r, n) => {
    if (r.getCell(1).value === 'revenue') revenue = n;
  });
  const outlook = tab.getCell(revenue, 15).formula;
  expect(outlook).toContain('>=0.95,"On track"');
  expect(outlook).toContain('>=0.9,"At risk"');
});

test('a sync and a build onto the file keep the thresholds a team typed', async () => {
  const { host, settings, rowOf } = await built();
  settings.getCell(rowOf('review.on_track'), 2).value = 0.95;
  const { refreshWorkbook } = await import('../../../src/app/build');
  await refreshWorkbook(appOn(host, 'en'));
  await buildTree(appOn(host, 'en'), { model: templateModel('sales-funnel', 'en') });
  expect(readWorkbook(await host.read(), 'en').model?.outlook).toEqual({ onTrack: 0.95, atRisk: 0.9 });
});
