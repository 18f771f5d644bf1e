/**
 * Cell-edit mode is waited out (a few retries, doubling pauses); every other failure
 * rejects with an ExcelHostError that says what to do, keeping Excel's error as cause.
 */
import { ExcelHostError, toHostError } from '../../../src/hosts/excel/errors';
import { createExcelHost } from '../../../src/hosts/excel/host';
import { FakeExcel, FakeOfficeError } from '../../support/fakeExcel';
import { nodePlan, specFor } from './specs';

const spec = specFor(nodePlan(10));

function host(excel: FakeExcel, waits: number[]) {
  return createExcelHost(excel.runtime(), { sleep: async (ms) => void waits.push(ms) });
}

test('a command run while the user edits a cell is retried whole, after 250 and 500 ms', async () => {
  const excel = new FakeExcel();
  excel.failRunsInCellEditMode(2);
  const waits: number[] = [];
  const report = await host(excel, waits).apply(spec);
  expect(waits).toEqual([250, 500]);
  expect(excel.runs).toBe(3);
  // The two refused runs stopped at their first sync; the third built the workbook.
  expect(excel.runSyncs).toEqual([1, 1, 2]);
  expect(report.syncs).toBe(2);
  expect(excel.sheet('KPIツリー').cell('A5')).toEqual({ value: 'revenue' });
});

test('reads and selections are retried too', async () => {
  const excel = new FakeExcel();
  const waits: number[] = [];
  await host(excel, waits).apply(spec);
  excel.failRunsInCellEditMode(1);
  await host(excel, waits).select('KPIツリー', 'G6');
  excel.failRunsInCellEditMode(1);
  await host(excel, waits).read();
  expect(waits).toEqual([250, 250]);
});

test('when the user keeps editing, the command gives up with a message saying what to do', async () => {
  const excel = new FakeExcel();
  excel.failRunsInCellEditMode(99);
  const waits: number[] = [];
  const error = await host(excel, waits)
    .apply(spec)
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ExcelHostError);
  expect(error).toMatchObject({ code: 'CellEditMode', officeCode: 'InvalidOperationInCellEditMode' });
  expect((error as Error).message).toBe(
    'Could not build the KPI tree: Excel is editing a cell. Press Enter or Esc to finish editing, then try again.',
  );
  expect(waits).toEqual([250, 500, 1000, 2000]);
  expect(excel.runs).toBe(5);
});

test('another Excel error is not retried and surfaces with its message and cause', async () => {
  const excel = new FakeExcel();
  excel.failNextSync('AccessDenied', 'The sheet is protected.');
  const waits: number[] = [];
  const error = await host(excel, waits)
    .apply(spec)
    .catch((e: unknown) => e);
  expect(error).toMatchObject({ name: 'ExcelHostError', code: 'Protected', officeCode: 'AccessDenied' });
  expect((error as Error).message).toContain('Unprotect it');
  expect((error as Error).cause).toBeInstanceOf(FakeOfficeError);
  expect(waits).toEqual([]);
  expect(excel.runs).toBe(1);
});

test('a failure inside the batch (a missing sheet) names the sheet', async () => {
  const excel = new FakeExcel();
  const error = await host(excel, [])
    .select('Nope', 'A1')
    .catch((e: unknown) => e);
  expect(error).toMatchObject({ code: 'NotFound' });
  expect((error as Error).message).toMatch(
    /^Could not select Nope!A1: a sheet or name it needs is missing \(.*Nope\)/,
  );
});

test.each([
  ['RequestPayloadSizeLimitExceeded', 'TooLarge'],
  ['InvalidArgument', 'Rejected'],
  ['ApiNotFound', 'Unsupported'],
  ['GeneralException', 'Excel'],
])('Office code %s becomes %s', (officeCode, code) => {
  const error = toHostError(new FakeOfficeError(officeCode, 'details'), 'do it');
  expect(error.code).toBe(code);
  expect(error.message).toMatch(/^Could not do it: /);
  expect(error.message).toContain('details');
});

test('a plain JavaScript error (a bug) is wrapped, not hidden', () => {
  const bug = new TypeError('x is undefined');
  const error = toHostError(bug, 'read the workbook');
  expect(error).toMatchObject({
    code: 'Unexpected',
    message: 'Could not read the workbook: x is undefined',
    cause: bug,
  });
});
