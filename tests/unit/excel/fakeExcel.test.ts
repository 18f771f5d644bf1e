/**
 * The recording fake keeps the Office.js rules the host depends on, so that a host that
 * breaks them fails here rather than in Excel: nothing is read before its load is synced,
 * a range brings back only what was loaded, notes live on cells, and notes are not there
 * at all below ExcelApi 1.18.
 */
import type { XlContext } from '../../../src/hosts/excel/api';
import { FakeExcel, FakeOfficeError } from '../../support/fakeExcel';

function run<T>(excel: FakeExcel, batch: (context: XlContext) => Promise<T>): Promise<T> {
  return excel.runtime().run(batch);
}

test('a range property is readable only after its load has been synced, and only if loaded', async () => {
  const excel = new FakeExcel();
  excel.put('Data', 'B2', { value: 7 });
  await run(excel, async (context) => {
    const range = context.workbook.worksheets.getItem('Data').getRange('B2:C3');
    range.load(['values', 'address']);
    expect(() => range.values).toThrow(/values was not loaded/);
    await context.sync();
    expect(range.values).toEqual([
      [7, ''],
      ['', ''],
    ]);
    expect(range.address).toBe('Data!B2:C3');
    expect(range.isNullObject).toBe(false);
    expect(() => range.formulas).toThrow(/formulas was not loaded/);
  });
});

test('loading a property the fake does not know fails the sync (a misspelt name would in Excel)', async () => {
  const excel = new FakeExcel();
  excel.addSheet('Data');
  const error = await run(excel, async (context) => {
    context.workbook.worksheets.getItem('Data').getRange('A1').load(['formula']);
    await context.sync();
  }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(FakeOfficeError);
  expect(error).toMatchObject({ code: 'InvalidArgument' });
});

test('notes: listed with their content, located by their cell, gone once the cell is cleared', async () => {
  const excel = new FakeExcel();
  excel.addSheet('KPI Tree');
  excel.putNote('KPI Tree', 'C4', 'how the target is computed');
  await run(excel, async (context) => {
    const notes = context.workbook.notes;
    notes.load(['items/content']);
    await context.sync();
    expect(notes.items.map((n) => n.content)).toEqual(['how the target is computed']);
    const location = notes.items[0].getLocation();
    location.load(['address']);
    await context.sync();
    expect(location.address).toBe("'KPI Tree'!C4");
    context.workbook.worksheets.getItem('KPI Tree').getRange('3:10').clear('All');
    await context.sync();
    notes.items[0].content = 'too late';
    await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
  });
  expect(excel.notes.size).toBe(0);
});

test('notes.add files the note on one cell of an existing sheet, and refuses a second one there', async () => {
  const excel = new FakeExcel();
  excel.addSheet('KPI Tree');
  await run(excel, async (context) => {
    context.workbook.notes.add("'KPI Tree'!B2", 'first');
    await context.sync();
    context.workbook.notes.add("'KPI Tree'!B2", 'second');
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    context.workbook.notes.add("'KPI Tree'!B2:C3", 'an area');
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    context.workbook.notes.add("'Nope'!B2", 'no sheet');
    await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
  });
  expect([...excel.notes]).toEqual([["'KPI Tree'!B2", 'first']]);
});

test('below ExcelApi 1.18 any use of workbook.notes fails the batch with ApiNotFound', async () => {
  const excel = new FakeExcel();
  excel.apiVersion = '1.17';
  const error = await run(excel, async (context) => {
    context.workbook.notes.load(['items/content']);
    await context.sync();
  }).catch((e: unknown) => e);
  expect(error).toMatchObject({ code: 'ApiNotFound' });
});

test('each run’s syncs and each sync’s response size are counted', async () => {
  const excel = new FakeExcel();
  excel.put('Data', 'A1', { value: 'x'.repeat(1000) });
  await run(excel, async (context) => {
    const used = context.workbook.worksheets.getItem('Data').getUsedRangeOrNullObject(true);
    used.load(['values']);
    await context.sync();
    await context.sync();
  });
  await run(excel, async (context) => context.sync());
  expect(excel.runSyncs).toEqual([2, 1]);
  expect(excel.responseBytes.get(1)).toBeGreaterThan(1000);
  expect(excel.responseBytes.get(2)).toBeUndefined();
});
