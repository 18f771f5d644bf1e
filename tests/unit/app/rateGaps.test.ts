/**
 * The Review view's list of the hypotheses furthest from their actual (`reviewOverview`'s
 * `rates`), through the application on the memory host: the W50 funnel (meetings 13,
 * contracts 2) puts the close rate first, at 2 ÷ 13 against 20 %.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { readAnalysis } from '../../../src/app/analysis';
import { buildTree } from '../../../src/app/build';
import { writeReview } from '../../../src/app/review';
import { reviewOverview } from '../../../src/app/reviewOverview';
import { REVIEW } from '../../../src/core/layout/reviewColumns';
import { loadPlanText } from '../../../src/core/model/parsePlan';
import { createMemoryHost } from '../../../src/hosts/xlsx/memoryHost';
import { appOn } from '../../support/app';

const model = loadPlanText(
  readFileSync(join(__dirname, '../../../examples/sales-funnel.yaml'), 'utf8'),
  'yaml',
).model!;
const TAB = '週次レビュー 2026-W50';
const ACTUALS = { revenue: 200000, contracts: 2, meetings: 13, appointments: 26, calls: 80 };

test('the hypotheses furthest from the actuals to date come first, with both numbers and the nodes they are read from', async () => {
  const host = createMemoryHost();
  const app = appOn(host, 'ja');
  await buildTree(app, { model });
  await writeReview(app, { week: '2026-W50' });
  expect(reviewOverview(await readAnalysis(app), '2026-W50').rates).toEqual([]);

  const tab = (await host.read()).sheets.find((s) => s.name === TAB)!;
  const rowOf = (id: string): number => tab.rows.findIndex((r) => r?.[REVIEW.col.id - 1]?.value === id) + 1;
  const letter = String.fromCharCode(64 + REVIEW.col.actual);
  await host.writeCells(
    Object.entries(ACTUALS).map(([id, value]) => ({ sheet: TAB, address: `${letter}${rowOf(id)}`, value })),
  );

  const { rates } = reviewOverview(await readAnalysis(app), '2026-W50');
  expect(rates.map((r) => r.id)).toEqual(['close_rate', 'appointment_rate', 'unit_price']);
  expect(rates[0]).toMatchObject({
    name: '成約率',
    numerator: '成約件数',
    denominator: '商談数',
    value: 0.2,
    percent: true,
  });
  expect(rates[0].toDate).toBeCloseTo(2 / 13, 12);
  expect(rates[0].ratio).toBeCloseTo(2 / 13 / 0.2, 12);
  expect(rates[1].toDate).toBeCloseTo(26 / 80, 12);
});
