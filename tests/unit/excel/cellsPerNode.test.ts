/**
 * The per-node cell counts the Office.js host sizes its reads with come from the layout:
 * a read of a sheet's used range brings every column of a node's row, as wide as the
 * sheet's header, and the counts match the headers of a workbook built for a month of six
 * ISO weeks (the most a month touches).
 */
import { buildTree } from '../../../src/app/build';
import { writeReview } from '../../../src/app/review';
import { appOn } from '../../support/app';
import { isoDate } from '../../../src/core/calendar/date';
import { CHECKS } from '../../../src/core/workbook/checksSheet';
import { REVIEW } from '../../../src/core/layout/reviewColumns';
import { TREE } from '../../../src/core/layout/treeColumns';
import { REVIEW_CELLS_PER_NODE, TREE_CELLS_PER_NODE } from '../../../src/hosts/excel/cellsPerNode';
import { createMemoryHost } from '../../../src/hosts/xlsx/memoryHost';
import { modelFor, nodePlan } from './specs';

test('a node’s cells on the tree, Checks, review and history sheets are what the counts say', async () => {
  // March 2026 starts on a Sunday: its 31 days touch six ISO weeks.
  const plan = { ...JSON.parse(nodePlan(10)), month: '2026-03', calendar: { holidays: 'jp' } };
  plan.kpis = plan.kpis.map((k: Record<string, unknown>) => ({ ...k, deadline: undefined }));
  const host = createMemoryHost();
  await buildTree(appOn(host, 'en'), { model: modelFor(JSON.stringify(plan)) });
  await writeReview(appOn(host, 'en', isoDate('2026-03-13')), { week: '2026-W11' });
  const { sheets } = await host.read();
  const headerWidth = (name: string, row: number): number =>
    sheets.find((s) => s.name === name)?.rows[row - 1]?.length ?? 0;
  expect(headerWidth('KPI Tree', TREE.headerRow)).toBe(26); // 19 columns (direction is the 18th, the backcast by name the 19th), 6 weeks, the checks column
  expect(headerWidth('KPI Tree', TREE.headerRow) + headerWidth('Checks', CHECKS.headerRow)).toBe(
    TREE_CELLS_PER_NODE,
  );
  expect(headerWidth('Review 2026-W11', REVIEW.headerRow) + headerWidth('Review History', 3)).toBe(
    REVIEW_CELLS_PER_NODE,
  );
});
