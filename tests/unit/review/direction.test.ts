import { readFileSync } from 'fs';
import { join } from 'path';
import { computeTargets } from '../../../src/core/backcast/targets';
import { parseExpression } from '../../../src/core/formula/parse';
import { directions, signOf } from '../../../src/core/model/direction';
import { loadPlanText } from '../../../src/core/model/parsePlan';
import { achievement, diagnose, statusOf } from '../../../src/core/review/diagnose';
import type { ReviewRow } from '../../../src/core/review/types';
import { lintModel } from '../../../src/core/rules';

const example = (name: string): string => readFileSync(join(__dirname, '../../../examples', name), 'utf8');

function expr(text: string) {
  const parsed = parseExpression(text);
  if (!parsed.ok) throw new Error(text);
  return parsed.expr;
}

describe('which way a node is better', () => {
  it.each([
    ['churn_mrr / account_mrr', 1],
    ['net_new_mrr * won_per_lost / (won_per_lost - 1) * new_share', 1],
    ['1000 - parent', -1],
    ['parent * -2', -1],
    ['rate / parent', -1],
    ['parent - parent / 2', 0],
    ['rate * 10', 0],
  ] as const)('%s moves with the parent: %i', (text, sign) => {
    const id = text.includes('churn_mrr')
      ? 'churn_mrr'
      : text.includes('net_new_mrr')
        ? 'net_new_mrr'
        : 'parent';
    expect(signOf(expr(text), id)).toBe(sign);
  });

  it('a cap said once holds below it where the backcast rises with it, and turns where it falls', () => {
    const plan = example('saas.yaml').replace(
      'owner: 田中, better: lower, deadline: 2027-01-29 }',
      'owner: 田中, deadline: 2027-01-29 }',
    );
    const loaded = loadPlanText(plan, 'yaml');
    const better = directions(loaded.model!);
    expect(better.get('churn_mrr')).toBe('lower');
    expect(better.get('churned_accounts')).toBe('lower');
    expect(better.get('new_mrr')).toBe('higher');
    const flipped = loadPlanText(
      plan.replace('backcast: churn_mrr / account_mrr', 'backcast: 100 - churn_mrr / account_mrr'),
      'yaml',
    );
    expect(directions(flipped.model!).get('churned_accounts')).toBe('higher');
  });

  it('the SaaS examples say their caps, so the check has nothing to suggest', () => {
    for (const file of ['saas.yaml', 'saas.en.yaml']) {
      const loaded = loadPlanText(example(file), 'yaml');
      const model = loaded.model!;
      const findings = lintModel(model, {
        backcast: computeTargets(model).backcast,
        problems: loaded.problems,
        lang: 'en',
      });
      expect(findings.filter((f) => f.rule === 'better-direction')).toEqual([]);
      const without = loadPlanText(example(file).replace(/better: lower, /g, ''), 'yaml');
      const found = lintModel(without.model!, {
        backcast: computeTargets(without.model!).backcast,
        problems: without.problems,
        lang: 'en',
      });
      expect(found.filter((f) => f.rule === 'better-direction').map((f) => f.node)).toEqual([
        'churn_mrr',
        'churned_accounts',
      ]);
    }
  });
});

describe('a cap judged the right way round', () => {
  it('300,000 of churn against a cap of 148,148 is missed, not achieved; 8 accounts against 4 too', () => {
    expect(statusOf(achievement(300000, 148148, 'lower'), 'lower', 300000, 148148)).toBe('missed');
    expect(achievement(300000, 148148, 'lower')).toBe(0);
    expect(statusOf(achievement(8, 4, 'lower'), 'lower', 8, 4)).toBe('missed');
    // Read as a target to reach, the same numbers were "achieved": that is the bug this fixes.
    expect(statusOf(achievement(300000, 148148))).toBe('achieved');
  });

  it('at or under the cap is achieved; a little over is close; a cap of zero is met only by zero', () => {
    expect(achievement(4, 4, 'lower')).toBe(1);
    expect(achievement(2, 4, 'lower')).toBe(1.5);
    expect(statusOf(achievement(3, 4, 'lower'), 'lower', 3, 4)).toBe('achieved');
    expect(statusOf(achievement(4.5, 4, 'lower'), 'lower', 4.5, 4)).toBe('close');
    expect(statusOf(achievement(0, 0, 'lower'), 'lower', 0, 0)).toBe('achieved');
    expect(statusOf(achievement(1, 0, 'lower'), 'lower', 1, 0)).toBe('missed');
  });

  it('the hint reads a cap over its target as the miss, and one under it as on target', () => {
    const row = (id: string, children: string[]): ReviewRow => ({
      id,
      name: id,
      level: 'KPI',
      owner: '',
      isRate: false,
      additive: true,
      numFmt: '#,##0',
      children,
      better: 'lower',
      roundUp: true,
      weeklyTarget: 4,
      monthlyTarget: 16,
      mtdTarget: 4,
    });
    const parent = row('parent', ['child']);
    const child = row('child', []);
    const on = (p: number, c: number) => ({
      rows: new Map([
        ['parent', parent],
        ['child', child],
      ]),
      numbers: new Map([
        ['parent', { actual: p, target: 4, achievement: achievement(p, 4, 'lower') }],
        ['child', { actual: c, target: 4, achievement: achievement(c, 4, 'lower') }],
      ]),
      rates: [],
      weekRates: new Map(),
    });
    expect(diagnose(parent, on(6, 3))?.cause).toBe('design');
    expect(diagnose(parent, on(6, 5))?.cause).toBe('quantity');
    expect(diagnose(parent, on(3, 3))).toBeNull();
  });
});
