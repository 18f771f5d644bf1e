/**
 * People's references follow their KPI (issue 18): a formula on a sheet of people's own
 * that points at a tree cell by address still points at the same node's cell after a
 * rebuild moves the rows, in both hosts; nothing else on that sheet is written, its merged
 * areas stay, and it keeps its place among the sheets.
 */
import { buildTree, refreshWorkbook } from '../../../src/app/build';
import { templateModel } from '../../../src/app/templates';
import type { SheetData } from '../../../src/core/reader/workbookData';
import { followOnPeoplesSheets } from '../../../src/core/sync/peoplesSheets';
import { createExcelHost } from '../../../src/hosts/excel';
import { createMemoryHost } from '../../../src/hosts/xlsx/memoryHost';
import { appOn } from '../../support/app';
import { FakeExcel } from '../../support/fakeExcel';

const TREE = 'KPIツリー';
const DASHBOARD = 'ダッシュボード';
/** talk_quality's row once built (revenue 5, contracts 6, meetings 7, appointments 8, calls 9). */
const TALK_QUALITY = 10;
const EMAILS: Record<string, string> = {
  A11: 'emails',
  B11: 'KDI',
  C11: 'メール送信数',
  D11: 'appointments',
  E11: 'appointments / appointment_rate',
  F11: '件',
};
const DASHBOARD_CELLS: Record<string, string> = {
  A1: 'ヒアリングの目標',
  B1: `='${TREE}'!C${TALK_QUALITY}`,
  B2: `='${TREE}'!T${TALK_QUALITY}&"（メモ）"`,
  B3: '=LEN("KPIツリー!C10")',
  B4: `=COUNTA('${TREE}'!A5:A${TALK_QUALITY})`,
  C1: `=B1`,
};

describe('formulas on people’s own sheets after a rebuild moves the tree’s rows', () => {
  it('ExcelJS host: point at the same node, and nothing else on the sheet changes', async () => {
    const host = createMemoryHost();
    await buildTree(appOn(host, 'ja'), { model: templateModel('sales-funnel', 'ja') });
    const wb = host.workbook();
    const tree = wb.getWorksheet(TREE)!;
    for (const [a, v] of Object.entries(EMAILS)) tree.getCell(a).value = v;
    const board = wb.addWorksheet(DASHBOARD);
    for (const [a, v] of Object.entries(DASHBOARD_CELLS))
      board.getCell(a).value = v.startsWith('=') ? { formula: v.slice(1) } : v;
    board.mergeCells('C1:D2');
    board.getCell('A1').numFmt = '@';

    await refreshWorkbook(appOn(host, 'ja'));
    expect(tree.getCell(`A${TALK_QUALITY + 1}`).value).toBe('talk_quality');
    const formula = (a: string): unknown => (board.getCell(a).value as { formula?: string }).formula;
    expect(formula('B1')).toBe(`'${TREE}'!C${TALK_QUALITY + 1}`);
    expect(formula('B2')).toBe(`'${TREE}'!T${TALK_QUALITY + 1}&"（メモ）"`);
    expect(formula('B3')).toBe('LEN("KPIツリー!C10")'); // text in a string is not a reference
    expect(formula('B4')).toBe(`COUNTA('${TREE}'!A5:A${TALK_QUALITY + 1})`);
    expect(formula('C1')).toBe('B1'); // the sheet's own cells did not move
    expect(board.getCell('A1').value).toBe('ヒアリングの目標');
    expect(board.getCell('A1').numFmt).toBe('@');
    expect(board.model.merges).toEqual(['C1:D2']);
    expect(wb.worksheets.at(-1)?.name).toBe(DASHBOARD);
  });

  it('Office.js host: the same, writing only the moved formulas and splitting nothing', async () => {
    const excel = new FakeExcel();
    const host = createExcelHost(excel.runtime());
    await buildTree(appOn(host, 'ja'), { model: templateModel('sales-funnel', 'ja') });
    for (const [a, v] of Object.entries(EMAILS)) await excel.type(TREE, a, v);
    excel.addSheet(DASHBOARD);
    for (const [a, v] of Object.entries(DASHBOARD_CELLS)) await excel.type(DASHBOARD, a, v);
    excel.merge(DASHBOARD, 'C1:D2');
    const sheetsBefore = excel.sheets.map((s) => s.name);
    excel.log.length = 0;

    await refreshWorkbook(appOn(host, 'ja'));
    const board = excel.sheet(DASHBOARD);
    expect(board.cell('B1')?.formula).toBe(`='${TREE}'!C${TALK_QUALITY + 1}`);
    expect(board.cell('B2')?.formula).toBe(`='${TREE}'!T${TALK_QUALITY + 1}&"（メモ）"`);
    expect(board.cell('B4')?.formula).toBe(`=COUNTA('${TREE}'!A5:A${TALK_QUALITY + 1})`);
    expect(board.cell('B3')?.formula).toBe('=LEN("KPIツリー!C10")');
    expect(board.merges).toHaveLength(1);
    expect(excel.sheets.map((s) => s.name)).toEqual(sheetsBefore);
    const onBoard = excel.log.filter((e) => JSON.stringify(e).includes(DASHBOARD));
    expect(onBoard.filter((e) => e.kind === 'call' && e.method === 'unmerge')).toEqual([]);
  });
});

describe('followOnPeoplesSheets', () => {
  const moves = new Map([
    [TREE, { row: (r: number) => (r === 10 ? 11 : r === 11 ? 10 : undefined), column: () => undefined }],
  ]);
  const sheet = (rows: SheetData['rows']): SheetData => ({ name: DASHBOARD, rows });

  it('brings only the formula cells whose references moved, with the value they showed', () => {
    const specs = followOnPeoplesSheets(
      [
        sheet([
          [
            { value: 'x' },
            { value: 'memo', formula: `'${TREE}'!T10` },
            { value: 3, formula: `'${TREE}'!G5` },
          ],
          [undefined, { value: 1, formula: `SUM('${TREE}'!G10:G11)` }],
        ]),
      ],
      moves,
    );
    expect(specs).toHaveLength(1);
    expect(specs[0]).toMatchObject({
      key: 'people',
      name: DASHBOARD,
      widths: [],
      validations: [],
      conditionalFormats: [],
    });
    expect(specs[0].rows).toEqual([
      [null, { carriedFormula: `'${TREE}'!T11`, result: 'memo' }],
      [null, { carriedFormula: `SUM('${TREE}'!G11:G10)`, result: 1 }],
    ]);
  });

  it('gives no spec for a sheet with nothing to follow', () => {
    expect(followOnPeoplesSheets([sheet([[{ value: 1, formula: `'${TREE}'!G5+A1` }]])], moves)).toEqual([]);
  });
});
