/**
 * The month's chart data (`monthChart`) through the application on the memory host, for
 * the December 2026 funnel: 20 working days (W49 4, W50 5, W51 5, W52 5, W53 1: the 29th to
 * the 31st are days off), revenue 1,000,000. Actuals 100,000 in W49 and 200,000 in W50,
 * seen from W50: to date 300,000 after 9 working days, so the month heads for
 * 300,000 ÷ 9 × 20 = 666,667, and the forecast line runs from 300,000 at W50 through
 * 300,000 ÷ 9 × 14 at W51 and × 19 at W52 to it. A closed week keeps the targets it was
 * reviewed with when a hypothesis changes; the open weeks follow the plan.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { readAnalysis } from '../../../src/app/analysis';
import { buildTree } from '../../../src/app/build';
import { writeHypotheses } from '../../../src/app/hypotheses';
import { monthChart } from '../../../src/app/monthChart';
import { closeReviews, writeReview } from '../../../src/app/review';
import { REVIEW } from '../../../src/core/layout/reviewColumns';
import { loadPlanText } from '../../../src/core/model/parsePlan';
import { createMemoryHost, type MemoryHost } from '../../../src/hosts/xlsx/memoryHost';
import { appOn } from '../../support/app';

const model = loadPlanText(
  readFileSync(join(__dirname, '../../../examples/sales-funnel.yaml'), 'utf8'),
  'yaml',
).model!;
const WEEKS = ['2026-W49', '2026-W50', '2026-W51', '2026-W52', '2026-W53'];

async function typeActuals(host: MemoryHost, week: string, actuals: Record<string, number>): Promise<void> {
  const tab = (await host.read()).sheets.find((s) => s.name.includes(week))!;
  const rowOf = (id: string): number => tab.rows.findIndex((r) => r?.[REVIEW.col.id - 1]?.value === id) + 1;
  const letter = String.fromCharCode(64 + REVIEW.col.actual);
  await host.writeCells(
    Object.entries(actuals).map(([id, value]) => ({
      sheet: tab.name,
      address: `${letter}${rowOf(id)}`,
      value,
    })),
  );
}

async function funnelWithActuals(): Promise<{ host: MemoryHost; app: ReturnType<typeof appOn> }> {
  const host = createMemoryHost();
  const app = appOn(host, 'ja');
  await buildTree(app, { model });
  await writeReview(app, { week: '2026-W49' });
  await typeActuals(host, '2026-W49', { revenue: 100000, contracts: 1 });
  await writeReview(app, { week: '2026-W50' });
  await typeActuals(host, '2026-W50', { revenue: 200000, contracts: 2 });
  return { host, app };
}

test('every week of the month with its plan, its actuals and the forecast line, KGI first', async () => {
  const { app } = await funnelWithActuals();
  const analysis = await readAnalysis(app);
  const chart = monthChart(analysis, '2026-W50')!;
  expect(chart.initial).toBe('revenue');
  // The reviewed nodes in the tree's order: the KCIs (qualitative) are not charted.
  expect(chart.nodes.map((n) => n.id)).toEqual(model.nodes.filter((n) => n.level !== 'KCI').map((n) => n.id));
  expect(chart.nodes.map((n) => n.id)).toEqual(['revenue', 'contracts', 'meetings', 'appointments', 'calls']);

  const weekly = analysis.backcast!.nodes.find((n) => n.id === 'revenue')!.weekly!;
  const revenue = chart.nodes.find((n) => n.id === 'revenue')!;
  expect(revenue.weeks.map((w) => w.week)).toEqual(WEEKS);
  expect(revenue.weeks.map((w) => w.target)).toEqual(weekly);
  expect(revenue.weeks.map((w) => w.target)).toEqual([200000, 250000, 250000, 250000, 50000]);
  expect(revenue.weeks.map((w) => w.mtdTarget)).toEqual([200000, 450000, 700000, 950000, 1000000]);
  expect(revenue.weeks.map((w) => w.actual)).toEqual([100000, 200000, null, null, null]);
  expect(revenue.weeks.map((w) => w.mtdActual)).toEqual([100000, 300000, null, null, null]);
  expect(revenue.forecastFrom).toBe('2026-W50');
  expect(revenue.forecast).toBeCloseTo((300000 / 9) * 20, 6);
  expect(revenue.outlook).toBe('offTrack');
  const line = revenue.weeks.map((w) => w.forecast);
  expect(line.slice(0, 2)).toEqual([null, 300000]);
  expect(line[2]).toBeCloseTo((300000 / 9) * 14, 6);
  expect(line[3]).toBeCloseTo((300000 / 9) * 19, 6);
  expect(line[4]).toBeCloseTo((300000 / 9) * 20, 6);
  expect(revenue.weeks[0]).toMatchObject({ from: '2026-12-01', to: '2026-12-06' });

  // Seen from W49, W50's actual is not yet in, and the forecast runs from W49's pace.
  const early = monthChart(analysis, '2026-W49')!.nodes.find((n) => n.id === 'revenue')!;
  expect(early.weeks.map((w) => w.actual)).toEqual([100000, null, null, null, null]);
  expect(early.forecastFrom).toBe('2026-W49');
  expect(early.forecast).toBeCloseTo(500000, 6);
  expect(early.weeks[4].forecast).toBeCloseTo(500000, 6);

  // Seen from W51 (no tab yet): the line still starts where the last actual is.
  const later = monthChart(analysis, '2026-W51')!.nodes.find((n) => n.id === 'revenue')!;
  expect(later.forecastFrom).toBe('2026-W50');
  expect(later.forecast).toBeCloseTo((300000 / 9) * 20, 6);
});

test('a node without actuals has its plan and no forecast', async () => {
  const { app } = await funnelWithActuals();
  const calls = monthChart(await readAnalysis(app), '2026-W50')!.nodes.find((n) => n.id === 'calls')!;
  expect(calls.weeks.every((w) => w.actual === null && w.mtdActual === null && w.forecast === null)).toBe(
    true,
  );
  expect(calls.weeks.every((w) => typeof w.target === 'number' && w.target > 0)).toBe(true);
  expect(calls.forecastFrom).toBeNull();
  expect(calls.forecast).toBeNull();
});

test('a closed week keeps the targets it was reviewed with; the open weeks follow a changed hypothesis', async () => {
  const { app } = await funnelWithActuals();
  const before = monthChart(await readAnalysis(app), '2026-W50')!.nodes.find((n) => n.id === 'contracts')!;
  await closeReviews(app, { weeks: ['2026-W49'] });
  await writeHypotheses(app, await readAnalysis(app), { unit_price: 50000 });
  const analysis = await readAnalysis(app);
  const after = monthChart(analysis, '2026-W50')!.nodes.find((n) => n.id === 'contracts')!;
  const weekly = analysis.backcast!.nodes.find((n) => n.id === 'contracts')!.weekly!;
  expect(weekly[0]).not.toBe(before.weeks[0].target);
  expect(after.weeks[0].target).toBe(before.weeks[0].target);
  expect(after.weeks.slice(1).map((w) => w.target)).toEqual(weekly.slice(1));
  expect(after.weeks.map((w) => w.actual)).toEqual([1, 2, null, null, null]);
});
