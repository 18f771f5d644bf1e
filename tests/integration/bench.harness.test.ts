/**
 * The bench harness (`npm run bench`) on tiny sizes: results.json has the shape other
 * tools read, and the round trips per command are what the host promises. Counts only:
 * nothing here depends on how long anything took.
 */
import { mkdtemp, readFile, rm } from 'fs/promises';
import { tmpdir } from 'os';
import { join } from 'path';
import { officeSection } from '../../bench/office/section';
import { defaultOptions, type BenchOptions } from '../../bench/options';
import { ResultsSchema } from '../../bench/results';
import { runBench } from '../../bench/run';
import { chromiumSuite } from '../support/chromium';
import { libreOfficeSuite } from '../support/libreoffice';

const ROOT = join(__dirname, '..', '..');

let dir: string;
let options: BenchOptions;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kpi-bench-'));
  options = {
    ...defaultOptions(ROOT),
    sizes: [10],
    coreRuns: 1,
    minCoreMs: 0,
    workbook: { nodes: 10, reviewTabs: 6, recalcRuns: 1, writeRuns: 1 },
    team: { members: 2, nodesPerMember: 5, weeklyTabs: 6, recalcRuns: 1, writeRuns: 1 },
    resultsFile: join(dir, 'results.json'),
    scratchDir: dir,
    log: () => undefined,
  };
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('Office.js round trips', () => {
  it('every command reads (2 syncs) and writes (1) in one Excel.run; the counts do not grow with the tree', async () => {
    const { figures } = await officeSection.measure({ ...options, sizes: [10, 100] });
    expect(figures.map((f) => [f.command, f.nodes, f.syncs])).toEqual([
      ['build', 10, 3],
      ['check', 10, 3],
      ['review', 10, 3],
      ['build', 100, 3],
      ['check', 100, 3],
      ['review', 100, 3],
    ]);
    for (const f of figures) expect(f.maxPayloadBytes).toBeGreaterThan(0);
    // Read then write: a floor of two requests, so three syncs are 1.5 times the floor.
    expect(figures.map((f) => [f.floorSyncs, f.syncRatio])).toEqual(figures.map(() => [2, 1.5]));
  });
});

// The whole bench needs both engines: LibreOffice for the workbook, Chromium for the pane.
libreOfficeSuite().describe('npm run bench', () =>
  chromiumSuite().describe('with Chromium', () => {
    it('writes results.json in the shape of issue 8, with no volatile formula', async () => {
      const { results } = await runBench(options);
      const written: unknown = JSON.parse(await readFile(options.resultsFile, 'utf8'));
      expect(ResultsSchema.parse(written)).toEqual(results);
      expect(Object.keys(written as object)).toEqual([
        'machine',
        'commit',
        'office',
        'core',
        'workbook',
        'team',
        'pane',
      ]);
      expect(results.office.map((f) => f.command)).toEqual(['build', 'check', 'review']);
      expect(results.core.map((f) => f.nodes)).toEqual([10]);
      // All but the last four weeks closed, through the app's close operation.
      expect(results.workbook).toMatchObject({ nodes: 10, reviewTabs: 6, volatileFormulas: 0, closedWeeks: 2 });
      expect(results.workbook.recalcRatio).toBeGreaterThan(0);
      expect(results.workbook.bytes).toBeGreaterThan(0);
      // Counted apart: formula cells, names (T_, D_, W_ per node), validations, conditional formats.
      expect(results.workbook.formulaCells).toBeGreaterThan(0);
      expect(results.workbook.definedNames).toBeGreaterThanOrEqual(3 * 10);
      expect(results.workbook.validations).toBeGreaterThan(0);
      expect(results.workbook.conditionalFormats).toBeGreaterThan(0);
      // The team workbook: one 5-node plan handed out to 2 members; 6 weeks (2 of November, 4 of December),
      // all but the last four closed; a 1on1 tab a member and month.
      expect(results.team).toMatchObject({ members: 2, nodesPerMember: 5, nodes: 5, weeklyTabs: 6, closedWeeks: 2, oneOnOneTabs: 2 * 2 });
      expect(results.team.bytes).toBeGreaterThan(0);
      expect(results.team.formulaCells).toBeGreaterThan(0);
      // The pane's first view: weighed and loaded (no time is asserted, only that it was measured).
      expect(results.pane.gzipBytes).toBeGreaterThan(100_000);
      expect(results.pane.fluentShare).toBeGreaterThan(0);
      expect(results.pane.fluentShare).toBeLessThan(1);
      expect(results.pane.ttiMs).toBeGreaterThan(0);
      expect(results.commit).toMatch(/^[0-9a-f]{40}(\+dirty)?$/);
      // The pane's production build (webpack, minified) alone takes a minute or more on 2 cores.
    }, 600_000);
  }),
);
