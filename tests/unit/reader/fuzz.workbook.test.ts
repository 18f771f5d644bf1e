/**
 * The reader and the rebuild on damaged real workbooks: a built workbook, then random
 * edits as ExcelJS can make them (values of every type, merged areas, deleted and inserted
 * rows and columns, renamed sheets, names removed, huge strings). Reading never throws;
 * every problem is typed and, when about a cell, located; a sync either refuses (errors)
 * or writes a workbook that reads back.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { messages } from '../../../src/core/i18n';
import { readWorkbook } from '../../../src/core/reader/readWorkbook';
import { readWorkbookData } from '../../../src/hosts/xlsx/readData';
import { buildInMemory, reopen, syncInMemory } from '../../support/memorySync';

const valueArb: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    'KGI',
    'KPI',
    'kdi',
    'KCI',
    'revenue',
    'contracts',
    'meetngs',
    '=1+1',
    '#REF!',
    'ID',
    'Parent',
    '親',
    'Value',
  ),
  fc.string({ minLength: 2000, maxLength: 33000 }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(9999, 0, 1)), noInvalidDate: true }),
  fc
    .constantFrom('#REF!', '#DIV/0!', '#N/A', '#NAME?', '#VALUE!')
    .map((error) => ({ error }) as ExcelJS.CellErrorValue),
  fc
    .string({ maxLength: 8 })
    .map((t) => ({ richText: [{ text: t }, { text: 'x' }] }) as ExcelJS.CellRichTextValue),
  fc
    .string({ maxLength: 8 })
    .map((t) => ({ text: t, hyperlink: 'https://example.com' }) as ExcelJS.CellHyperlinkValue),
  fc
    .constantFrom('SUM(A1:A3)', 'T_revenue*2', '#REF!+1', 'H7*2')
    .map((formula) => ({ formula, result: 1 }) as ExcelJS.CellFormulaValue),
);

type Damage =
  | { kind: 'set'; sheet: number; row: number; col: number; value: ExcelJS.CellValue; note?: string }
  | { kind: 'merge'; sheet: number; row: number; col: number; rows: number; cols: number }
  | { kind: 'spliceRows'; sheet: number; row: number; remove: number; insert: number }
  | { kind: 'spliceColumns'; sheet: number; col: number; remove: number; insert: number }
  | { kind: 'rename'; sheet: number; name: string }
  | { kind: 'dropName'; index: number }
  | { kind: 'removeSheet'; sheet: number };

const at = {
  sheet: fc.nat({ max: 5 }),
  row: fc.integer({ min: 1, max: 40 }),
  col: fc.integer({ min: 1, max: 30 }),
};
const damageArb: fc.Arbitrary<Damage> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('set' as const),
      ...at,
      value: valueArb,
      note: fc.option(fc.string({ maxLength: 10 }), { nil: undefined }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('merge' as const),
      ...at,
      rows: fc.integer({ min: 1, max: 3 }),
      cols: fc.integer({ min: 1, max: 3 }),
    }),
  },
  fc.record({
    kind: fc.constant('spliceRows' as const),
    sheet: at.sheet,
    row: at.row,
    remove: fc.nat({ max: 2 }),
    insert: fc.nat({ max: 2 }),
  }),
  fc.record({
    kind: fc.constant('spliceColumns' as const),
    sheet: at.sheet,
    col: at.col,
    remove: fc.nat({ max: 2 }),
    insert: fc.nat({ max: 2 }),
  }),
  fc.record({
    kind: fc.constant('rename' as const),
    sheet: at.sheet,
    name: fc.constantFrom('KPI Tree', 'Hypotheses', 'Calendar', '前提', 'x', 'Settings2'),
  }),
  fc.record({ kind: fc.constant('dropName' as const), index: fc.nat({ max: 60 }) }),
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('removeSheet' as const), sheet: at.sheet }) },
);

function damage(wb: ExcelJS.Workbook, d: Damage): void {
  const ws = 'sheet' in d ? wb.worksheets[d.sheet % Math.max(1, wb.worksheets.length)] : undefined;
  if ('sheet' in d && !ws) return;
  try {
    switch (d.kind) {
      case 'set': {
        const cell = (ws as ExcelJS.Worksheet).getCell(d.row, d.col);
        cell.value = d.value;
        if (d.note !== undefined) cell.note = d.note;
        break;
      }
      case 'merge':
        (ws as ExcelJS.Worksheet).mergeCells(d.row, d.col, d.row + d.rows - 1, d.col + d.cols - 1);
        break;
      case 'spliceRows':
        (ws as ExcelJS.Worksheet).spliceRows(d.row, d.remove, ...new Array<unknown[]>(d.insert).fill([]));
        break;
      case 'spliceColumns':
        (ws as ExcelJS.Worksheet).spliceColumns(d.col, d.remove, ...new Array<unknown[]>(d.insert).fill([]));
        break;
      case 'rename':
        if (!wb.worksheets.some((w) => w.name === d.name)) (ws as ExcelJS.Worksheet).name = d.name;
        break;
      case 'dropName':
        wb.definedNames.model = wb.definedNames.model.filter((_, i) => i !== d.index);
        break;
      case 'removeSheet':
        wb.removeWorksheet((ws as ExcelJS.Worksheet).id);
        break;
    }
  } catch {
    // ExcelJS refuses some edits (merging over a merge): Excel would too; the edit is not made.
  }
}

const CELL = /^('([^']|'')+'|[^'!]+)![A-Z]+[0-9]+$/;

describe('damaged built workbooks', () => {
  it('read without throwing, problems typed and located, and sync refuses or writes a readable workbook', async () => {
    const template = await reopen(buildInMemory());
    const bytes = (await template.xlsx.writeBuffer()) as ArrayBuffer;
    await fc.assert(
      fc.asyncProperty(fc.array(damageArb, { minLength: 1, maxLength: 12 }), async (damages) => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(bytes);
        for (const d of damages) damage(wb, d);
        const damaged = await reopen(wb);
        const read = readWorkbook(readWorkbookData(damaged), 'en');
        for (const p of read.problems) {
          expect(messages[p.message.key]).toBeDefined();
          if (p.cell !== undefined) expect(p.cell).toMatch(CELL);
        }
        if (read.model === null || read.problems.some((p) => p.severity === 'error')) return;
        let wrote = true;
        try {
          syncInMemory(damaged);
        } catch (e) {
          // A refusal names its problems; anything else is a crash.
          expect(String(e)).toMatch(/^Error: sync refused/);
          wrote = false;
        }
        if (!wrote) return;
        const again = readWorkbook(readWorkbookData(await reopen(damaged)), 'en');
        expect(again.model).not.toBeNull();
        expect(again.problems.filter((p) => p.severity === 'error')).toEqual([]);
      }),
      {
        numRuns: 50,
        // The calendar deleted and the tree renamed after it: the calendar comes back under another name.
        examples: [
          [
            [
              { kind: 'removeSheet', sheet: 3 },
              { kind: 'rename', sheet: 0, name: 'Calendar' },
            ],
          ],
        ],
      },
    );
  }, 120_000);
});
