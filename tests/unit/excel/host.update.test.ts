/**
 * `update` — read, decide, write as one command — through the operations the pane and
 * the ribbon run (`buildTree`, `refreshWorkbook`, `newReview`): at most 3 syncs at 10 and
 * 1,000 nodes (the read's two, then the write), requests under the 4 MB budget, seeds
 * decided from what was read, notes read and written without a further round trip, and
 * the same end state as the ExcelJS host.
 */
import ExcelJS from 'exceljs';
import { isoDate } from '../../../src/core/calendar/date';
import { quoteSheetName } from '../../../src/core/formula/sheetName';
import { collectStyles } from '../../../src/core/layout/styles';
import type { WorkbookSpec } from '../../../src/core/layout/spec';
import { buildTree, refreshWorkbook } from '../../../src/app/build';
import { OperationError } from '../../../src/app/errors';
import { writeReview } from '../../../src/app/review';
import { createExcelHost } from '../../../src/hosts/excel/host';
import type { ApplyReport, WorkbookHost } from '../../../src/hosts/port';
import { createMemoryHost } from '../../../src/hosts/xlsx/memoryHost';
import { FakeExcel } from '../../support/fakeExcel';
import { excelJsNames, excelJsNotes, fakeNames, fakeNotes, workbookMismatches } from './compare';
import { measure, writtenCells, type Measured } from './recorded';
import { modelFor, nodePlan } from './specs';
import { appOn } from '../../support/app';

const TREE = 'KPIツリー';
const HYPOTHESES = '仮説';
const SETTINGS = '設定';
const WEEK = '2026-W50';
const TODAY = isoDate('2026-12-07');
const MB4 = 4 * 1024 * 1024;

/** The first column right of the tool's tree columns (where a person adds their own). */
function nextTreeColumn(excel: FakeExcel): number {
  const header = [...excel.sheet(TREE).cells.keys()]
    .map((k) => k.split(',').map(Number))
    .filter(([row]) => row === 4)
    .map(([, col]) => col);
  return Math.max(...header) + 1;
}

async function builtExcel(n = 10): Promise<{ excel: FakeExcel; host: WorkbookHost }> {
  const excel = new FakeExcel();
  const host = createExcelHost(excel.runtime());
  await buildTree(appOn(host, 'ja'), { model: modelFor(nodePlan(n)) });
  return { excel, host };
}

describe.each([10, 1000])('%i nodes: every update command is one Excel.run of at most 3 syncs', (n) => {
  const excel = new FakeExcel();
  const host = createExcelHost(excel.runtime());
  const measured = new Map<string, Measured<{ report: ApplyReport }>>();

  beforeAll(async () => {
    measured.set('build', await measure(excel, () => buildTree(appOn(host, 'ja'), { model: modelFor(nodePlan(n)) })));
    measured.set('refresh', await measure(excel, () => refreshWorkbook(appOn(host, 'ja'))));
    measured.set('review', await measure(excel, () => writeReview(appOn(host, 'ja', TODAY), { week: WEEK })));
    measured.set('refresh with a review tab', await measure(excel, () => refreshWorkbook(appOn(host, 'ja'))));
    measured.set('review again', await measure(excel, () => writeReview(appOn(host, 'ja', TODAY), { week: WEEK })));
    const table = [...measured].map(
      ([k, m]) =>
        `${k}: runs of ${m.runs.join(' + ')} syncs, largest request ~${Math.round(m.largestRequestBytes / 1024)} KB, largest response ~${Math.round(m.largestResponseBytes / 1024)} KB`,
    );
    process.stdout.write(`Office.js update budget, ${n} nodes\n  ${table.join('\n  ')}\n`);
  });

  test.each(['build', 'refresh', 'refresh with a review tab', 'review', 'review again'])(
    '%s: one run, 3 syncs, one write request',
    (key) => {
      const m = measured.get(key)!;
      expect(m.runs).toEqual([3]);
      expect(m.result.report.syncs).toBe(3);
      expect(m.result.report.requests).toBe(1);
    },
  );

  test('the review tab is shown in the same request that writes it', () => {
    const log = excel.log.filter((e) => e.kind === 'call' && (e.method === 'activate' || e.method === 'select'));
    expect(log.length).toBeGreaterThan(0);
    expect(excel.activeSheet).toBe('週次レビュー 2026-W50');
  });

  test('every request stays under the 4 MB budget, and so does every response', () => {
    for (const m of measured.values()) {
      expect(m.largestRequestBytes).toBeLessThan(MB4);
      expect(m.largestResponseBytes).toBeLessThan(MB4);
    }
  });

  test('the refresh wrote the tree again: it is not an empty command that fits the budget trivially', () => {
    const report = measured.get('refresh')!.result.report;
    expect(report.cellsWritten).toBeGreaterThan(20 * n);
    expect(report.names.updated).toBeGreaterThan(3 * n);
  });
});

describe('what the write is based on', () => {
  test('typed inputs survive a refresh: a hypothesis value, an owner, a title', async () => {
    const { excel, host } = await builtExcel();
    await excel.type(HYPOTHESES, 'C4', 250000);
    await excel.type(TREE, 'N6', '田中');
    await excel.type(SETTINGS, 'B6', '営業部 改訂版');
    const before = excel.syncs;
    const { report } = await refreshWorkbook(appOn(host, 'ja'));
    expect(excel.sheet(HYPOTHESES).cell('C4')).toEqual({ value: 250000 });
    expect(excel.sheet(TREE).cell('N6')).toEqual({ value: '田中' });
    expect(excel.sheet(SETTINGS).cell('B6')).toEqual({ value: '営業部 改訂版' });
    // The title stands outside any region the refresh clears: it was read as filled, so the
    // write left it alone rather than writing a seed over it.
    const written = writtenCells(excel.writes('formulas').filter((w) => w.sync > before));
    expect(written.get(`${SETTINGS}!B6`)).toBeUndefined();
    // The tree and hypotheses are cleared and rewritten: what was typed is carried, once.
    expect(written.get(`${HYPOTHESES}!C4`)).toEqual([250000]);
    expect(written.get(`${TREE}!N6`)).toEqual(['田中']);
    expect(report.inputsKept).toBeGreaterThan(0);
  });

  test('an input cell that reads empty gets its seed in the same write', async () => {
    const { excel, host } = await builtExcel();
    await excel.type(SETTINGS, 'B6', '');
    const before = excel.syncs;
    const { report } = await refreshWorkbook(appOn(host, 'ja'));
    expect(excel.sheet(SETTINGS).cell('B6')).toEqual({ value: TREE });
    expect(excel.syncs - before).toBe(3);
    expect(report.seedsWritten).toBeGreaterThan(0);
  });

  test('decide returning no spec writes nothing: the two read syncs only', async () => {
    const { excel, host } = await builtExcel();
    const m = await measure(excel, () => host.update(() => ({ spec: null, result: 'nothing to do' })));
    expect(m.result).toEqual({ result: 'nothing to do', report: null });
    expect(m.runs).toEqual([2]);
    expect(m.changes).toBe(0);
  });

  test('a refresh of a workbook without a tree fails with the reader’s reason and writes nothing', async () => {
    const excel = new FakeExcel();
    excel.put('Sheet1', 'A1', { value: 'not a KPI tree' });
    const m = await measure(excel, () =>
      refreshWorkbook(appOn(createExcelHost(excel.runtime()), 'ja')).catch((e: unknown) => e),
    );
    expect(m.result).toBeInstanceOf(OperationError);
    expect(m.runs).toEqual([2]);
    expect(m.changes).toBe(0);
  });

  test('a refresh refused in cell-edit mode is retried whole, and reads again before it writes', async () => {
    const { excel } = await builtExcel();
    await excel.type(TREE, 'N6', '田中');
    excel.failRunsInCellEditMode(1);
    const waits: number[] = [];
    const host = createExcelHost(excel.runtime(), { sleep: async (ms) => void waits.push(ms) });
    const m = await measure(excel, () => refreshWorkbook(appOn(host, 'ja')));
    expect(waits).toEqual([250]);
    expect(m.runs).toEqual([1, 3]);
    expect(m.result.report.syncs).toBe(3);
    expect(excel.sheet(TREE).cell('N6')).toEqual({ value: '田中' });
  });
});

describe('notes on the update path', () => {
  test('a note people put in their own column of the tree survives a refresh (read, then added back)', async () => {
    const { excel, host } = await builtExcel();
    const column = nextTreeColumn(excel);
    const at = (row: number): string => `${String.fromCharCode(64 + column)}${row}`;
    await excel.type(TREE, at(4), 'フォロー');
    await excel.type(TREE, at(6), '月曜に再訪');
    excel.putNote(TREE, at(6), '先方の部長が同席');
    const before = excel.syncs;
    await refreshWorkbook(appOn(host, 'ja'));
    expect(excel.syncs - before).toBe(3);
    expect(excel.sheet(TREE).cell(at(6))).toEqual({ value: '月曜に再訪' });
    expect(excel.notes.get(`${quoteSheetName(TREE)}!${at(6)}`)).toBe('先方の部長が同席');
    // The tree's header note stands above the cleared rows, unchanged: not written again.
    const noteWrites = excel.log.filter(
      (e) => e.sync > before && (e.target === 'notes' || e.target.startsWith('notes/')),
    );
    expect(noteWrites.filter((e) => e.kind !== 'load')).toEqual([
      expect.objectContaining({
        kind: 'call',
        method: 'add',
        args: [`${quoteSheetName(TREE)}!${at(6)}`, '先方の部長が同席'],
      }),
    ]);
  });

  test('a note already on a cell (even an empty one) gets its text set, not a second note', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Notes');
    excel.putNote('Notes', 'B2', 'typed by a person');
    const spec: WorkbookSpec = {
      sheets: [
        {
          key: 'review:2026-W50',
          name: 'Notes',
          rows: [[], [null, { v: 'Status', s: 'header', note: 'achieved / close / missed' }]],
          widths: [],
          validations: [],
          conditionalFormats: [],
        },
      ],
      names: [],
      styles: collectStyles(['header']),
    };
    const before = excel.syncs;
    const { report } = await createExcelHost(excel.runtime()).update(() => ({ spec, result: null }));
    expect(excel.syncs - before).toBe(3);
    expect(report?.warnings).toEqual([]);
    expect([...excel.notes]).toEqual([['Notes!B2', 'achieved / close / missed']]);
    expect(excel.calls('add').filter((c) => c.target === 'notes')).toEqual([]);
    expect(excel.writes('content')).toEqual([
      expect.objectContaining({ target: 'notes/Notes!B2', sync: before + 3 }),
    ]);
  });

  test('without ExcelApi 1.18 an update leaves notes alone and says so, in the same 3 syncs', async () => {
    const excel = new FakeExcel();
    excel.apiVersion = '1.17';
    const host = createExcelHost(excel.runtime());
    const m = await measure(excel, () => buildTree(appOn(host, 'ja'), { model: modelFor(nodePlan(10)) }));
    expect(m.runs).toEqual([3]);
    expect(m.result.report.warnings).toEqual([`notes skipped on ${TREE}: Excel lacks ExcelApi 1.18`]);
    expect(excel.log.filter((e) => e.target === 'notes' || e.target.startsWith('notes/'))).toEqual([]);
  });
});

describe('the end state equals the ExcelJS host’s', () => {
  test.each([10, 1000])(
    '%i nodes: build, people type, refresh — every cell, name and note alike',
    async (n) => {
      const model = modelFor(nodePlan(n));
      const excel = new FakeExcel();
      const office = createExcelHost(excel.runtime());
      const memory = createMemoryHost(new ExcelJS.Workbook());
      await buildTree(appOn(office, 'ja'), { model: model });
      await buildTree(appOn(memory, 'ja'), { model: model });
      expect(workbookMismatches(memory.workbook(), excel)).toEqual([]);

      // The same people type the same things into both workbooks.
      const column = nextTreeColumn(excel);
      const own = `${String.fromCharCode(64 + column)}`;
      const typed: [string, string, string | number][] = [
        [HYPOTHESES, 'C4', 250000],
        [TREE, 'N6', '田中'],
        [SETTINGS, 'B6', '営業部 改訂版'],
        [TREE, `${own}4`, 'フォロー'],
        [TREE, `${own}7`, '月曜に再訪'],
      ];
      const ws = (name: string): ExcelJS.Worksheet => memory.workbook().getWorksheet(name)!;
      for (const [sheet, address, value] of typed) {
        await excel.type(sheet, address, value);
        ws(sheet).getCell(address).value = value;
      }
      excel.putNote(TREE, `${own}7`, '先方の部長が同席');
      ws(TREE).getCell(`${own}7`).note = '先方の部長が同席';

      await refreshWorkbook(appOn(office, 'ja'));
      await refreshWorkbook(appOn(memory, 'ja'));
      expect(workbookMismatches(memory.workbook(), excel)).toEqual([]);
      expect(fakeNames(excel)).toEqual(excelJsNames(memory.workbook()));
      expect(fakeNotes(excel)).toEqual(excelJsNotes(memory.workbook()));
      expect(fakeNotes(excel)).toContain(`${quoteSheetName(TREE)}!${own}7: 先方の部長が同席`);
    },
  );
});
