/**
 * The pane's Review view words a node's hint with the tab's own sentence: the W50 funnel
 * (meetings 13 of 13, contracts 2 of 3) gives the contracts row quality with 13/13 and
 * 15 % against 20 %, in either language, and a refresh of the tab writes the same text.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { readAnalysis } from '../../../src/app/analysis';
import { buildTree } from '../../../src/app/build';
import { writeReview } from '../../../src/app/review';
import { reviewOverview } from '../../../src/app/reviewOverview';
import { REVIEW } from '../../../src/core/layout/reviewColumns';
import { loadPlanText } from '../../../src/core/model/parsePlan';
import { hintSentence } from '../../../src/core/review/hintText';
import { createMemoryHost } from '../../../src/hosts/xlsx/memoryHost';
import { appOn } from '../../support/app';

const model = loadPlanText(
  readFileSync(join(__dirname, '../../../examples/sales-funnel.yaml'), 'utf8'),
  'yaml',
).model!;
const TAB = '週次レビュー 2026-W50';
const ACTUALS = { revenue: 200000, contracts: 2, meetings: 13, appointments: 26, calls: 80 };

test('the contracts row behind its month carries the quality hint the tab shows', async () => {
  const host = createMemoryHost();
  const app = appOn(host, 'ja');
  await buildTree(app, { model });
  await writeReview(app, { week: '2026-W50' });
  const rowsOf = async () => (await host.read()).sheets.find((s) => s.name === TAB)!.rows;
  const rowOf = (rows: Awaited<ReturnType<typeof rowsOf>>, id: string): number =>
    rows.findIndex((r) => r?.[REVIEW.col.id - 1]?.value === id) + 1;
  const before = await rowsOf();
  const letter = String.fromCharCode(64 + REVIEW.col.actual);
  await host.writeCells(
    Object.entries(ACTUALS).map(([id, value]) => ({ sheet: TAB, address: `${letter}${rowOf(before, id)}`, value })),
  );

  const { summary } = reviewOverview(await readAnalysis(app), '2026-W50');
  const contracts = [summary!.kgi!, ...summary!.behind].find((r) => r.id === 'contracts');
  expect(contracts?.hint?.cause).toBe('quality');
  expect(contracts?.keptHint).toBeNull();
  expect(hintSentence('ja', contracts!.hint!)).toBe('商談数 13/13 件は達成、成約率 15%（仮説 20%）→ 質');
  expect(hintSentence('en', contracts!.hint!)).toBe('商談数 13/13 met; 成約率 15% (hypothesis 20%) → quality');

  // The tab refreshed with the actuals in it holds the same words as its hint's result.
  await writeReview(app, { week: '2026-W50' });
  const after = await rowsOf();
  const hintCell = after[rowOf(after, 'contracts') - 1]?.[REVIEW.col.hint - 1];
  expect(hintCell?.value).toBe(hintSentence('ja', contracts!.hint!));
});
