/**
 * The tree sheet's aggregation and target-basis columns, and a measured KCI's target, read
 * back: the aggregation in either language (合計/平均, sum/average), blank meaning "infer
 * from unit and name", anything else an error at its cell.
 */
import { render } from '../../../src/core/i18n';
import { a1 } from '../../../src/core/layout/a1';
import { readWorkbook } from '../../../src/core/reader/readWorkbook';
import { SETTINGS, hypothesesSheet, treeColumn, treeSheet, workbook, type Row } from './sheets';

const HYPOTHESES = hypothesesSheet([['avg_spend', '客単価', 5000]]);

function read(rows: Row[]) {
  const base: Row[] = [
    {
      id: 'revenue',
      level: 'KGI',
      name: '月間売上',
      unit: '円',
      monthly: 1_000_000,
      rationale: '新店舗が12月に開店',
    },
    {
      id: 'customers',
      level: 'KPI',
      name: '客数',
      parent: 'revenue',
      backcast: 'revenue / avg_spend',
      unit: '人',
    },
  ];
  return readWorkbook(workbook(treeSheet([...base, ...rows]), SETTINGS, HYPOTHESES), 'en');
}

describe('the aggregation column', () => {
  it.each([
    ['平均', 'average'],
    ['合計', 'sum'],
    ['average', 'average'],
    ['Sum', 'sum'],
    [' ＡＶＥＲＡＧＥ ', 'average'],
  ])('reads %s as %s, an override of what the unit and name say', (typed, aggregate) => {
    const r = read([
      {
        id: 'spend',
        level: 'KPI',
        name: '客単価',
        parent: 'revenue',
        backcast: 'avg_spend',
        unit: '円',
        aggregate: typed,
      },
    ]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.model?.nodes.find((n) => n.id === 'spend')).toMatchObject({
      aggregate,
      aggregateOverride: aggregate,
    });
  });

  it('infers where the cell is blank: 客単価 is an average, 客数 a sum', () => {
    const r = read([
      { id: 'spend', level: 'KPI', name: '客単価', parent: 'revenue', backcast: 'avg_spend', unit: '円' },
    ]);
    const spend = r.model?.nodes.find((n) => n.id === 'spend');
    expect(spend?.aggregate).toBe('average');
    expect(spend?.aggregateOverride).toBeUndefined();
    expect(r.model?.nodes.find((n) => n.id === 'customers')?.aggregate).toBe('sum');
  });

  it('reports anything else at its cell, in both languages', () => {
    const r = read([
      {
        id: 'spend',
        level: 'KPI',
        name: '客単価',
        parent: 'revenue',
        backcast: 'avg_spend',
        unit: '円',
        aggregate: 'median',
      },
    ]);
    const p = r.problems.find((x) => x.message.key === 'reader.notAggregate');
    expect(p).toMatchObject({
      severity: 'error',
      node: 'spend',
      cell: `'KPI Tree'!${a1(7, treeColumn('aggregate'))}`,
    });
    expect(render('en', p!.message)).toContain('"median" is not an aggregation');
    expect(render('ja', p!.message)).toContain('「合計」か「平均」');
  });
});

describe('the basis of a target and a measured KCI', () => {
  it('reads the basis as typed, and a KCI’s own target when it has no backcast', () => {
    const r = read([
      { id: 'satisfaction', level: 'KCI', name: '顧客満足度', parent: 'customers', unit: '点', monthly: 4.2 },
      { id: 'greeting', level: 'KCI', name: '全員に声をかける', parent: 'customers' },
    ]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.model?.nodes.find((n) => n.id === 'revenue')?.rationale).toBe('新店舗が12月に開店');
    expect(r.model?.nodes.find((n) => n.id === 'satisfaction')).toMatchObject({
      target: 4.2,
      aggregate: 'average',
    });
    expect(r.model?.nodes.find((n) => n.id === 'greeting')?.target).toBeUndefined();
  });

  it('does not take the monthly value of a KPI, or of a KCI with a backcast, for a target', () => {
    const r = read([
      {
        id: 'repeaters',
        level: 'KPI',
        name: 'リピート客数',
        parent: 'customers',
        backcast: 'customers / 2',
        unit: '人',
        monthly: 100,
      },
      {
        id: 'score',
        level: 'KCI',
        name: '満足度の点数',
        parent: 'customers',
        backcast: 'customers / 50',
        unit: '点',
        monthly: 4,
      },
    ]);
    expect(r.model?.nodes.find((n) => n.id === 'repeaters')?.target).toBeUndefined();
    expect(r.model?.nodes.find((n) => n.id === 'score')?.target).toBeUndefined();
  });
});
