/**
 * The ExcelJS host's translation of an edit through ExcelJS's public API: the sheets put
 * in order through the workbook's model without losing any part of a sheet, rows emptied
 * with their notes, validations set per cell and read back whole, merged areas split.
 */
import ExcelJS from 'exceljs';
import { bin, ref, str } from '../../../src/core/formula/ast';
import type { SheetSpec, WorkbookSpec } from '../../../src/core/layout/spec';
import { collectStyles } from '../../../src/core/layout/styles';
import { applySpec } from '../../../src/hosts/xlsx/applySpec';
import { orderWorksheets } from '../../../src/hosts/xlsx/orderWorksheets';

async function reopened(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(await workbook.xlsx.writeBuffer());
  return again;
}

/** A sheet of people's own with one of everything a sheet can hold. */
function peoplesSheet(workbook: ExcelJS.Workbook): void {
  const ws = workbook.addWorksheet('Mine', { properties: { tabColor: { argb: 'FF00B050' } } });
  ws.getCell('A1').value = 'Quarter';
  ws.getCell('B2').value = { formula: 'A2*2', result: 4 };
  ws.getCell('A2').value = 2;
  ws.mergeCells('C1:D2');
  ws.getCell('E1').value = 'owner';
  ws.getCell('E1').note = 'ask Sato';
  ws.getCell('F1').value = { text: 'tree', hyperlink: "#'Tree'!A1" };
  ws.getCell('G1').dataValidation = { type: 'list', allowBlank: true, formulae: ['"a,b"'] };
  ws.addConditionalFormatting({
    ref: 'A1:A9',
    rules: [{ type: 'expression', priority: 1, formulae: ['A1>1'], style: { font: { bold: true } } }],
  });
  ws.getColumn(1).width = 30;
  ws.getRow(2).height = 40;
  ws.views = [{ state: 'frozen', xSplit: 1, ySplit: 1 }];
  workbook.definedNames.add("'Mine'!$A$2", 'MyTotal');
}

/** What a sheet holds, through the public API, for comparing before and after. */
function contents(ws: ExcelJS.Worksheet): unknown {
  return {
    values: ws.getSheetValues(),
    merges: ws.model.merges,
    note: ws.getCell('E1').note,
    link: ws.getCell('F1').value,
    validation: ws.getCell('G1').dataValidation,
    conditional: ws.getCell('A1').style,
    width: ws.getColumn(1).width,
    height: ws.getRow(2).height,
    views: ws.views,
    tab: ws.properties.tabColor,
    state: ws.state,
  };
}

describe('sheet order', () => {
  test('the sheets are put in order and every part of every sheet survives, in the file too', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Tree').getCell('A1').value = 'tree';
    peoplesSheet(workbook);
    workbook.addWorksheet('Hidden', { state: 'hidden' }).getCell('A1').value = 1;
    const before = contents(workbook.getWorksheet('Mine')!);
    orderWorksheets(workbook, ['Hidden', 'Mine', 'Tree']);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['Hidden', 'Mine', 'Tree']);
    expect(contents(workbook.getWorksheet('Mine')!)).toEqual(before);
    expect(workbook.getWorksheet('Hidden')!.state).toBe('hidden');
    expect(workbook.definedNames.model).toEqual([{ name: 'MyTotal', ranges: ['Mine!$A$2'] }]);
    const file = await reopened(workbook);
    expect(file.worksheets.map((ws) => ws.name)).toEqual(['Hidden', 'Mine', 'Tree']);
    expect(file.getWorksheet('Mine')!.model.merges).toEqual(['C1:D2']);
    expect(file.getWorksheet('Mine')!.getCell('E1').note).toBe('ask Sato');
    expect(file.getWorksheet('Hidden')!.state).toBe('hidden');
  });

  test('nothing is rebuilt when the order is already right', () => {
    const workbook = new ExcelJS.Workbook();
    const tree = workbook.addWorksheet('Tree');
    workbook.addWorksheet('Mine');
    orderWorksheets(workbook, ['Tree', 'Mine']);
    expect(workbook.getWorksheet('Tree')).toBe(tree);
  });

  test('an order that is not the workbook’s sheets is refused', () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Tree');
    expect(() => orderWorksheets(workbook, ['Other'])).toThrow(
      'Cannot put the sheets [Tree] in the order [Other]',
    );
  });
});

function treeSpec(over: Partial<SheetSpec> = {}): WorkbookSpec {
  const sheet: SheetSpec = {
    key: 'tree',
    name: 'Tree',
    rows: [[{ v: 'ID', s: 'header' }], [{ v: 'calls' }], [{ v: 'meetings' }]],
    widths: [12],
    validations: [{ range: 'B2:B40', type: 'list', values: ['KGI', 'KPI', 'KDI'] }],
    conditionalFormats: [],
    ...over,
  };
  return { sheets: [sheet], names: [], styles: collectStyles(['header']) };
}

test('a whole-workbook spec puts its sheets before people’s, keeping theirs intact', async () => {
  const workbook = new ExcelJS.Workbook();
  peoplesSheet(workbook);
  const before = contents(workbook.getWorksheet('Mine')!);
  applySpec(workbook, treeSpec());
  expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['Tree', 'Mine']);
  expect(contents(workbook.getWorksheet('Mine')!)).toEqual(before);
});

test('rows below clearBelow are emptied with their notes, even on a row with nothing else', () => {
  const workbook = new ExcelJS.Workbook();
  applySpec(workbook, treeSpec());
  const ws = workbook.getWorksheet('Tree')!;
  ws.getCell('C3').value = 'stale';
  ws.getCell('D9').note = 'on an empty row';
  ws.getCell('B1').note = 'above: stays';
  applySpec(workbook, treeSpec({ clearBelow: 1, rows: [[{ v: 'ID', s: 'header' }], [{ v: 'calls' }]] }));
  expect(ws.getCell('C3').value).toBeNull();
  expect(ws.getCell('A3').value).toBeNull();
  expect(ws.getCell('D9').note).toBeUndefined();
  expect(ws.getCell('B1').note).toBe('above: stays');
  expect(ws.getCell('A2').value).toBe('calls');
});

test('a validation over a range is set on each of its cells and saved and read back whole', async () => {
  const workbook = new ExcelJS.Workbook();
  applySpec(workbook, treeSpec());
  const file = await reopened(workbook);
  const ws = file.getWorksheet('Tree')!;
  for (const address of ['B2', 'B17', 'B40'])
    expect(ws.getCell(address).dataValidation).toEqual(
      expect.objectContaining({ type: 'list', formulae: ['"KGI,KPI,KDI"'] }),
    );
  expect(ws.getCell('B41').dataValidation).toBeUndefined();
  expect(ws.getCell('C2').dataValidation).toBeUndefined();
});

test('a merged area over a written cell is split; one over people’s own cells stays', () => {
  const workbook = new ExcelJS.Workbook();
  applySpec(workbook, treeSpec());
  const ws = workbook.getWorksheet('Tree')!;
  ws.mergeCells('A1:B1');
  ws.mergeCells('E5:F6');
  applySpec(workbook, treeSpec());
  expect(ws.model.merges).toEqual(['E5:F6']);
  expect(ws.getCell('A1').value).toBe('ID');
});

test('the tool’s conditional formats replace the sheet’s on a rebuild instead of piling up', () => {
  const workbook = new ExcelJS.Workbook();
  const cf = { range: 'A2:A3', formula: bin('=', ref('A2'), str('calls')), style: { bold: true } };
  applySpec(workbook, treeSpec({ conditionalFormats: [cf] }));
  applySpec(workbook, treeSpec({ conditionalFormats: [cf] }));
  // ExcelJS keeps them on the worksheet without declaring them (a test may look).
  const formats = (workbook.getWorksheet('Tree') as unknown as { conditionalFormattings: { ref: string }[] })
    .conditionalFormattings;
  expect(formats.map((f) => f.ref)).toEqual(['A2:A3']);
  applySpec(workbook, treeSpec());
  expect(formats.map((f) => f.ref)).toEqual(['A2:A3']);
});
