/**
 * The sync budget: at most 3 `context.sync()` per command for 10 and 1,000 nodes, the
 * same count for both (no round trip per node, sheet or style), one `Excel.run`, and
 * no request over the 4 MB budget.
 */
import { createExcelHost } from '../../../src/hosts/excel/host';
import type { ApplyReport } from '../../../src/hosts/port';
import { FakeExcel } from '../../support/fakeExcel';
import { watchTraffic } from '../../support/traffic';
import { nodePlan, specFor } from './specs';

interface Measured {
  readonly report: ApplyReport;
  readonly syncs: number;
  readonly runs: number;
  readonly calls: number;
  /** Calls on defined names (add, re-point, delete): one per name. */
  readonly nameCalls: number;
  readonly largestRequestBytes: number;
}

/** Applies a spec and measures the round trips, queued calls and request sizes. */
async function measure(excel: FakeExcel, n: number): Promise<Measured> {
  const traffic = watchTraffic(excel);
  const report = await createExcelHost(excel.runtime()).apply(specFor(nodePlan(n)));
  const { syncs, runs, entries, largestRequestBytes } = traffic();
  return {
    report,
    syncs,
    runs,
    calls: entries.length,
    nameCalls: entries.filter(
      (e) => (e.kind === 'call' && e.target === 'names') || e.target.startsWith('names/'),
    ).length,
    largestRequestBytes,
  };
}

const results = new Map<string, Measured>();

beforeAll(async () => {
  for (const n of [10, 1000]) {
    const excel = new FakeExcel();
    results.set(`build ${n}`, await measure(excel, n));
    results.set(`rebuild ${n}`, await measure(excel, n));
  }
  const table = [...results].map(
    ([k, m]) =>
      `${k}: ${m.syncs} syncs, ${m.runs} run, ${m.calls - m.nameCalls} queued calls + ${m.nameCalls} for names, largest request ~${Math.round(m.largestRequestBytes / 1024)} KB`,
  );
  process.stdout.write(`Office.js host budget\n  ${table.join('\n  ')}\n`);
});

test.each(['build 10', 'rebuild 10', 'build 1000', 'rebuild 1000'])(
  '%s: one Excel.run, at most 3 syncs',
  (key) => {
    const m = results.get(key)!;
    expect(m.runs).toBe(1);
    expect(m.syncs).toBeLessThanOrEqual(3);
    expect(m.report.syncs).toBe(m.syncs);
    expect(m.report.requests).toBe(m.syncs - 1);
  },
);

test('the sync count does not grow with the tree (no sync in a loop over nodes)', () => {
  expect(results.get('build 1000')!.syncs).toBe(results.get('build 10')!.syncs);
  expect(results.get('rebuild 1000')!.syncs).toBe(results.get('rebuild 10')!.syncs);
});

test('queued calls grow far slower than cells: writes are 2-D blocks, formats are per style', () => {
  const small = results.get('build 10')!;
  const large = results.get('build 1000')!;
  // 100× the nodes (40× the cells written) must not mean 100× the calls. Defined names are the
  // exception Office.js imposes (no bulk add): one queued call per name, all in the same request.
  expect(large.calls - large.nameCalls).toBeLessThan((small.calls - small.nameCalls) * 2);
  expect(large.nameCalls).toBe(
    large.report.names.added + large.report.names.updated + large.report.names.deleted,
  );
  expect(large.report.cellsWritten + large.report.seedsWritten).toBeGreaterThan(
    (small.report.cellsWritten + small.report.seedsWritten) * 30,
  );
});

test('every request stays under the 4 MB budget', () => {
  for (const m of results.values()) expect(m.largestRequestBytes).toBeLessThan(4 * 1024 * 1024);
});

test('a rebuild reads the input cells once and writes seeds only where they are empty', () => {
  const build = results.get('build 1000')!.report;
  const rebuild = results.get('rebuild 1000')!.report;
  expect(build.inputsKept).toBe(0);
  expect(build.seedsWritten).toBeGreaterThan(1000);
  expect(rebuild.seedsWritten).toBe(0);
  expect(rebuild.inputsKept).toBe(build.seedsWritten);
});

test('what the loads bring back is recorded with its sync: the probe, then the input cells', async () => {
  const excel = new FakeExcel();
  const host = createExcelHost(excel.runtime());
  await host.apply(specFor(nodePlan(10)));
  const traffic = watchTraffic(excel);
  await host.apply(specFor(nodePlan(10)));
  const { responseBytes, largestResponseBytes } = traffic();
  const first = excel.syncs - 2;
  expect([...responseBytes.keys()]).toEqual([first, first + 1]);
  expect(largestResponseBytes).toBe(responseBytes.get(first + 1));
  const names = excel.responses.filter((r) => r.target === 'names').pop();
  expect(names?.sync).toBe(first);
  expect(names?.data).toContainEqual({ name: 'T_revenue' });
});

test('calculation is suspended for the writes and the workbook recalculated once at the end', async () => {
  const excel = new FakeExcel();
  await createExcelHost(excel.runtime()).apply(specFor(nodePlan(10)));
  const suspended = excel.calls('suspendApiCalculationUntilNextSync');
  expect(suspended).toHaveLength(1);
  expect(suspended[0].sync).toBe(2);
  expect(excel.calculations).toEqual(['Full']);
  expect(excel.calls('calculate')[0].sync).toBe(3);
});

test('past the request budget the writes are cut into several syncs, and still land complete', async () => {
  const spec = specFor(nodePlan(1000));
  const whole = new FakeExcel();
  await createExcelHost(whole.runtime()).apply(spec);
  const cut = new FakeExcel();
  const report = await createExcelHost(cut.runtime(), { requestBudget: 256 * 1024 }).apply(spec);
  expect(report.syncs).toBeGreaterThan(3);
  expect(report.requests).toBe(report.syncs - 1);
  for (const sheet of spec.sheets)
    expect([...cut.sheet(sheet.name).cells]).toEqual([...whole.sheet(sheet.name).cells]);
});
