import { render } from '../../../src/core/i18n';
import { readWorkbook } from '../../../src/core/reader/readWorkbook';
import type { NameData, RawCell } from '../../../src/core/reader/workbookData';
import { SETTINGS, hypothesesSheet, treeSheet, type Row } from './sheets';

const WEEKS = ['2026-W49', '2026-W50'];
const f = (formula: string, value: RawCell['value'] = 1): RawCell => ({ value, formula });
const built = (id: string, extra: Row = {}): Row => ({
  id,
  level: 'KPI',
  name: id,
  parent: 'revenue',
  backcast: 'revenue / unit_price',
  unit: '件',
  monthly: f(`ROUNDUP(ROUND(T_revenue/H_unit_price,6),0)`),
  perWorkday: f(`T_${id}/WORKDAYS`),
  ...extra,
});
const withWeek = (row: Row, week: string, cell: RawCell): Row => ({ ...row, [week]: cell }) as Row;
const ALL_NAMES: NameData[] = [
  'T_revenue',
  'D_revenue',
  'W_revenue',
  'T_contracts',
  'D_contracts',
  'W_contracts',
  'WEEKS',
  'WORKDAYS',
  'HOLIDAYS',
  'H_unit_price',
].map((name) => ({
  name,
  sheet: 'KPI Tree',
  range: '$A$1',
}));

function read(rows: Row[], names: NameData[] = ALL_NAMES) {
  const revenue: Row = withWeek(
    {
      id: 'revenue',
      level: 'KGI',
      name: 'Revenue',
      unit: '円',
      monthly: 1000000,
      perWorkday: f('T_revenue/WORKDAYS'),
    },
    WEEKS[0],
    f('ROUND(T_revenue)'),
  );
  const tree = treeSheet([revenue, ...rows], { weeks: WEEKS });
  return readWorkbook(
    { sheets: [tree, SETTINGS, hypothesesSheet([['unit_price', 'Unit price', 100000]])], names },
    'en',
  );
}
const warnings = (r: ReturnType<typeof read>) =>
  r.problems
    .filter((p) => p.severity === 'warning')
    .map((p) => ({ cell: p.cell, key: p.message.key, node: p.node }));

describe('what a rebuild repairs is reported, located', () => {
  it('a built workbook reports nothing (control)', () => {
    const r = read([withWeek(built('contracts'), WEEKS[0], f('ROUND(T_contracts)'))]);
    expect(r.problems).toEqual([]);
  });

  it('#REF! in a generated target: the cell, as an error value or inside the formula', () => {
    const r = read([
      withWeek(
        built('contracts', { monthly: { value: null, error: '#REF!' } }),
        WEEKS[1],
        f('ROUND(#REF!*2)', null),
      ),
    ]);
    expect(warnings(r)).toEqual([
      { cell: "'KPI Tree'!G6", key: 'reader.repairedFormula', node: 'contracts' },
      { cell: "'KPI Tree'!J6", key: 'reader.repairedFormula', node: 'contracts' },
    ]);
    expect(r.problems.some((p) => p.severity === 'error')).toBe(false);
  });

  it('a number typed over a weekly target is named with what was typed, in ja and en', () => {
    const r = read([withWeek(built('contracts'), WEEKS[0], { value: 7 })]);
    const p = r.problems.find((x) => x.message.key === 'reader.typedOverFormula');
    expect(p?.cell).toBe("'KPI Tree'!I6");
    expect(render('en', p!.message)).toContain('"7" was typed over a formula');
    expect(render('ja', p!.message)).toContain('「7」');
  });

  it('a KGI target and a typed new row without formulas are people’s input, not damage', () => {
    const r = read([
      {
        id: 'emails',
        level: 'KDI',
        name: 'Emails',
        parent: 'revenue',
        backcast: 'revenue / unit_price',
        unit: '件',
      },
    ]);
    expect(warnings(r)).toEqual([]);
  });

  it('a contract name pointing nowhere, and one a built row lacks', () => {
    const names = ALL_NAMES.filter((n) => n.name !== 'T_contracts').map((n) =>
      n.name === 'WEEKS' ? { ...n, sheet: null, range: '#REF!' } : n,
    );
    const r = read([withWeek(built('contracts'), WEEKS[0], f('ROUND(T_contracts)'))], names);
    expect(r.problems.map((p) => [p.severity, p.message.key, p.message.params?.name])).toEqual([
      ['warning', 'reader.brokenName', 'WEEKS'],
      ['warning', 'reader.missingGeneratedName', 'T_contracts'],
    ]);
    expect(render('ja', r.problems[1].message)).toBe(
      '名前 T_contracts がありません（または参照先がありませんでした）。同期で作り直します',
    );
  });
});
