/**
 * The sync budget of a plain `apply`: at most 3 `context.sync()` per command for 10 and
 * 1,000 nodes, the same count for both (no round trip per node, sheet or style), one
 * `Excel.run`, and no request over the 4 MB budget. A build into a workbook without the
 * tool's sheets has nothing to read back: probe, write. A rebuild reads the input cells
 * and notes it depends on first: probe, read, write.
 */
import { createExcelHost } from '../../../src/hosts/excel/host';
import type { ApplyReport } from '../../../src/hosts/port';
import { FakeExcel } from '../../support/fakeExcel';
import { watchTraffic } from '../../support/traffic';
import { buildTree, refreshWorkbook } from '../../../src/app/build';
import { modelFor, nodePlan, specFor } from './specs';
import { appOn } from '../../support/app';

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

test.each([
  ['build 10', 2],
  ['rebuild 10', 3],
  ['build 1000', 2],
  ['rebuild 1000', 3],
] as const)('%s: one Excel.run, %i syncs, one write request', (key, syncs) => {
  const m = results.get(key)!;
  expect(m.runs).toBe(1);
  expect(m.syncs).toBe(syncs);
  expect(m.report.syncs).toBe(m.syncs);
  expect(m.report.requests).toBe(1);
});

test('the sync count does not grow with the tree (no sync in a loop over nodes)', () => {
  expect(results.get('build 1000')!.syncs).toBe(results.get('build 10')!.syncs);
  expect(results.get('rebuild 1000')!.syncs).toBe(results.get('rebuild 10')!.syncs);
});

test('queued calls grow far slower than cells: writes are 2-D blocks, formats are per style', () => {
  const small = results.get('build 10')!;
  const large = results.get('build 1000')!;
  // 100× the nodes (about 30× the cells written: a tree's week headings and titles are written
  // once whatever its size) must not mean 100× the calls. Defined names are the
  // exception Office.js imposes (no bulk add): one queued call per name, all in the same request.
  expect(large.calls - large.nameCalls).toBeLessThan((small.calls - small.nameCalls) * 2);
  expect(large.nameCalls).toBe(
    large.report.names.added + large.report.names.updated + large.report.names.deleted,
  );
  expect(large.report.cellsWritten + large.report.seedsWritten).toBeGreaterThan(
    (small.report.cellsWritten + small.report.seedsWritten) * 25,
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

test('what the loads bring back is counted with its sync: the probe, then the input cells', async () => {
  const excel = new FakeExcel();
  const host = createExcelHost(excel.runtime());
  await host.apply(specFor(nodePlan(10)));
  const traffic = watchTraffic(excel);
  await host.apply(specFor(nodePlan(10)));
  const { responseBytes, largestResponseBytes, syncs } = traffic();
  const first = excel.syncs - syncs + 1;
  // The rebuild's two reading syncs bring something back; its write brings nothing.
  expect([...responseBytes.keys()]).toEqual([first, first + 1]);
  expect(largestResponseBytes).toBe(Math.max(...responseBytes.values()));
  expect(largestResponseBytes).toBeGreaterThan(0);
});

test('calculation is suspended for the write and the workbook recalculated once, after the last write', async () => {
  const excel = new FakeExcel();
  const host = createExcelHost(excel.runtime());
  await host.apply(specFor(nodePlan(10)));
  await host.apply(specFor(nodePlan(10)));
  expect(excel.calculations).toEqual(['Full', 'Full']);
  for (const last of [2, 5]) {
    const request = excel.log.filter((e) => e.sync === last);
    const suspended = request.findIndex(
      (e) => e.kind === 'call' && e.method === 'suspendApiCalculationUntilNextSync',
    );
    const firstWrite = request.findIndex((e) => e.kind === 'set');
    const calculated = request.findIndex((e) => e.kind === 'call' && e.method === 'calculate');
    expect(suspended).toBeGreaterThanOrEqual(0);
    expect(suspended).toBeLessThan(firstWrite);
    expect(calculated).toBe(request.length - 1);
  }
  expect(excel.calls('suspendApiCalculationUntilNextSync')).toHaveLength(2);
});

test('past the request budget the writes are cut into several syncs, and still land complete', async () => {
  const spec = specFor(nodePlan(1000));
  const whole = new FakeExcel();
  await createExcelHost(whole.runtime()).apply(spec);
  const cut = new FakeExcel();
  const report = await createExcelHost(cut.runtime(), { requestBudget: 256 * 1024 }).apply(spec);
  expect(report.syncs).toBeGreaterThan(3);
  expect(report.requests).toBe(report.syncs - 1); // a fresh build: one probe, then the write requests
  expect(cut.calculations).toEqual(['Full']);
  for (const sheet of spec.sheets)
    expect([...cut.sheet(sheet.name).cells]).toEqual([...whole.sheet(sheet.name).cells]);
});

test.each([64 * 1024, 256 * 1024])('with a request budget of %i bytes, no request of a build or a refresh passes it', async (budget) => {
  const excel = new FakeExcel();
  const host = createExcelHost(excel.runtime(), { requestBudget: budget });
  const model = modelFor(nodePlan(300));
  const traffic = watchTraffic(excel);
  await buildTree(appOn(host, 'ja'), { model: model });
  await refreshWorkbook(appOn(host, 'ja'));
  const t = traffic();
  // Cut into many requests, each within the budget as the traffic measure counts it.
  expect(t.requestBytes.size).toBeGreaterThan(4);
  expect(t.largestRequestBytes).toBeLessThanOrEqual(budget);
});
