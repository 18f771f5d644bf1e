/**
 * Reading back (values, formulas, errors, names) in two syncs, selecting a cell, and
 * listening for changes, debounced.
 */
import { nameData, rawCell } from '../../../src/hosts/excel/read';
import { createExcelHost } from '../../../src/hosts/excel/host';
import { cellAt } from '../../../src/core/reader/workbookData';
import { FakeExcel } from '../../support/fakeExcel';
import { nodePlan, specFor } from './specs';

describe('read', () => {
  test('a built workbook reads back: labels, formulas, seeded inputs, names — in two syncs', async () => {
    const excel = new FakeExcel();
    const host = createExcelHost(excel.runtime());
    await host.apply(specFor(nodePlan(10)));
    const before = excel.syncs;
    const data = await host.read();
    expect(excel.syncs - before).toBe(2);
    const tree = data.sheets.find((s) => s.name === 'KPIツリー')!;
    expect(cellAt(tree, 5, 1)).toEqual({ value: 'revenue' });
    expect(cellAt(tree, 5, 7)).toEqual({ value: 120000000 });
    expect(cellAt(tree, 6, 7)?.formula).toMatch(/^ROUNDUP\(/);
    // A name written as text (it looks like a formula) reads back as text, not as a formula.
    const texts = tree.rows.flatMap((r) =>
      r.filter((c) => c?.value === '=HYPERLINK("http://example.com","click")'),
    );
    expect(texts).toEqual([{ value: '=HYPERLINK("http://example.com","click")' }]);
    expect(data.names.find((n) => n.name === 'T_revenue')).toEqual({
      name: 'T_revenue',
      sheet: 'KPIツリー',
      range: '$G$5',
    });
  });

  test('the used range may start anywhere: rows and columns before it are empty', async () => {
    const excel = new FakeExcel();
    excel.put('Data', 'C3', { value: 'x' });
    excel.put('Data', 'D4', { formula: '=1/0', value: '#DIV/0!', error: true });
    excel.addSheet('Empty');
    const data = await createExcelHost(excel.runtime()).read();
    const sheet = data.sheets.find((s) => s.name === 'Data')!;
    expect(sheet.rows).toHaveLength(4);
    expect(cellAt(sheet, 3, 3)).toEqual({ value: 'x' });
    expect(cellAt(sheet, 4, 4)).toEqual({ value: null, error: '#DIV/0!', formula: '1/0' });
    expect(cellAt(sheet, 1, 1)).toBeUndefined();
    expect(data.sheets.find((s) => s.name === 'Empty')).toEqual({ name: 'Empty', rows: [] });
  });

  test.each([
    ['text', 'abc', 'abc', 'String', { value: 'abc' }],
    ['text that looks like a formula', '=x', '=x', 'String', { value: '=x' }],
    ['a formula', 2, '=1+1', 'Double', { value: 2, formula: '1+1' }],
    ['a formula giving text', 'ok', '=IF(TRUE,"ok")', 'String', { value: 'ok', formula: 'IF(TRUE,"ok")' }],
    ['an error', '#REF!', '=#REF!+1', 'Error', { value: null, error: '#REF!', formula: '#REF!+1' }],
    ['an empty cell', '', '', 'Empty', undefined],
    ['a boolean', true, true, 'Boolean', { value: true }],
  ] as const)('%s', (_what, value, formula, type, expected) => {
    expect(rawCell(value, formula, type)).toEqual(expected);
  });

  test.each([
    ['=Sheet1!$A$1', 'Range', { sheet: 'Sheet1', range: '$A$1' }],
    ["='KPI Tree'!$G$5:$K$5", 'Range', { sheet: 'KPI Tree', range: '$G$5:$K$5' }],
    ["='Bob''s'!$A$1", 'Range', { sheet: "Bob's", range: '$A$1' }],
    ['=#REF!$G$5', 'Error', { sheet: null, range: '#REF!$G$5' }],
    ['=#REF!', 'Error', { sheet: null, range: '#REF!' }],
    ['=0.2', 'Double', { sheet: null, range: '0.2' }],
  ] as const)('name %s', (formula, type, expected) => {
    expect(nameData('N', type, formula)).toEqual({ name: 'N', ...expected });
  });
});

describe('select', () => {
  test('activates the sheet and selects the range, in one sync', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Checks');
    excel.addSheet('KPI Tree');
    const before = excel.syncs;
    await createExcelHost(excel.runtime()).select('KPI Tree', 'G7');
    expect(excel.syncs - before).toBe(1);
    expect(excel.activeSheet).toBe('KPI Tree');
    expect(excel.selection).toBe('KPI Tree!G7');
  });
});

describe('onChange', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test('a burst of edits becomes one call after 400 ms of quiet, with the sheet names', async () => {
    const excel = new FakeExcel();
    excel.addSheet('KPI Tree');
    excel.addSheet('Hypotheses');
    excel.addSheet('Notes');
    const host = createExcelHost(excel.runtime());
    const calls: (readonly string[])[] = [];
    const stop = await host.onChange((sheets) => calls.push(sheets));
    await excel.type('Hypotheses', 'C4', 0.3);
    await excel.type('KPI Tree', 'N6', '田中');
    await jest.advanceTimersByTimeAsync(300);
    await excel.type('Hypotheses', 'C5', 0.4);
    await jest.advanceTimersByTimeAsync(399);
    expect(calls).toEqual([]);
    await jest.advanceTimersByTimeAsync(1);
    expect(calls).toEqual([['KPI Tree', 'Hypotheses']]);
    await stop();
    await excel.type('KPI Tree', 'N7', 'x');
    await jest.advanceTimersByTimeAsync(1000);
    expect(calls).toHaveLength(1);
    expect(excel.handlers.size).toBe(0);
  });

  test('a failure while finding the changed sheets goes to onError', async () => {
    const excel = new FakeExcel();
    excel.addSheet('KPI Tree');
    const errors: Error[] = [];
    await createExcelHost(excel.runtime(), { sleep: async () => undefined }).onChange(
      () => undefined,
      (e) => errors.push(e),
    );
    await excel.type('KPI Tree', 'A1', 1);
    excel.failNextSync('GeneralException', 'boom');
    await jest.advanceTimersByTimeAsync(400);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toBe(
      'Could not find the changed sheets: Excel reported GeneralException (boom). Try again; if it persists, reload the add-in.',
    );
  });
});
