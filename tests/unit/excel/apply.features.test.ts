/**
 * The parts of a sheet beyond cells, on a hand-made spec: styles (once per style, over
 * all its areas), widths in points, freeze panes, validations, conditional formats that
 * replace the tool's old ones, links, notes, `clearBelow`, names of a partial spec, and
 * the `_xlfn.` prefix left out of Office.js formulas.
 */
import { isoDate } from '../../../src/core/calendar/date';
import type { SheetSpec, WorkbookSpec } from '../../../src/core/layout/spec';
import { bin, call, num, ref, str } from '../../../src/core/formula/ast';
import { collectStyles } from '../../../src/core/layout/styles';
import { charsToPoints } from '../../../src/hosts/excel/columnWidth';
import { createExcelHost } from '../../../src/hosts/excel/host';
import { FakeExcel } from '../../support/fakeExcel';
import { excelJsNames, fakeNames, mismatches } from './compare';
import { excelJsWorkbook } from './specs';
import JSZip from 'jszip';

function sheet(over: Partial<SheetSpec> = {}): SheetSpec {
  return {
    key: 'review:2026-W50',
    name: 'Review 2026-W50',
    rows: [
      [{ v: 'Weekly review', s: 'title' }],
      [
        { v: 'KPI', s: 'header' },
        { v: 'Status', s: 'header', note: 'achieved / close / missed' },
        { v: 'Cell', s: 'header' },
        { v: 'Week', s: 'header' },
      ],
      [
        { v: 'Calls', s: 'label' },
        { v: 'missed', s: 'text' },
        { v: 'Tree!G5', link: "'KPI Tree'!G5", s: 'text' },
        { f: call('ISOWEEKNUM', ref('E3')), s: 'num:0' },
      ],
      [
        { v: 'Meetings', s: 'indent:2' },
        { v: 'achieved', s: 'text' },
        null,
        { v: null, input: true, s: 'inputText' },
      ],
    ],
    widths: [20, 12, 12, 8],
    freeze: { rows: 2, columns: 1 },
    validations: [
      { range: 'B3:B40', type: 'list', values: ['achieved', 'close', 'missed'], prompt: 'Pick one' },
      { range: 'E3:E40', type: 'date' },
      { range: 'F3:F40', type: 'decimal', min: 0, max: 1 },
    ],
    conditionalFormats: [
      {
        range: 'B3:B40',
        formula: bin('=', ref('B3'), str('missed')),
        style: { fill: 'FFC7CE', color: '9C0006', bold: true },
      },
    ],
    tabColor: 'F4B183',
    ...over,
  };
}

function spec(s: SheetSpec = sheet()): WorkbookSpec {
  const keys = s.rows.flatMap((r) => r.flatMap((c) => (c?.s ? [c.s] : [])));
  return {
    sheets: [s],
    names: [{ name: 'REVIEW_W50', sheet: s.name, range: '$B$3:$B$4' }],
    styles: collectStyles(keys),
  };
}

async function applied(s: WorkbookSpec, excel = new FakeExcel()): Promise<FakeExcel> {
  await createExcelHost(excel.runtime()).apply(s);
  return excel;
}

test('cells equal the ExcelJS host, with ISOWEEKNUM typed as Excel takes it (no _xlfn.)', async () => {
  const s = spec();
  const excel = await applied(s);
  expect(mismatches(s, excelJsWorkbook(s), excel)).toEqual([]);
  expect(excel.sheet('Review 2026-W50').cell('D3')?.formula).toBe('=ISOWEEKNUM(E3)');
});

test('each style is applied once over all its areas', async () => {
  const excel = await applied(spec());
  const headerFills = excel.writes('format.fill.color').filter((w) => w.value === '#D9E1F2');
  expect(headerFills).toHaveLength(1);
  expect(headerFills[0].target).toBe('Review 2026-W50!A2:D2');
  const ws = excel.sheet('Review 2026-W50');
  expect(ws.format('B2')).toMatchObject({
    'font.bold': true,
    'fill.color': '#D9E1F2',
    'borders.EdgeBottom.style': 'Continuous',
    wrapText: true,
  });
  expect(ws.format('A4')).toMatchObject({ indentLevel: 2, horizontalAlignment: 'Left' });
  expect(ws.format('A1')).toMatchObject({ 'font.bold': true, 'font.size': 14, 'font.color': '#1F3864' });
});

test('widths in points, freeze panes, tab colour', async () => {
  const ws = (await applied(spec())).sheet('Review 2026-W50');
  expect(charsToPoints(12)).toBe(63);
  expect(charsToPoints(8)).toBe(42);
  expect([...ws.columnWidths]).toEqual([
    [1, charsToPoints(20)],
    [2, 63],
    [3, 63],
    [4, 42],
  ]);
  expect(ws.freeze).toEqual({ rows: 2, columns: 1 });
  expect(ws.tabColor).toBe('#F4B183');
});

test('validations: list, date, decimal, with prompt and a stop alert', async () => {
  const ws = (await applied(spec())).sheet('Review 2026-W50');
  expect(ws.validations.get('B3:B40')).toEqual({
    rule: { list: { inCellDropDown: true, source: 'achieved,close,missed' } },
    ignoreBlanks: true,
    errorAlert: { showAlert: true, style: 'Stop', title: '', message: '' },
    prompt: { showPrompt: true, title: '', message: 'Pick one' },
  });
  expect(ws.validations.get('E3:E40')?.rule).toEqual({
    date: { formula1: '1900-01-01', operator: 'GreaterThan' },
  });
  expect(ws.validations.get('F3:F40')?.rule).toEqual({
    decimal: { formula1: 0, formula2: 1, operator: 'Between' },
  });
});

test('conditional formats replace the old ones on a rebuild instead of piling up', async () => {
  const excel = await applied(spec());
  await applied(spec(), excel);
  expect(excel.sheet('Review 2026-W50').conditionalFormats).toEqual([
    { range: 'B3:B40', formula: '=B3="missed"', fill: '#FFC7CE', color: '#9C0006', bold: true },
  ]);
});

test('links point into the workbook; notes are added, then updated in place on a rebuild', async () => {
  const excel = await applied(spec());
  expect(excel.sheet('Review 2026-W50').hyperlinks.get('C3')).toEqual({ documentReference: "'KPI Tree'!G5" });
  expect(excel.notes.get("'Review 2026-W50'!B2")).toBe('achieved / close / missed');
  const changed = sheet();
  const rows = changed.rows.map((r, i) =>
    i === 1 ? r.map((c, j) => (j === 1 && c ? { ...c, note: 'new guidance' } : c)) : r,
  );
  await applied(spec({ ...changed, rows }), excel);
  expect(excel.notes.get("'Review 2026-W50'!B2")).toBe('new guidance');
  expect(excel.calls('add').filter((c) => c.target === 'notes')).toHaveLength(1);
});

test('without ExcelApi 1.18 notes are skipped and said so', async () => {
  const excel = new FakeExcel();
  excel.apiVersion = '1.17';
  const report = await createExcelHost(excel.runtime()).apply(spec());
  expect(excel.notes.size).toBe(0);
  expect(report.warnings).toEqual(['notes skipped on Review 2026-W50: Excel lacks ExcelApi 1.18']);
});

test('clearBelow empties the rows below before writing, so moved rows leave nothing behind', async () => {
  const excel = await applied(spec());
  await excel.type('Review 2026-W50', 'D4', 'typed answer');
  await excel.type('Review 2026-W50', 'A9', 'stale row');
  const s = sheet({ clearBelow: 2 });
  const carried = {
    ...s,
    rows: s.rows.map((r, i) =>
      i === 3 ? r.map((c, j) => (j === 3 && c ? { ...c, v: 'typed answer' } : c)) : r,
    ),
  };
  const report = await createExcelHost(excel.runtime()).apply(spec(carried));
  const ws = excel.sheet('Review 2026-W50');
  expect(ws.cell('A9')).toBeUndefined();
  expect(ws.cell('D4')).toEqual({ value: 'typed answer' });
  expect(ws.cell('A2')).toEqual({ value: 'KPI' });
  expect(excel.calls('clear')).toEqual([
    expect.objectContaining({ target: 'Review 2026-W50!3:1048576', args: ['All'] }),
  ]);
  // Seeds below clearBelow are known to be empty: no read, written with the other cells.
  expect(report.seedsWritten).toBe(1);
  expect(excel.loads().filter((l) => l.target.startsWith('Review'))).toEqual([]);
});

test('a partial spec (a review tab) keeps sheet order and the generated names it does not bring', async () => {
  const excel = new FakeExcel();
  excel.addSheet('KPI Tree');
  excel.names.set('t_revenue', { name: 'T_revenue', formula: "='KPI Tree'!$G$5" });
  const s = spec();
  await applied(s, excel);
  expect(excel.sheets.map((x) => x.name)).toEqual(['KPI Tree', 'Review 2026-W50']);
  const workbook = excelJsWorkbook(s);
  expect(fakeNames(excel)).toEqual(["REVIEW_W50='Review 2026-W50'!$B$3:$B$4", "T_revenue='KPI Tree'!$G$5"]);
  expect(excelJsNames(workbook)).toEqual(["REVIEW_W50='Review 2026-W50'!$B$3:$B$4"]);
});

test('a whole-workbook spec deletes generated names it no longer has, re-points the rest, keeps people’s names', async () => {
  const excel = new FakeExcel();
  excel.addSheet('Old');
  excel.names.set('t_gone', { name: 'T_gone', formula: '=Old!$A$1' });
  excel.names.set('review_w50', { name: 'REVIEW_W50', formula: '=Old!$A$1' });
  excel.names.set('mytotal', { name: 'MyTotal', formula: '=Old!$B$2' });
  const report = await createExcelHost(excel.runtime()).apply(spec(sheet({ key: 'tree' })));
  expect(fakeNames(excel)).toEqual(['MyTotal=Old!$B$2', "REVIEW_W50='Review 2026-W50'!$B$3:$B$4"]);
  expect(report.names).toEqual({ added: 0, updated: 1, deleted: 1 });
  expect(excel.sheets.map((x) => x.name)).toEqual(['Review 2026-W50', 'Old']);
});

test('numbers are numbers, and a 2-D payload is exactly the shape of its range', async () => {
  const s: WorkbookSpec = {
    sheets: [
      {
        key: 'settings',
        name: 'S',
        rows: [
          [
            { v: 1.5 },
            { v: true },
            { v: { date: isoDate('2026-12-01') }, s: 'date' },
            { f: bin('*', num(2), num(3)) },
          ],
        ],
        widths: [],
        validations: [],
        conditionalFormats: [],
      },
    ],
    names: [],
    styles: collectStyles(['date']),
  };
  const excel = await applied(s);
  const ws = excel.sheet('S');
  expect([ws.cell('A1'), ws.cell('B1'), ws.cell('C1'), ws.cell('D1')]).toEqual([
    { value: 1.5 },
    { value: true },
    { value: 46357 },
    { formula: '=2*3', value: '' },
  ]);
  expect(ws.numberFormat('C1')).toBe('yyyy-mm-dd');
});

test('data bars: both hosts write the same bar (bounds, colour) and replace it on a rebuild', async () => {
  const bar = { range: 'D3:D40', color: '638EC6', min: 0, max: 1 };
  const s = spec(sheet({ dataBars: [bar] }));
  const excel = await applied(s);
  await applied(s, excel);
  expect(excel.sheet('Review 2026-W50').dataBars).toEqual([{ range: 'D3:D40', min: '0', max: '1', color: '#638EC6', gradient: true }]);
  // The formula formats are still there beside it, once.
  expect(excel.sheet('Review 2026-W50').conditionalFormats).toHaveLength(1);

  const wb = excelJsWorkbook(s);
  excelJsWorkbook(s, wb);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  const bars = xml.match(/<cfRule type="dataBar"[\s\S]*?<\/cfRule>/g) ?? [];
  expect(bars).toHaveLength(1);
  expect(xml).toContain('<conditionalFormatting sqref="D3:D40">');
  expect(bars[0]).toMatch(/<cfvo type="num" val="0"\/>\s*<cfvo type="num" val="1"\/>\s*<color rgb="FF638EC6"\/>/);
});
