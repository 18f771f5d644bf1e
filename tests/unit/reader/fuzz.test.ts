import fc from 'fast-check';
import { messages, type MessageKey } from '../../../src/core/i18n';
import { TREE_HEADER_KEYS } from '../../../src/core/layout/treeColumns';
import { readWorkbook } from '../../../src/core/reader/readWorkbook';
import type { RawCell, SheetData, WorkbookData } from '../../../src/core/reader/workbookData';

const headerTexts = [
  ...Object.values(TREE_HEADER_KEYS).flatMap((k) => [messages[k].en, messages[k].ja]),
  ...(['sheet.hypotheses.col.id', 'sheet.hypotheses.col.value', 'sheet.hypotheses.col.name', 'sheet.calendar.col.holiday'] as MessageKey[]).flatMap((k) => [
    messages[k].en,
    messages[k].ja,
  ]),
  'ID ',
  'Ｉ Ｄ',
  'Parnet',
];
const sheetNames = ['KPI Tree', 'KPIツリー', 'Hypotheses', '仮説', 'Settings', '設定', 'Calendar', 'カレンダー', 'Other', 'kpi tree'];
const ERRORS = ['#REF!', '#DIV/0!', '#N/A', '#NAME?', '#NULL!', '#NUM!', '#VALUE!', '#SPILL!', '#GETTING_DATA'];

const cellArb: fc.Arbitrary<RawCell | undefined> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  { weight: 2, arbitrary: fc.constantFrom(...headerTexts).map((v): RawCell => ({ value: v })) },
  { weight: 2, arbitrary: fc.constantFrom('KGI', 'kpi', 'KDI', 'KCI', 'XYZ', 'revenue', 'month', 'lang', 'version', '2026-12', 'ja', 'en', '2').map((v): RawCell => ({ value: v })) },
  fc.string({ maxLength: 12 }).map((v): RawCell => ({ value: v })),
  fc.string({ minLength: 5000, maxLength: 40000 }).map((v): RawCell => ({ value: v })),
  fc.oneof(fc.double(), fc.integer(), fc.constant(Number.NaN), fc.constant(Infinity), fc.constant(-0)).map((v): RawCell => ({ value: v })),
  fc.boolean().map((v): RawCell => ({ value: v })),
  fc.constant<RawCell>({ value: null }),
  fc.constantFrom(...ERRORS).map((e): RawCell => ({ value: null, error: e })),
  fc.tuple(fc.string({ maxLength: 10 }), fc.oneof(fc.integer(), fc.string({ maxLength: 5 }))).map(([f, v]): RawCell => ({ value: v, formula: f })),
);

const rowArb = fc.oneof(fc.array(cellArb, { maxLength: 20 }), fc.constant([]));
const sheetArb: fc.Arbitrary<SheetData> = fc.record({
  name: fc.oneof(fc.constantFrom(...sheetNames), fc.string({ maxLength: 31 })),
  rows: fc.array(rowArb, { maxLength: 40 }),
});
const workbookArb: fc.Arbitrary<WorkbookData> = fc.record({
  sheets: fc.array(sheetArb, { maxLength: 5 }),
  names: fc.array(
    fc.record({
      name: fc.oneof(fc.constantFrom('T_revenue', 'W_x', 'H_rate', 'WEEKS', 'HOLIDAYS', 'Mine'), fc.string({ maxLength: 8 })),
      sheet: fc.option(fc.constantFrom(...sheetNames), { nil: null }),
      range: fc.oneof(fc.constant('#REF!'), fc.constant('$A$1'), fc.string({ maxLength: 8 })),
    }),
    { maxLength: 6 },
  ),
});

/** A workbook that is nearly right: a real header, settings, then random rows. */
const nearlyRightArb: fc.Arbitrary<WorkbookData> = fc
  .record({ rows: fc.array(fc.array(cellArb, { minLength: 4, maxLength: 16 }), { maxLength: 25 }), lang: fc.constantFrom('en' as const, 'ja' as const), month: cellArb })
  .map(({ rows, lang, month }) => {
    const header: RawCell[] = Object.values(TREE_HEADER_KEYS).map((k) => ({ value: messages[k][lang] }));
    return {
      sheets: [
        { name: messages['sheet.tree'][lang], rows: [[{ value: 'title' }], [], [], header, ...rows] },
        { name: messages['sheet.settings'][lang], rows: [[{ value: 'month' }, month ?? { value: '2026-12' }], [{ value: 'lang' }, { value: lang }]] },
        {
          name: messages['sheet.hypotheses'][lang],
          rows: [[{ value: messages['sheet.hypotheses.col.id'][lang] }, { value: messages['sheet.hypotheses.col.name'][lang] }, { value: messages['sheet.hypotheses.col.value'][lang] }], ...rows.slice(0, 5)],
        },
      ],
      names: [],
    };
  });

function check(data: WorkbookData): void {
  let result: ReturnType<typeof readWorkbook> | undefined;
  expect(() => {
    result = readWorkbook(data, 'en');
  }).not.toThrow();
  for (const p of result?.problems ?? []) {
    expect(typeof p.message.key).toBe('string');
    expect(messages[p.message.key]).toBeDefined();
    if (p.code !== 'sheet') continue;
    // A problem about a cell names it as 'Sheet'!A1.
    const cellKeys = ['reader.notNumber', 'reader.notDate', 'reader.notBoolean', 'reader.badLevel', 'reader.missingName', 'reader.missingId', 'reader.errorValue'];
    if (cellKeys.includes(p.message.key)) expect(p.cell).toMatch(/^('([^']|'')+'|[^'!]+)![A-Z]+[0-9]+$/);
  }
}

describe('readWorkbook on random sheets', () => {
  it('never throws; every problem is typed, and located when about a cell', () => {
    fc.assert(fc.property(workbookArb, check), { numRuns: 300 });
  });

  it('on nearly-right workbooks too', () => {
    fc.assert(fc.property(nearlyRightArb, check), { numRuns: 300 });
  });

  it('an error value in a node row names the cell (control)', () => {
    const header: RawCell[] = Object.values(TREE_HEADER_KEYS).map((k) => ({ value: messages[k].en }));
    const row: (RawCell | undefined)[] = [{ value: 'revenue' }, { value: 'KGI' }, { value: 'Revenue' }];
    row[6] = { value: null, error: '#REF!' };
    const read = readWorkbook(
      { sheets: [{ name: 'KPI Tree', rows: [[], [], [], header, row] }, { name: 'Settings', rows: [[{ value: 'month' }, { value: '2026-12' }]] }], names: [] },
      'en',
    );
    expect(read.problems).toContainEqual(expect.objectContaining({ code: 'sheet', cell: "'KPI Tree'!G5", message: expect.objectContaining({ key: 'reader.errorValue' }) }));
  });
});
