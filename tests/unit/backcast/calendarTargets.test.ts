/**
 * Targets over the calendar: per working day, the ISO-week split (whole weeks that add up
 * to the month for counts, proportional to working days), holidays taking work out of
 * their week, and November 2026 with its national holidays on the 3rd and the 23rd.
 */
import { weeklyFormulas } from '../../../src/core/backcast/formulas';
import { renderFormula } from '../../../src/core/formula/render';
import { computeTargets } from '../../../src/core/backcast/targets';
import { loadValidPlan, type PlanInput, type PlanKpiInput } from '../../support/plans';

function planned(plan: Omit<PlanInput, 'version' | 'title'>) {
  const { model, locateNode } = loadValidPlan({ version: 1, title: 'calendar', ...plan });
  const result = computeTargets(model, locateNode);
  if (result.calendar === null || result.backcast === null) throw new Error('no targets');
  return {
    calendar: result.calendar,
    nodes: new Map(result.backcast.nodes.map((n) => [n.id, n])),
    problems: result.problems,
  };
}

const VISITS: PlanKpiInput[] = [
  { id: 'revenue', level: 'KGI', name: '売上', unit: '円', target: 1_900_000 },
  {
    id: 'orders',
    level: 'KPI',
    parent: 'revenue',
    name: '受注件数',
    unit: '件',
    backcast: 'revenue / 100000',
  },
  { id: 'visits', level: 'KDI', parent: 'orders', name: '訪問数', unit: '訪問', backcast: 'orders * 10' },
];

describe('November 2026', () => {
  const { calendar, nodes } = planned({ month: '2026-11', calendar: { holidays: 'jp' }, kpis: VISITS });

  it('has national holidays on the 3rd and the 23rd, and 19 working days', () => {
    expect(calendar.holidays.map((h) => h.date)).toEqual(['2026-11-03', '2026-11-23']);
    expect(calendar.holidays.map((h) => h.name)).toEqual(['文化の日', '勤労感謝の日']);
    expect(calendar.workdays).toBe(19);
    expect(calendar.workingDates).not.toContain('2026-11-03');
    expect(calendar.workingDates).not.toContain('2026-11-23');
    expect(calendar.workingDates[0]).toBe('2026-11-02');
    expect(calendar.workingDates[calendar.workingDates.length - 1]).toBe('2026-11-30');
  });

  it('touches ISO weeks 44 to 49, the holiday weeks with 4 working days', () => {
    expect(calendar.weeks.map((w) => [w.label, w.workdays])).toEqual([
      ['2026-W44', 0], // Sunday 1 November only
      ['2026-W45', 4], // Tuesday 3rd
      ['2026-W46', 5],
      ['2026-W47', 5],
      ['2026-W48', 4], // Monday 23rd
      ['2026-W49', 1], // Monday 30th
    ]);
  });

  it('gives the holiday weeks less and the empty week nothing', () => {
    const orders = nodes.get('orders');
    const visits = nodes.get('visits');
    expect(orders?.monthly).toBe(19);
    expect(orders?.weekly).toEqual([0, 4, 5, 5, 4, 1]);
    expect(visits?.monthly).toBe(190);
    expect(visits?.weekly).toEqual([0, 40, 50, 50, 40, 10]);
    const revenue = nodes.get('revenue')?.weekly ?? [];
    expect(revenue[1]).toBeLessThan(revenue[2]);
    expect(revenue[4]).toBeLessThan(revenue[3]);
  });

  it('sets per-working-day targets to monthly ÷ 19, unrounded even for counts', () => {
    expect(nodes.get('visits')?.perWorkday).toBe(10);
    expect(nodes.get('revenue')?.perWorkday).toBe(100_000);
    const odd = planned({
      month: '2026-11',
      kpis: [{ id: 'calls', level: 'KGI', name: '架電', unit: '件', target: 300 }],
    });
    expect(odd.nodes.get('calls')?.perWorkday).toBe(300 / 19);
  });
});

describe('the weekly split', () => {
  it('is whole weeks adding up exactly to the month for counts (cumulative rounding)', () => {
    for (const target of [1, 2, 7, 10, 21, 60, 61, 99, 287, 1001, 123457]) {
      const { nodes } = planned({
        month: '2026-11',
        kpis: [{ id: 'meetings', level: 'KGI', name: '商談', unit: '件', target }],
      });
      const weekly = nodes.get('meetings')?.weekly ?? [];
      expect(weekly.every((w) => Number.isInteger(w) && w >= 0)).toBe(true);
      expect(weekly.reduce((a, b) => a + b, 0)).toBe(target);
    }
  });

  it('rounds the running total half away from zero, as Excel ROUND does', () => {
    // December 2026 with 29–31 off: weeks of 4, 5, 5, 5, 1 days. 50 × 9 / 20 = 22.5 → 23.
    const { nodes } = planned({
      month: '2026-12',
      calendar: { holidays: 'jp', extra_holidays: ['2026-12-29', '2026-12-30', '2026-12-31'] },
      kpis: [
        { id: 'meetings', level: 'KGI', name: '商談', unit: '件', target: 50 },
        {
          id: 'contracts',
          level: 'KPI',
          parent: 'meetings',
          name: '成約',
          unit: '件',
          backcast: 'meetings / 5',
        },
      ],
    });
    expect(nodes.get('meetings')?.weekly).toEqual([10, 13, 12, 13, 2]);
    expect(nodes.get('contracts')?.weekly).toEqual([2, 3, 2, 3, 0]);
  });

  it('is proportional to working days for other units and sums to the month', () => {
    const { nodes } = planned({
      month: '2026-11',
      kpis: [{ id: 'revenue', level: 'KGI', name: '売上', unit: '円', target: 1_000_000 }],
    });
    const weekly = nodes.get('revenue')?.weekly ?? [];
    expect(weekly).toEqual([0, 4, 5, 5, 4, 1].map((w) => (1_000_000 * w) / 19));
    expect(weekly.reduce((a, b) => a + b, 0)).toBeCloseTo(1_000_000, 6);
  });

  it('moves work out of a week when a company day off is added', () => {
    const base = planned({ month: '2026-11', kpis: VISITS });
    const withDayOff = planned({
      month: '2026-11',
      calendar: { holidays: 'jp', extra_holidays: ['2026-11-13'] },
      kpis: VISITS,
    });
    expect(withDayOff.calendar.workdays).toBe(18);
    expect(withDayOff.calendar.weeks.map((w) => w.workdays)).toEqual([0, 4, 4, 5, 4, 1]);
    const before = base.nodes.get('visits')?.weekly ?? [];
    const after = withDayOff.nodes.get('visits')?.weekly ?? [];
    expect(after[2]).toBeLessThan(before[2]);
    expect(after.reduce((a, b) => a + b, 0)).toBe(190);
    expect(withDayOff.nodes.get('visits')?.perWorkday).toBe(190 / 18);
  });

  it('counts a holiday on a weekend as nothing', () => {
    // 2026-11-01 is a Sunday; 2026-11-07 a Saturday.
    const { calendar } = planned({
      month: '2026-11',
      calendar: { holidays: 'jp', extra_holidays: ['2026-11-01', '2026-11-07'] },
      kpis: VISITS,
    });
    expect(calendar.workdays).toBe(19);
  });

  it('with holidays: none, works on national holidays', () => {
    const { calendar, nodes } = planned({ month: '2026-11', calendar: { holidays: 'none' }, kpis: VISITS });
    expect(calendar.workdays).toBe(21);
    expect(calendar.weeks.map((w) => w.workdays)).toEqual([0, 5, 5, 5, 5, 1]);
    expect(nodes.get('visits')?.weekly).toEqual([0, 45, 45, 46, 45, 9]); // running totals 45.2, 90.5, 135.7, 181.0, 190
  });

  it('reports a month without working days as an error', () => {
    const days = Array.from({ length: 28 }, (_, i) => `2026-02-${String(i + 1).padStart(2, '0')}`);
    const { problems, nodes } = planned({
      month: '2026-02',
      calendar: { holidays: 'none', extra_holidays: days },
      kpis: VISITS,
    });
    expect(problems.map((p) => [p.code, p.severity, p.field])).toContainEqual([
      'no-workdays',
      'error',
      'month',
    ]);
    expect(nodes.get('orders')?.weekly).toBeNull();
  });

  it('is written as differences of rounded running totals, over the Calendar sheet', () => {
    const cells = {
      cumulative: (k: number) => `$G$${4 + k}`,
      workdays: (k: number) => `$F$${4 + k}`,
      sheet: 'カレンダー',
    };
    expect(renderFormula(weeklyFormulas('meetings', 1, 'up', cells)[0])).toBe(
      "ROUND(T_meetings*'カレンダー'!$G$4/WORKDAYS,0)",
    );
    expect(renderFormula(weeklyFormulas('meetings', 3, 'up', cells)[2])).toBe(
      "ROUND(T_meetings*'カレンダー'!$G$6/WORKDAYS,0)-ROUND(T_meetings*'カレンダー'!$G$5/WORKDAYS,0)",
    );
    expect(renderFormula(weeklyFormulas('revenue', 3, 'none', cells)[2])).toBe(
      "T_revenue*'カレンダー'!$F$6/WORKDAYS",
    );
  });
});
