/**
 * Reading back (values, formulas, errors, names, notes) in two syncs, selecting a cell,
 * and listening for changes, debounced.
 */
import { a1 } from '../../../src/core/layout/a1';
import type { XlNote } from '../../../src/hosts/excel/api';
import { nameData, rawCell } from '../../../src/hosts/excel/read';
import { createExcelHost } from '../../../src/hosts/excel/host';
import { noteIndex } from '../../../src/hosts/excel/notes';
import { readWorkbookData } from '../../../src/hosts/xlsx/readData';
import { cellAt, type WorkbookData } from '../../../src/core/reader/workbookData';
import { FakeExcel } from '../../support/fakeExcel';
import { excelJsWorkbook, nodePlan, specFor } from './specs';

/** A note proxy for indexing tests: the index only keeps it for the write. */
const inertNote: XlNote = {
  content: 'n',
  getLocation: () => {
    throw new Error('the index does not locate notes');
  },
  load: () => undefined,
};

/** Every note the data carries, as `Sheet!A1: text`. */
function notesOf(data: WorkbookData): string[] {
  return data.sheets.flatMap((s) =>
    s.rows.flatMap((row, r) =>
      row.flatMap((cell, c) =>
        cell?.note === undefined ? [] : [`${s.name}!${a1(r + 1, c + 1)}: ${cell.note}`],
      ),
    ),
  );
}

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

  test('notes come back on their cells, as the ExcelJS reader delivers them, in the same two syncs', async () => {
    const spec = specFor(nodePlan(10));
    const excel = new FakeExcel();
    const host = createExcelHost(excel.runtime());
    await host.apply(spec);
    const before = excel.syncs;
    const data = await host.read();
    expect(excel.syncs - before).toBe(2);
    const expected = notesOf(readWorkbookData(excelJsWorkbook(spec)));
    expect(expected.length).toBeGreaterThan(0);
    expect(notesOf(data)).toEqual(expected);
  });

  test('a note people added reads back on its cell; one on an empty cell is left out, as ExcelJS does', async () => {
    const excel = new FakeExcel();
    excel.put('Plan B', 'C3', { value: 'x' });
    excel.putNote('Plan B', 'C3', 'ask Sato');
    excel.putNote('Plan B', 'E9', 'on an empty cell');
    const data = await createExcelHost(excel.runtime()).read();
    expect(notesOf(data)).toEqual(['Plan B!C3: ask Sato']);
    expect(cellAt(data.sheets[0], 3, 3)).toEqual({ value: 'x', note: 'ask Sato' });
  });

  test('without ExcelApi 1.18 the read leaves notes alone (touching them would fail the batch)', async () => {
    const excel = new FakeExcel();
    excel.apiVersion = '1.17';
    excel.put('Data', 'A1', { value: 'x' });
    excel.putNote('Data', 'A1', 'unread');
    const data = await createExcelHost(excel.runtime()).read();
    expect(cellAt(data.sheets[0], 1, 1)).toEqual({ value: 'x' });
    expect(excel.loads().map((l) => l.target)).not.toContain('notes');
    expect(excel.runSyncs).toEqual([2]);
  });

  test.each([
    ["'KPI Tree'!C4", 'kpi tree', 4, 3],
    ['KPIツリー!$G$5', 'KPIツリー', 5, 7],
    ["'Bob''s'!A1", "BOB'S", 1, 1],
  ] as const)('a note located at %s is found on its cell', (address, sheet, row, column) => {
    const index = noteIndex([{ address, content: 'n', note: inertNote }]);
    expect(index.at(sheet, row, column)?.content).toBe('n');
    expect(index.at(sheet, row, column + 1)).toBeUndefined();
  });

  test('a note location that is not one cell is an error, not a note silently left out', () => {
    expect(() => noteIndex([{ address: 'Sheet1!A1:B2', content: 'n', note: inertNote }])).toThrow(
      /not one cell/,
    );
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
