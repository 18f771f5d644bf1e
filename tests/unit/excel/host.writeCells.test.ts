/**
 * `writeCells`: the single input cells people own (a hypothesis from the what-if view, a
 * quick fix, an undo), written in one sync. User text is data: a string stays that text
 * whatever Excel would make of it typed; only a `formula` (one read from the workbook,
 * for undo) is written as a formula; a date goes in as its serial number.
 */
import { isoDate, toExcelSerial } from '../../../src/core/calendar/date';
import { readAnalysis } from '../../../src/app/analysis';
import { writeHypotheses } from '../../../src/app/hypotheses';
import { createExcelHost } from '../../../src/hosts/excel/host';
import { FakeExcel } from '../../support/fakeExcel';
import { measure } from './recorded';
import { nodePlan, specFor } from './specs';
import { appOn } from '../../support/app';

function sheetWith(name: string): { excel: FakeExcel; host: ReturnType<typeof createExcelHost> } {
  const excel = new FakeExcel();
  excel.addSheet(name);
  return { excel, host: createExcelHost(excel.runtime()) };
}

test.each([
  ['=HYPERLINK("http://example.com","click")'],
  ['+1'],
  ['0012'],
  ['-2'],
  ['2026-12-01'],
  ['TRUE'],
  ['＝全角'],
])('%j is stored as that text, not as what Excel would make of it', async (text) => {
  const { excel, host } = sheetWith('Data');
  await host.writeCells([{ sheet: 'Data', address: 'B2', value: text }]);
  expect(excel.sheet('Data').cell('B2')).toEqual({ value: text });
  expect(excel.writes('formulas')).toEqual([expect.objectContaining({ value: [[`'${text}`]] })]);
});

test('a formula is written as a formula, with its =', async () => {
  const { excel, host } = sheetWith('Data');
  await host.writeCells([{ sheet: 'Data', address: 'C3', value: 5, formula: 'SUM(A1:A2)*0.3' }]);
  expect(excel.sheet('Data').cell('C3')).toEqual({ formula: '=SUM(A1:A2)*0.3', value: '' });
});

test('numbers, booleans and plain words go in as they are; a date as its serial; null empties the cell', async () => {
  const { excel, host } = sheetWith('Data');
  excel.put('Data', 'A5', { value: 'old' });
  await host.writeCells([
    { sheet: 'Data', address: 'A1', value: 0.4 },
    { sheet: 'Data', address: 'A2', value: true },
    { sheet: 'Data', address: 'A3', value: '山田' },
    { sheet: 'Data', address: 'A4', value: { date: isoDate('2026-12-25') } },
    { sheet: 'Data', address: 'A5', value: null },
  ]);
  const ws = excel.sheet('Data');
  expect(['A1', 'A2', 'A3', 'A4'].map((a) => ws.cell(a))).toEqual([
    { value: 0.4 },
    { value: true },
    { value: '山田' },
    { value: 46381 },
  ]);
  expect(toExcelSerial(isoDate('2026-12-25'))).toBe(46381);
  expect(ws.cell('A5')).toBeUndefined();
});

test('any number of cells on any sheets: one run, one sync', async () => {
  const excel = new FakeExcel();
  excel.addSheet('A');
  excel.addSheet('B');
  const host = createExcelHost(excel.runtime());
  const cells = Array.from({ length: 200 }, (_, i) => ({
    sheet: i % 2 === 0 ? 'A' : 'B',
    address: `C${i + 1}`,
    value: i,
  }));
  const m = await measure(excel, () => host.writeCells(cells));
  expect(m.runs).toEqual([1]);
  expect(excel.sheet('B').cell('C200')).toEqual({ value: 199 });
});

test('a cell on a sheet that is gone fails with a message naming what is missing', async () => {
  const { host } = sheetWith('Data');
  const error = await host.writeCells([{ sheet: 'Gone', address: 'A1', value: 1 }]).catch((e: unknown) => e);
  expect(error).toMatchObject({ name: 'ExcelHostError', code: 'NotFound' });
  expect((error as Error).message).toMatch(/^Could not write the cells: a sheet or name it needs is missing/);
});

test('the what-if view writes a hypothesis into its H_ cell, and its undo puts the old value back', async () => {
  const excel = new FakeExcel();
  const host = createExcelHost(excel.runtime());
  await host.apply(specFor(nodePlan(10)));
  const analysis = await readAnalysis(appOn(host, 'ja'));
  const undo = await writeHypotheses(appOn(host, 'en'), analysis, { unit_price: 250000 });
  expect(excel.sheet('仮説').cell('C4')).toEqual({ value: 250000 });
  expect(undo).toEqual([{ sheet: '仮説', address: 'C4', value: 100000 }]);
  await host.writeCells(undo);
  expect(excel.sheet('仮説').cell('C4')).toEqual({ value: 100000 });
});

test('an undo of a formula a person had typed restores the formula, not its value', async () => {
  const excel = new FakeExcel();
  const host = createExcelHost(excel.runtime());
  await host.apply(specFor(nodePlan(10)));
  await excel.type('仮説', 'C5', '=0.3+0.04');
  const undo = await writeHypotheses(appOn(host, 'en'), await readAnalysis(appOn(host, 'ja')), { share: 0.5 });
  expect(excel.sheet('仮説').cell('C5')).toEqual({ value: 0.5 });
  expect(undo).toEqual([{ sheet: '仮説', address: 'C5', value: null, formula: '0.3+0.04' }]);
  await host.writeCells(undo);
  expect(excel.sheet('仮説').cell('C5')).toEqual({ formula: '=0.3+0.04', value: '' });
});
