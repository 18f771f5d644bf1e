/**
 * Properties of the backcast over random valid plans (tests/support/plans.ts):
 * weekly targets add up to the monthly target (counts exactly, others within 1e-9
 * relative; a rate holds in every week instead), and every count is a whole number at least the exact requirement from its
 * (rounded) parent and less than one more — at every level.
 */
import fc from 'fast-check';
import type { NodeTargets } from '../../../src/core/backcast/compute';
import { computeTargets } from '../../../src/core/backcast/targets';
import {
  arbitraryPlan,
  loadValidPlan,
  planYaml,
  realisticPlan,
  stepValue,
  type GeneratedPlan,
} from '../../support/plans';

const RUNS = 300;

function targetsOf(g: GeneratedPlan, format: 'json' | 'yaml' = 'json'): Map<string, NodeTargets> {
  const { model, locateNode } = loadValidPlan(g.plan, format);
  const { backcast, problems } = computeTargets(model, locateNode);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0 || backcast === null)
    throw new Error(`errors: ${JSON.stringify(errors)}\n${planYaml(g.plan)}`);
  return new Map(backcast.nodes.map((n) => [n.id, n]));
}

function relClose(a: number, b: number, tolerance = 1e-9): boolean {
  return Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b), 1e-300);
}

describe('backcast properties over random valid plans', () => {
  it('loads every generated plan without errors, from JSON and from YAML alike', () => {
    fc.assert(
      fc.property(arbitraryPlan({ maxNodes: 12 }), (g) => {
        const fromJson = targetsOf(g, 'json');
        const fromYaml = targetsOf(g, 'yaml');
        expect([...fromYaml.values()]).toEqual([...fromJson.values()]);
      }),
      { numRuns: 60 },
    );
  });

  it('weekly targets add up to the monthly target; a rate holds in every week', () => {
    fc.assert(
      fc.property(arbitraryPlan(), (g) => {
        for (const n of targetsOf(g).values()) {
          if (n.monthly === null) {
            expect(n.weekly).toBeNull();
            continue;
          }
          const weekly = n.weekly;
          if (weekly === null) throw new Error(`${n.id} has a monthly target but no weeks`);
          const sum = weekly.reduce((a, b) => a + b, 0);
          if (n.unitKind === 'rate') {
            // A rate is not spread: it holds in every week, and per working day.
            expect(weekly.every((w) => w === n.monthly)).toBe(true);
            expect(n.perWorkday).toBe(n.monthly);
          } else if (n.round === 'up' && !Number.isInteger(n.monthly)) {
            // Only a KGI typed with a fraction (its cell holds the target as typed) is not whole.
            expect(n.level).toBe('KGI');
          } else if (n.round === 'up') {
            // Whole weeks, never negative, adding up exactly.
            expect(weekly.every((w) => Number.isInteger(w) && w >= 0)).toBe(true);
            expect(sum).toBe(n.monthly);
          } else if (n.round === 'none') {
            if (!relClose(sum, n.monthly))
              throw new Error(`${n.id}: weeks add up to ${sum}, month is ${n.monthly}`);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('counts are whole numbers ≥ the exact requirement and < exact + 1, at each level', () => {
    fc.assert(
      fc.property(arbitraryPlan(), (g) => {
        const targets = targetsOf(g);
        for (const node of g.nodes) {
          const t = targets.get(node.id);
          if (t === undefined) throw new Error(`no targets for ${node.id}`);
          if (node.parent === null || node.step === null) continue;
          const parent = targets.get(node.parent)?.monthly;
          if (parent === null || parent === undefined) {
            expect(t.monthly).toBeNull();
            continue;
          }
          // The exact requirement from the parent's target as rounded, computed here, not by the core.
          const exact = stepValue(parent, node.step, g.hypotheses);
          expect(t.exact).toBe(exact);
          if (t.round === 'up') {
            const monthly = t.monthly ?? NaN;
            expect(Number.isInteger(monthly)).toBe(true);
            // Float noise (60.00000000000001) is not a requirement: a millionth is the tolerance.
            const noise = 1e-6 + 1e-14 * Math.abs(exact);
            const ok =
              monthly >= exact - noise &&
              monthly < exact + 1 &&
              (monthly === Math.ceil(exact) ||
                (monthly === Math.ceil(exact) - 1 && exact - monthly <= noise));
            if (!ok) throw new Error(`${node.id}: exact ${exact}, count ${monthly}\n${planYaml(g.plan)}`);
          } else {
            expect(t.monthly).toBe(exact);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('rounds by the unit unless round: says otherwise', () => {
    fc.assert(
      fc.property(arbitraryPlan(), (g) => {
        const targets = targetsOf(g);
        for (const node of g.nodes) {
          if (node.parent === null) continue;
          const t = targets.get(node.id);
          const countUnit = ['件', '回', '人', '社', 'count', 'visits'].includes(node.unit);
          expect(t?.round).toBe(node.round ?? (countUnit ? 'up' : 'none'));
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('realistic plans', () => {
  it.each([1, 2, 7, 22, 100, 1000])('has exactly %i valid nodes', (n) => {
    const plan = realisticPlan(n);
    expect(plan.kpis).toHaveLength(n);
    const { model } = loadValidPlan(plan);
    expect(model.nodes).toHaveLength(n);
    const { backcast } = computeTargets(model);
    expect(backcast?.nodes.every((t) => t.monthly !== null && t.weekly !== null)).toBe(true);
  });

  it('splits revenue by team and owner and ends each funnel in controllable calls', () => {
    const plan = realisticPlan(43);
    const { model } = loadValidPlan(plan);
    const { backcast } = computeTargets(model);
    const byId = new Map(backcast?.nodes.map((n) => [n.id, n]));
    expect(byId.get('team1_revenue')?.monthly).toBe(10_000_000);
    expect(byId.get('team1_o1_revenue')?.monthly).toBe(2_500_000);
    expect(byId.get('team1_o1_calls')).toMatchObject({ level: 'KDI', unit: '件' });
    expect(plan.kpis.filter((k) => k.level === 'KDI').every((k) => k.controllable === true)).toBe(true);
    expect(new Set(plan.kpis.map((k) => k.owner).filter(Boolean)).size).toBeGreaterThanOrEqual(8);
  });
});
