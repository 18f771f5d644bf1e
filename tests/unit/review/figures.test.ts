import { readFileSync } from 'fs';
import { join } from 'path';
import { computeTargets } from '../../../src/core/backcast/targets';
import { loadPlanText } from '../../../src/core/model/parsePlan';
import { DEFAULT_OUTLOOK, outlookOf, reviewFigures, weekDays } from '../../../src/core/review/figures';
import { reviewRows } from '../../../src/core/review/rows';
import { isReviewWeek, resolveReviewWeek } from '../../../src/core/review/week';

const example = (name: string): string => readFileSync(join(__dirname, '../../../examples', name), 'utf8');

function figuresOf(
  plan: string,
  week: string,
  actuals: Record<string, number>,
  earlier: Record<string, number[]> = {},
) {
  const model = loadPlanText(plan, 'yaml').model!;
  const planned = computeTargets(model);
  const w = resolveReviewWeek(week, planned.calendar!, true);
  if (!isReviewWeek(w)) throw new Error(week);
  const days = weekDays(planned.calendar!, w.index);
  const rows = reviewRows(model, planned.backcast!, w);
  return {
    days,
    rows,
    figures: reviewFigures({
      rows,
      days,
      actuals: new Map(Object.entries(actuals)),
      earlier: new Map(Object.entries(earlier)),
      thresholds: DEFAULT_OUTLOOK,
    }),
  };
}

describe('the re-plan of December 2026 (sales funnel, 20 working days)', () => {
  it('W49 at 100,000: 900,000 remain over 16 working days, 56,250 a day, 281,250 next week, a forecast of 500,000 off track', () => {
    const { days, figures } = figuresOf(example('sales-funnel.yaml'), '2026-W49', {
      revenue: 100000,
      contracts: 1,
    });
    expect(days).toMatchObject({ elapsed: 4, left: 16, month: 20, next: { workdays: 5, last: false } });
    expect(figures.get('revenue')).toMatchObject({
      target: 200000,
      mtdTarget: 200000,
      mtdActual: 100000,
      remaining: 900000,
      perDay: 56250,
      nextWeek: 281250,
      forecast: 500000,
      outlook: 'offTrack',
      status: 'missed',
    });
    // A count: 9 contracts left over 16 days is 0.5625 a day; 2.8125 next week rounds up to 3.
    expect(figures.get('contracts')).toMatchObject({ remaining: 9, perDay: 0.5625, nextWeek: 3 });
    // No actual yet: nothing is re-planned for it.
    expect(figures.get('calls')).toMatchObject({
      mtdActual: null,
      remaining: null,
      nextWeek: null,
      forecast: null,
      outlook: null,
    });
  });

  it('to date from the plan: W51 counts W49 to W51 (700,000) whether or not W49 has a tab', () => {
    const { figures } = figuresOf(
      example('sales-funnel.yaml'),
      '2026-W51',
      { revenue: 250000 },
      { revenue: [250000] },
    );
    expect(figures.get('revenue')).toMatchObject({ mtdTarget: 700000, mtdActual: 500000, remaining: 500000 });
  });

  it("next week is the month's last: its target is the remainder; the last week has no next week", () => {
    const w52 = figuresOf(
      example('sales-funnel.yaml'),
      '2026-W52',
      { revenue: 200000 },
      { revenue: [200000, 200000, 200000] },
    );
    expect(w52.days?.next).toMatchObject({ workdays: 1, last: true });
    expect(w52.figures.get('revenue')).toMatchObject({ remaining: 200000, nextWeek: 200000 });
    const w53 = figuresOf(example('sales-funnel.yaml'), '2026-W53', { revenue: 10 });
    expect(w53.days?.next).toBeNull();
    expect(w53.figures.get('revenue')?.nextWeek).toBeNull();
  });
});

describe('a cap in the re-plan (SaaS, January 2027)', () => {
  it('the allowance left, per day and next week (whole accounts, rounded down), and the forecast against the cap', () => {
    const { rows, days, figures } = figuresOf(example('saas.yaml'), '2027-W02', {
      churn_mrr: 300000,
      churned_accounts: 8,
    });
    const cap = rows.find((r) => r.id === 'churned_accounts')!;
    expect(cap.better).toBe('lower');
    const f = figures.get('churned_accounts')!;
    expect(f.status).toBe('missed');
    expect(f.remaining).toBe((cap.monthlyTarget as number) - 8);
    expect(f.perDay).toBeCloseTo(Math.max(0, f.remaining as number) / (days?.left as number), 12);
    expect(f.nextWeek).toBe(Math.floor((f.perDay as number) * (days?.next?.workdays as number) + 1e-9));
    expect(f.forecast).toBeCloseTo((8 / (days?.elapsed as number)) * (days?.month as number), 9);
    expect(f.outlook).toBe(outlookOf(f.forecast, cap.monthlyTarget, 'lower', DEFAULT_OUTLOOK));
    expect(figures.get('churn_mrr')?.status).toBe('missed');
  });

  it('a forecast under its cap is on track, and one a little over it at risk', () => {
    expect(outlookOf(90, 100, 'lower', DEFAULT_OUTLOOK)).toBe('onTrack');
    expect(outlookOf(105, 100, 'lower', DEFAULT_OUTLOOK)).toBe('atRisk');
    expect(outlookOf(130, 100, 'lower', DEFAULT_OUTLOOK)).toBe('offTrack');
    expect(outlookOf(95, 100, 'higher', DEFAULT_OUTLOOK)).toBe('atRisk');
    expect(outlookOf(95, 100, 'higher', { onTrack: 0.95, atRisk: 0.8 })).toBe('onTrack');
  });
});
