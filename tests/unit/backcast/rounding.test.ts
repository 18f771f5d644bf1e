/**
 * Rounding at each level of the backcast: counts round up, the rounded requirement feeds
 * the next level, floating point never inflates a count, currency and rates are never
 * rounded, and `round:` overrides the unit. The formulas written to the sheet round the
 * same way.
 */
import { targetFormula } from '../../../src/core/backcast/formulas';
import { renderFormula } from '../../../src/core/formula/render';
import type { NodeTargets } from '../../../src/core/backcast/compute';
import { unitKind } from '../../../src/core/model/units';
import { requiredCount } from '../../../src/core/num/round';
import { computeTargets } from '../../../src/core/backcast/targets';
import { loadValidPlan, type PlanHypothesisInput, type PlanKpiInput } from '../../support/plans';

function targetsOf(
  hypotheses: PlanHypothesisInput[],
  kpis: PlanKpiInput[],
  month = '2026-11',
): Map<string, NodeTargets> {
  const { model, locateNode } = loadValidPlan({ version: 1, title: 'rounding', month, hypotheses, kpis });
  const { backcast, problems } = computeTargets(model, locateNode);
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  if (backcast === null) throw new Error('no backcast');
  return new Map(backcast.nodes.map((n) => [n.id, n]));
}

function modelOf(hypotheses: PlanHypothesisInput[], kpis: PlanKpiInput[]) {
  return loadValidPlan({ version: 1, title: 'rounding', month: '2026-11', hypotheses, kpis }).model;
}

const FUNNEL_HYPOTHESES: PlanHypothesisInput[] = [
  { id: 'unit_price', name: '平均受注単価', value: 100000, unit: '円' },
  { id: 'close_rate', name: '成約率', value: 0.35 },
  { id: 'meeting_rate', name: '商談化率', value: 0.7 },
  { id: 'appointment_rate', name: 'アポ獲得率', value: 0.3 },
];
const FUNNEL: PlanKpiInput[] = [
  { id: 'revenue', level: 'KGI', name: '売上', unit: '円', target: 2_100_000 },
  {
    id: 'contracts',
    level: 'KPI',
    parent: 'revenue',
    name: '成約件数',
    unit: '件',
    backcast: 'revenue / unit_price',
  },
  {
    id: 'meetings',
    level: 'KPI',
    parent: 'contracts',
    name: '商談数',
    unit: '件',
    backcast: 'contracts / close_rate',
  },
  {
    id: 'appointments',
    level: 'KPI',
    parent: 'meetings',
    name: 'アポ数',
    unit: '件',
    backcast: 'meetings / meeting_rate',
  },
  {
    id: 'calls',
    level: 'KDI',
    parent: 'appointments',
    name: '架電数',
    unit: '件',
    backcast: 'appointments / appointment_rate',
  },
];

describe('counts round up at each level', () => {
  const t = targetsOf(FUNNEL_HYPOTHESES, FUNNEL);

  it('needs 60 meetings for 21 contracts at 35 %, not 61, although 21 / 0.35 is 60.00000000000001 in floating point', () => {
    expect(21 / 0.35).toBeGreaterThan(60); // the trap
    expect(t.get('contracts')?.monthly).toBe(21);
    expect(t.get('meetings')?.exact).toBe(21 / 0.35);
    expect(t.get('meetings')?.monthly).toBe(60);
  });

  it('feeds the rounded requirement to the next level', () => {
    // 60 / 0.7 = 85.71… → 86 appointments; 86 / 0.3 = 286.67 → 287 calls.
    expect(t.get('appointments')?.exact).toBe(60 / 0.7);
    expect(t.get('appointments')?.monthly).toBe(86);
    expect(t.get('calls')?.exact).toBe(86 / 0.3);
    expect(t.get('calls')?.monthly).toBe(287);
    // Rounding only at the end would ask for one call fewer than the team really needs.
    expect(Math.ceil(2_100_000 / 100000 / 0.35 / 0.7 / 0.3)).toBe(286);
  });

  it('keeps the KGI as written', () => {
    expect(t.get('revenue')).toMatchObject({ exact: 2_100_000, monthly: 2_100_000, round: 'none' });
  });

  it.each([['件'], ['回'], ['人'], ['社'], ['訪問'], ['count'], ['Visits']])(
    'treats unit %s as a count',
    (unit) => {
      expect(unitKind(unit)).toBe('count');
      const targets = targetsOf(
        [{ id: 'per_order', name: 'per order', value: 2.5 }],
        [
          { id: 'orders', level: 'KGI', name: 'orders', unit: '件', target: 3 },
          {
            id: 'things',
            level: 'KPI',
            parent: 'orders',
            name: 'things',
            unit,
            backcast: 'orders * per_order',
          },
        ],
      );
      expect(targets.get('things')).toMatchObject({ exact: 7.5, monthly: 8, round: 'up' });
    },
  );

  it.each([
    [21, 0.35, 60],
    [7, 0.07, 100], // 7 / 0.07 = 100.00000000000001
    [3, 0.3, 10], // 3 / 0.3 = 10.000000000000002
    [0.3, 0.1, 3], // 0.3 / 0.1 = 2.9999999999999996
    [10, 0.3, 34], // a real fraction still rounds up
    [1, 1, 1],
    [0, 0.5, 0],
  ])('never inflates a count by floating-point noise: %p / %p → %p', (parent, rate, count) => {
    expect(requiredCount(parent / rate)).toBe(count);
  });

  it('writes counts as ROUNDUP of the cleaned quotient, and other units as the plain expression', () => {
    const model = modelOf(
      [...FUNNEL_HYPOTHESES, { id: 'cost_share', name: '原価率', value: 0.4 }],
      [
        ...FUNNEL,
        {
          id: 'cost',
          level: 'KPI',
          parent: 'revenue',
          name: '原価',
          unit: '円',
          backcast: 'revenue * cost_share',
        },
      ],
    );
    const formula = (id: string): string | null => {
      const node = model.nodes.find((n) => n.id === id);
      if (node === undefined) throw new Error(id);
      const f = targetFormula(node);
      return f === null ? null : renderFormula(f);
    };
    expect(formula('meetings')).toBe('ROUNDUP(ROUND(T_contracts/H_close_rate,6),0)');
    expect(formula('calls')).toBe('ROUNDUP(ROUND(T_appointments/H_appointment_rate,6),0)');
    expect(formula('cost')).toBe('T_revenue*H_cost_share');
    expect(formula('revenue')).toBeNull();
  });
});

describe('currency and rates are not rounded', () => {
  const t = targetsOf(
    [
      { id: 'cost_share', name: '原価率', value: 0.123456 },
      { id: 'unit_price', name: '単価', value: 150000, unit: '円' },
    ],
    [
      { id: 'revenue', level: 'KGI', name: '売上', unit: '円', target: 2_100_000 },
      {
        id: 'cost',
        level: 'KPI',
        parent: 'revenue',
        name: '原価',
        unit: '円',
        backcast: 'revenue * cost_share',
      },
      {
        id: 'contracts',
        level: 'KPI',
        parent: 'revenue',
        name: '成約件数',
        unit: '件',
        backcast: 'revenue / unit_price',
      },
      {
        id: 'share',
        level: 'KPI',
        parent: 'contracts',
        name: '成約率（100件中）',
        unit: '%',
        backcast: 'contracts / 100',
      },
      {
        id: 'per_contract',
        level: 'KPI',
        parent: 'cost',
        name: '1件あたり原価',
        unit: '千円',
        backcast: 'cost / 1000 / 7',
      },
      {
        id: 'hours',
        level: 'KDI',
        parent: 'contracts',
        name: '作業時間',
        unit: 'h',
        backcast: 'contracts * 1.25',
      },
    ],
  );

  it('keeps yen fractions', () => {
    expect(t.get('cost')).toMatchObject({
      monthly: 2_100_000 * 0.123456,
      round: 'none',
      unitKind: 'currency',
    });
    expect(t.get('per_contract')?.monthly).toBe((2_100_000 * 0.123456) / 1000 / 7);
  });

  it('keeps rates as fractions', () => {
    expect(t.get('contracts')?.monthly).toBe(14); // 14.000000000000002 is noise, not a 15th contract
    expect(t.get('share')).toMatchObject({ monthly: 0.14, round: 'none', unitKind: 'rate' });
  });

  it('keeps other units as computed', () => {
    expect(t.get('hours')).toMatchObject({ monthly: 17.5, round: 'none', unitKind: 'other' });
  });

  it('splits unrounded targets over the weeks in proportion to working days', () => {
    const cost = t.get('cost');
    expect(cost?.weekly).toEqual([0, 4, 5, 5, 4, 1].map((w) => (2_100_000 * 0.123456 * w) / 19));
  });
});

describe('round: overrides the unit', () => {
  const t = targetsOf(
    [
      { id: 'close_rate', name: '成約率', value: 0.3 },
      { id: 'hours_per_meeting', name: '商談1件の時間', value: 1.5, unit: 'h' },
    ],
    [
      { id: 'contracts', level: 'KGI', name: '成約件数', unit: '件', target: 7 },
      {
        id: 'meetings',
        level: 'KPI',
        parent: 'contracts',
        name: '商談数（計画値）',
        unit: '件',
        round: 'none',
        backcast: 'contracts / close_rate',
      },
      {
        id: 'hours',
        level: 'KDI',
        parent: 'meetings',
        name: '商談時間',
        unit: 'h',
        round: 'up',
        backcast: 'meetings * hours_per_meeting',
      },
      {
        id: 'prep',
        level: 'KDI',
        parent: 'meetings',
        name: '準備時間',
        unit: 'h',
        round: 'up',
        backcast: 'meetings * 0.3',
      },
    ],
    '2026-12',
  );

  it('round: none keeps a count unrounded, at month and week level', () => {
    const meetings = t.get('meetings');
    expect(meetings).toMatchObject({ round: 'none', monthly: 7 / 0.3 });
    expect(meetings?.weekly?.some((w) => !Number.isInteger(w))).toBe(true);
  });

  it('round: up rounds another unit up, from the unrounded parent, with whole weeks', () => {
    expect(t.get('hours')).toMatchObject({ round: 'up', exact: (7 / 0.3) * 1.5, monthly: 35 });
    expect(t.get('hours')?.weekly).toEqual([6, 8, 7, 8, 6]);
    // 7 / 0.3 * 0.3 = 7.000000000000001: noise, so 7 hours, not 8.
    expect(t.get('prep')?.monthly).toBe(7);
  });

  it('a KGI with round: up is left as written', () => {
    const kgi = targetsOf(
      [],
      [{ id: 'visits', level: 'KGI', name: '訪問', unit: 'h', round: 'up', target: 10.5 }],
    );
    expect(kgi.get('visits')?.monthly).toBe(10.5);
  });
});
