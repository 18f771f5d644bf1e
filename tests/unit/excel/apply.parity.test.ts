/**
 * The Office.js host writes what the ExcelJS host writes: for the same spec, every cell
 * the spec owns ends up with the same formula text, value and number format, and the
 * workbook with the same defined names and sheet order.
 */
import ExcelJS from 'exceljs';
import { buildTree, refreshWorkbook } from '../../../src/app/build';
import { writeReview } from '../../../src/app/review';
import { appOn } from '../../support/app';
import { isoDate } from '../../../src/core/calendar/date';
import { applyWorkbookSpec } from '../../../src/hosts/excel/apply';
import { createExcelHost } from '../../../src/hosts/excel/host';
import type { ApplyReport, WorkbookHost } from '../../../src/hosts/port';
import { createMemoryHost } from '../../../src/hosts/xlsx/memoryHost';
import { FakeExcel } from '../../support/fakeExcel';
import { excelJsNames, fakeNames, mismatches } from './compare';
import { excelJsWorkbook, modelFor, nodePlan, specFor } from './specs';
import { specNames, withoutTable } from '../../../src/core/layout/spec';

describe.each([
  ['ja', 10],
  ['en', 10],
  ['ja', 1000],
] as const)('%s, %i nodes: Office.js writes equal ExcelJS writes', (lang, n) => {
  const spec = specFor(nodePlan(n), lang);
  const workbook = excelJsWorkbook(spec);
  const excel = new FakeExcel();

  beforeAll(async () => {
    await createExcelHost(excel.runtime()).apply(spec);
  });

  test('every generated and seeded cell: formula text, value, number format', () => {
    expect(mismatches(spec, workbook, excel)).toEqual([]);
  });

  test('defined names', () => {
    expect(fakeNames(excel)).toEqual(excelJsNames(workbook));
    expect(excel.names.size).toBe(specNames(spec).length);
  });

  test('sheet order, tab colours, widths, freeze panes, validations', () => {
    expect(excel.sheets.map((s) => s.name)).toEqual(workbook.worksheets.map((ws) => ws.name));
    for (const sheet of spec.sheets) {
      const fake = excel.sheet(sheet.name);
      if (sheet.tabColor) expect(fake.tabColor).toBe(`#${sheet.tabColor}`);
      expect(fake.columnWidths.size).toBe(sheet.widths.length);
      if (sheet.freeze) expect(fake.freeze).toEqual(sheet.freeze);
      expect([...fake.validations.keys()].sort()).toEqual(sheet.validations.map((v) => v.range).sort());
    }
  });
});

describe('a team with members: Office.js writes the member sheet as ExcelJS writes it', () => {
  // The example team, one member named like a formula.
  const plan = JSON.parse(nodePlan(10)) as { members?: unknown[] };
  plan.members = [
    { id: 'yamada', name: '=HYPERLINK("http://x","y")', share: 0.5 },
    { id: 'sato', name: '佐藤', share: 0.3, hypotheses: { conversion: 0.25 } },
    { id: 'suzuki', name: '+1', target: 20_000_000 },
  ];
  const spec = specFor(JSON.stringify(plan));
  const workbook = excelJsWorkbook(spec);
  const excel = new FakeExcel();

  beforeAll(async () => {
    await createExcelHost(excel.runtime()).apply(spec);
  });

  test('every cell, the names and the sheets', () => {
    expect(spec.sheets.map((s) => s.key)).toContain('members');
    expect(mismatches(spec, workbook, excel)).toEqual([]);
    expect(fakeNames(excel)).toEqual(excelJsNames(workbook));
    expect(excel.sheets.map((s) => s.name)).toEqual(workbook.worksheets.map((ws) => ws.name));
  });
});

test('a rebuild over an ExcelJS-equal workbook stays equal, with people’s input kept by both hosts', async () => {
  const first = specFor(nodePlan(10));
  const second = specFor(nodePlan(13, { title: '改訂版' }));
  const excel = new FakeExcel();
  const host = createExcelHost(excel.runtime());
  const workbook = new ExcelJS.Workbook();
  await host.apply(first);
  excelJsWorkbook(first, workbook);
  // People type into input cells of both workbooks: the hypothesis value and an owner.
  await excel.type('仮説', 'C5', 0.4);
  await excel.type('KPIツリー', 'O6', "'=not a formula"); // typed with Excel's quote: text
  workbook.getWorksheet('仮説')!.getCell('C5').value = 0.4;
  workbook.getWorksheet('KPIツリー')!.getCell('O6').value = '=not a formula';

  const report = await host.apply(second);
  excelJsWorkbook(second, workbook);
  expect(mismatches(second, workbook, excel)).toEqual([]);
  expect(fakeNames(excel)).toEqual(excelJsNames(workbook));
  expect(report.inputsKept).toBeGreaterThan(0);
});

test('people’s formulas and number formats carried by a rebuild are written as the ExcelJS host writes them', async () => {
  const base = specFor(nodePlan(10));
  // A rebuild's sheets are rows alone.
  const tree = withoutTable(base.sheets[0]);
  const width = Math.max(...tree.rows.map((r) => r.length));
  // A rebuild carries a column of people's own: a formula on the row's target, and a date.
  const rows = tree.rows.map((r, i) =>
    i === 4
      ? [
          ...r,
          ...new Array(width - r.length).fill(null),
          { carriedFormula: '_xlfn.ISOWEEKNUM(TODAY())+G5', numFmt: '0.0' },
          { v: 46387, numFmt: 'yyyy/mm/dd' },
        ]
      : r,
  );
  const spec = { ...base, sheets: [{ ...tree, rows }, ...base.sheets.slice(1)] };
  const excel = new FakeExcel();
  await createExcelHost(excel.runtime()).apply(spec);
  const workbook = excelJsWorkbook(spec);
  expect(mismatches(spec, workbook, excel)).toEqual([]);
  const fake = excel.sheet(tree.name);
  const formulaAt = `${String.fromCharCode(64 + width + 1)}5`;
  expect(fake.cell(formulaAt)?.formula).toBe('=ISOWEEKNUM(TODAY())+G5');
  expect(fake.numberFormat(formulaAt)).toBe('0.0');
  expect(fake.numberFormat(`${String.fromCharCode(64 + width + 2)}5`)).toBe('yyyy/mm/dd');
});

test('the ops are applied straight on a context too (no host wrapper), with a progress report', async () => {
  const spec = specFor(nodePlan(10));
  const excel = new FakeExcel();
  const progress: [number, number][] = [];
  await excel
    .runtime()
    .run((context) =>
      applyWorkbookSpec(context, spec, { notes: true, onProgress: (d, t) => progress.push([d, t]) }),
    );
  // A fresh build: the probe (nothing to read back), then the write.
  expect(progress[progress.length - 1]).toEqual([2, 2]);
  expect(excel.syncs).toBe(2);
  expect(progress.map(([d]) => d)).toEqual([...progress.map(([d]) => d)].sort((a, b) => a - b));
});

test('both hosts report the same counts for the same workbook, command after command', async () => {
  const excel = new FakeExcel();
  const office = createExcelHost(excel.runtime());
  const memory = createMemoryHost();
  const counts = ({ syncs: _s, requests: _r, warnings: _w, ...rest }: ApplyReport) => rest;
  const both = async (command: (host: WorkbookHost) => Promise<{ report: ApplyReport | null }>) => {
    const a = await command(office);
    const b = await command(memory);
    return [a.report && counts(a.report), b.report && counts(b.report)];
  };
  const model = modelFor(nodePlan(30));
  const steps: [string, (host: WorkbookHost) => Promise<{ report: ApplyReport | null }>][] = [
    ['build', (h) => buildTree(appOn(h, 'ja'), { model: model })],
    ['rebuild', (h) => buildTree(appOn(h, 'ja'), { model: model })],
    ['review', (h) => writeReview(appOn(h, 'ja', isoDate('2026-12-11')), { week: '2026-W50' })],
    ['refresh', (h) => refreshWorkbook(appOn(h, 'ja'))],
    ['review again', (h) => writeReview(appOn(h, 'ja', isoDate('2026-12-11')), { week: '2026-W50' })],
  ];
  const seen: string[] = [];
  for (const [name, command] of steps) {
    if (name === 'refresh') {
      // People type into input cells of both workbooks: a hypothesis value, an owner cleared, an actual.
      await excel.type('仮説', 'C5', 0.4);
      await excel.type('KPIツリー', 'N6', '');
      await excel.type('週次レビュー 2026-W50', 'F12', '=2+3');
      memory.workbook().getWorksheet('仮説')!.getCell('C5').value = 0.4;
      memory.workbook().getWorksheet('KPIツリー')!.getCell('N6').value = null;
      memory.workbook().getWorksheet('週次レビュー 2026-W50')!.getCell('F12').value = { formula: '2+3' };
    }
    const [fromOffice, fromMemory] = await both(command);
    expect({ step: name, report: fromMemory }).toEqual({ step: name, report: fromOffice });
    seen.push(`${name}: ${JSON.stringify(fromOffice)}`);
  }
  // The steps exercised every count: seeds written and kept, names added and re-pointed, a sheet added.
  expect(seen.join('\n')).toMatch(/"seedsWritten":[1-9]/);
  expect(seen.join('\n')).toMatch(/"inputsKept":[1-9]/);
  expect(seen.join('\n')).toMatch(/"updated":[1-9]/);
  expect(seen.join('\n')).toMatch(/"sheetsAdded":\["週次レビュー/);
});
