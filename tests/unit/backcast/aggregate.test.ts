/**
 * Averages and rates do not add up: a node that says `aggregate: average` (or is inferred to,
 * from its unit and name: a rate, a price such as 客単価, a score) holds its value every
 * week and every working day, in the core and in the formulas the sheet gets; a sum is
 * split. A measured KCI (a unit and a target of its own) gets targets like a KPI.
 */
import { computeTargets } from '../../../src/core/backcast/targets';
import { perWorkdayFormula } from '../../../src/core/backcast/formulas';
import { renderFormula } from '../../../src/core/formula/render';
import type { Formula } from '../../../src/core/formula/ast';
import { messages } from '../../../src/core/i18n';
import { TREE, treeColumns } from '../../../src/core/layout/treeColumns';
import { cellFormula, sheetRows } from '../../../src/core/layout/spec';
import { inferAggregate } from '../../../src/core/model/units';
import { reviewRows } from '../../../src/core/review/rows';
import { layoutWholeWorkbook } from '../../../src/core/workbook/layoutWorkbook';
import { loadValidPlan, type PlanKpiInput } from '../../support/plans';

const SHOP: PlanKpiInput[] = [
  { id: 'revenue', level: 'KGI', name: '月間売上', unit: '円', target: 10_000_000 },
  {
    id: 'customers',
    level: 'KPI',
    parent: 'revenue',
    name: '客数',
    unit: '人',
    backcast: 'revenue / avg_spend',
  },
  { id: 'spend', level: 'KPI', parent: 'revenue', name: '客単価', unit: '円', backcast: 'avg_spend' },
];

function shop(extra: PlanKpiInput[] = [], replace: Partial<Record<string, Partial<PlanKpiInput>>> = {}) {
  const kpis = [...SHOP, ...extra].map((k) => ({ ...k, ...(replace[k.id] ?? {}) }) as PlanKpiInput);
  const { model } = loadValidPlan({
    version: 1,
    title: '渋谷店',
    month: '2026-12',
    calendar: { holidays: 'jp', extra_holidays: ['2026-12-29', '2026-12-30', '2026-12-31'] },
    hypotheses: [{ id: 'avg_spend', name: '客単価', value: 500_000, unit: '円' }],
    kpis,
  });
  const { backcast } = computeTargets(model);
  if (backcast === null) throw new Error('no targets');
  return { model, backcast, node: (id: string) => backcast.nodes.find((n) => n.id === id)! };
}

describe('which nodes are averages', () => {
  it.each([
    ['close_rate', undefined, '成約率'],
    ['conversion', '%', 'Close rate of meetings'],
    ['spend', '円', '客単価'],
    ['price', '円', '平均受注単価'],
    ['deal_size', 'JPY', 'Average deal size'],
    ['revenue_per_customer', 'JPY', 'Revenue per customer'],
    ['unit_price', 'yen', 'Unit price'],
    ['satisfaction', '点', '顧客満足度'],
    ['interest', 'points', 'Customer interest'],
    ['yield', '円/件', '1件あたり売上'],
    ['arpa', 'JPY', 'ARPA'],
  ])('%s (%s, %s) is an average', (id, unit, name) => {
    expect(inferAggregate(id, unit, name)).toBe('average');
  });

  it.each([
    ['revenue', '円', '月間売上'],
    ['customers', '人', '客数'],
    ['calls', '件', '架電数'],
    ['mrr', 'JPY', 'Net new MRR'],
    ['proposals', 'proposals', 'Cross-sell proposals made'],
    ['visits', 'visits', 'Visits with a purpose (discovery or proposal)'],
  ])('%s (%s, %s) is a sum', (id, unit, name) => {
    expect(inferAggregate(id, unit, name)).toBe('sum');
  });
});

describe('売上 = 客数 × 客単価', () => {
  const { node, model, backcast } = shop();

  it('does not split 客単価 by week: 500,000 every week and every working day, not 125,000', () => {
    expect(node('spend')).toMatchObject({
      aggregate: 'average',
      monthly: 500_000,
      perWorkday: 500_000,
      weekly: [500_000, 500_000, 500_000, 500_000, 500_000],
    });
  });

  it('still splits the sums: revenue and customers add up to the month over weeks of 4, 5, 5, 5 and 1 days', () => {
    expect(node('customers')).toMatchObject({
      aggregate: 'sum',
      monthly: 20,
      perWorkday: 1,
      weekly: [4, 5, 5, 5, 1],
    });
    expect(node('revenue').weekly).toEqual([2_000_000, 2_500_000, 2_500_000, 2_500_000, 500_000]);
  });

  it('gives the review a target that is the value itself, every week and to date', () => {
    const week = {
      label: '2026-W50',
      start: '2026-12-07',
      end: '2026-12-13',
      workdays: 5,
      month: '2026-12',
      index: 1,
    } as const;
    const rows = reviewRows(model, backcast, week as never);
    expect(rows.find((r) => r.id === 'spend')).toMatchObject({
      additive: false,
      weeklyTarget: 500_000,
      mtdTarget: 500_000,
    });
    expect(rows.find((r) => r.id === 'customers')).toMatchObject({
      additive: true,
      weeklyTarget: 5,
      mtdTarget: 9,
    });
  });
});

describe('an aggregate written in the plan wins over the inference', () => {
  it('average: a count held as a daily level', () => {
    const { node } = shop([
      {
        id: 'flyers',
        level: 'KDI',
        parent: 'customers',
        name: 'チラシ配布数',
        unit: '枚',
        backcast: 'customers * 50 / 20',
        aggregate: 'average',
      },
    ]);
    expect(node('flyers')).toMatchObject({
      aggregate: 'average',
      monthly: 50,
      perWorkday: 50,
      weekly: [50, 50, 50, 50, 50],
    });
  });

  it('sum: a name that says 平均 but counts people', () => {
    const { node, model } = shop([
      {
        id: 'big',
        level: 'KPI',
        parent: 'customers',
        name: '平均以上を購入した客数',
        unit: '人',
        backcast: 'customers / 4',
        aggregate: 'sum',
      },
    ]);
    expect(node('big')).toMatchObject({ aggregate: 'sum', monthly: 5, weekly: [1, 1, 2, 1, 0] });
    expect(model.nodes.find((n) => n.id === 'big')).toMatchObject({
      aggregate: 'sum',
      aggregateOverride: 'sum',
    });
  });

  it('and a node with nothing written infers, without an override', () => {
    const { model } = shop();
    expect(model.nodes.find((n) => n.id === 'spend')).toMatchObject({ aggregate: 'average' });
    expect(model.nodes.find((n) => n.id === 'spend')?.aggregateOverride).toBeUndefined();
  });
});

describe('a measured KCI', () => {
  const { node, model } = shop([
    {
      id: 'satisfaction',
      level: 'KCI',
      parent: 'customers',
      name: '顧客満足度（5点満点）',
      unit: '点',
      target: 4.2,
    },
    { id: 'acceptance', level: 'KCI', parent: 'customers', name: '提案受容率', unit: '%', target: 0.6 },
    {
      id: 'roleplays',
      level: 'KCI',
      parent: 'customers',
      name: '接客ロールプレイングの実施回数',
      unit: '回',
      target: 8,
    },
    { id: 'greeting', level: 'KCI', parent: 'customers', name: '来店客全員に声をかける' },
  ]);

  it('holds a score or a rate every week and day (an average)', () => {
    expect(node('satisfaction')).toMatchObject({
      monthly: 4.2,
      perWorkday: 4.2,
      weekly: [4.2, 4.2, 4.2, 4.2, 4.2],
    });
    expect(node('acceptance')).toMatchObject({
      aggregate: 'average',
      monthly: 0.6,
      weekly: [0.6, 0.6, 0.6, 0.6, 0.6],
    });
  });

  it('splits a count of 回 across the weeks, the target held as typed', () => {
    expect(node('roleplays')).toMatchObject({
      aggregate: 'sum',
      monthly: 8,
      perWorkday: 0.4,
      weekly: [2, 2, 2, 2, 0],
    });
  });

  it('leaves a KCI without a target qualitative', () => {
    expect(node('greeting')).toMatchObject({ monthly: null, perWorkday: null, weekly: null });
    expect(model.nodes.find((n) => n.id === 'greeting')?.target).toBeUndefined();
  });
});

describe('the sheet', () => {
  const { model } = shop(
    [{ id: 'satisfaction', level: 'KCI', parent: 'customers', name: '顧客満足度', unit: '点', target: 4.2 }],
    {
      spend: { aggregate: 'average' },
    },
  );
  const { spec } = layoutWholeWorkbook(model, 'ja');
  const tree = spec!.sheets.find((s) => s.key === 'tree')!;
  const columns = treeColumns(5);
  const rowOf = (id: string) => sheetRows(tree).find((r) => r[columns.col.id - 1]?.v === id)!;
  const formula = (id: string, col: number): string =>
    renderFormula(cellFormula(rowOf(id)[col - 1]!) as Formula);

  it('writes an average’s weeks and working day as T_ itself, and a sum’s as its share', () => {
    expect(formula('spend', columns.col.perWorkday)).toBe(renderFormula(perWorkdayFormula('spend', true)));
    expect(formula('spend', columns.col.perWorkday)).toBe('T_spend');
    for (let k = 0; k < 5; k++) expect(formula('spend', columns.firstWeek + k)).toBe('T_spend');
    expect(formula('customers', columns.col.perWorkday)).toBe('T_customers/WORKDAYS');
    expect(formula('customers', columns.firstWeek + 1)).toMatch(
      /^ROUND\(T_customers\*'カレンダー'!\$\w+\$\d+\/WORKDAYS,0\)-ROUND\(/,
    );
    expect(formula('customers', columns.firstWeek + 1)).not.toBe('T_customers');
  });

  it('types a measured KCI’s target as an input and computes its weeks', () => {
    expect(rowOf('satisfaction')[columns.col.monthly - 1]).toMatchObject({ v: 4.2, input: true });
    expect(formula('satisfaction', columns.firstWeek)).toBe('T_satisfaction');
  });

  it('has an aggregation column in the workbook’s language: the override written, a blank where inferred, a dropdown of both', () => {
    expect(tree.rows[TREE.headerRow - 1][columns.col.aggregate - 1]?.v).toBe(
      messages['sheet.tree.col.aggregate'].ja,
    );
    expect(rowOf('spend')[columns.col.aggregate - 1]?.v).toBe('平均');
    expect(rowOf('customers')[columns.col.aggregate - 1]?.v ?? null).toBeNull();
    const dropdown = tree.validations.find((v) =>
      v.range.startsWith(`${String.fromCharCode(64 + columns.col.aggregate)}${TREE.firstRow}:`),
    );
    expect(dropdown).toMatchObject({ type: 'list', values: ['合計', '平均'] });
  });
});
