/**
 * When an observed rate is trusted lives in the Settings sheet (calibrate.min_sample,
 * calibrate.max_width): written with the defaults, read back, followed by the calibration,
 * kept through a sync, and a value that is not one is reported at its cell.
 */
import { readAnalysis } from '../../../src/app/analysis';
import { buildTree, refreshWorkbook } from '../../../src/app/build';
import { calibrationOf } from '../../../src/app/calibrate';
import { writeReview } from '../../../src/app/review';
import { templateModel } from '../../../src/app/templates';
import { REVIEW } from '../../../src/core/layout/reviewColumns';
import { readWorkbook } from '../../../src/core/reader/readWorkbook';
import { createMemoryHost } from '../../../src/hosts/xlsx/memoryHost';
import { appOn } from '../../support/app';

async function built() {
  const host = createMemoryHost();
  const app = appOn(host, 'en');
  await buildTree(app, { model: templateModel('sales-funnel', 'en') });
  const settings = host.workbook().getWorksheet('Settings')!;
  const rowOf = (key: string): number => {
    let found = 0;
    settings.eachRow((r, n) => {
      if (r.getCell(1).value === key) found = n;
    });
    return found;
  };
  return { host, app, settings, rowOf };
}

test('the rule is two Settings rows with the defaults, read back into the model', async () => {
  const { host, settings, rowOf } = await built();
  expect(settings.getCell(rowOf('calibrate.min_sample'), 2).value).toBe(30);
  expect(settings.getCell(rowOf('calibrate.max_width'), 2).value).toBe(0.3);
  // The checks rows still follow, each key with its value.
  expect(rowOf('checks.rules.smart-relevant')).toBeGreaterThan(rowOf('calibrate.max_width'));
  settings.getCell(rowOf('calibrate.min_sample'), 2).value = 20;
  expect(readWorkbook(await host.read(), 'en').model?.calibration).toEqual({ minSample: 20, maxWidth: 0.3 });
});

test("a team's rule decides which proposals are trusted, and survives a sync", async () => {
  const { host, app, settings, rowOf } = await built();
  await writeReview(app, { week: '2026-W50' });
  const tab = host.workbook().getWorksheet('Review 2026-W50')!;
  const rows = new Map<string, number>();
  tab.eachRow((r, n) => rows.set(String(r.getCell(REVIEW.col.id).value), n));
  // 13 ÷ 26 = 50 %: a sample of 26, interval 32.1 %–67.9 % (width 35.8 points).
  for (const [id, n] of Object.entries({ contracts: 2, meetings: 13, appointments: 26, calls: 80 }))
    tab.getCell(rows.get(id)!, REVIEW.col.actual).value = n;
  const meeting = async () => calibrationOf(await readAnalysis(app)).hypotheses.find((c) => c.id === 'meeting_rate')!;
  expect((await meeting()).trusted).toBe(false);

  settings.getCell(rowOf('calibrate.min_sample'), 2).value = 20;
  settings.getCell(rowOf('calibrate.max_width'), 2).value = '40%';
  expect((await meeting()).trusted).toBe(true);
  expect(calibrationOf(await readAnalysis(app)).rule).toEqual({ minSample: 20, maxWidth: 0.4 });

  await refreshWorkbook(app);
  expect(readWorkbook(await host.read(), 'en').model?.calibration).toEqual({ minSample: 20, maxWidth: 0.4 });
  expect((await meeting()).trusted).toBe(true);
});

test('a value that is no sample size or width is named at its cell and the default used', async () => {
  const { host, settings, rowOf } = await built();
  settings.getCell(rowOf('calibrate.min_sample'), 2).value = 'many';
  settings.getCell(rowOf('calibrate.max_width'), 2).value = 3;
  const read = readWorkbook(await host.read(), 'en');
  expect(read.model?.calibration).toEqual({});
  expect(read.problems.find((p) => p.message.key === 'reader.notSampleSize')).toMatchObject({ severity: 'warning', cell: `Settings!B${rowOf('calibrate.min_sample')}` });
  expect(read.problems.find((p) => p.message.key === 'reader.notShare')).toMatchObject({ cell: `Settings!B${rowOf('calibrate.max_width')}` });
});
