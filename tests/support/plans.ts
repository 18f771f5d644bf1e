/**
 * Plans for tests and benchmarks: loading a plan object through the real parser, a
 * fast-check generator of random valid plans (with an independent evaluator of what
 * each node requires), and realistic N-node plans (funnels under a revenue KGI split by
 * team and owner).
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { loadPlanText, type LoadedPlan } from '../../src/core/model/parsePlan';
import type { PlanInput } from '../../src/core/model/planSchema';
import type { Problem } from '../../src/core/model/problem';
import type { Model } from '../../src/core/model/types';
import { render } from '../../src/core/i18n';

export type { PlanInput } from '../../src/core/model/planSchema';
export type PlanKpiInput = PlanInput['kpis'][number];
export type PlanHypothesisInput = NonNullable<PlanInput['hypotheses']>[number];

// ---------------------------------------------------------------------------------------
// Loading

/** A plan object as YAML text, the way a person would write it. */
export function planYaml(plan: PlanInput): string {
  return stringify(plan, { lineWidth: 0 });
}

/** Problems as readable lines, for assertion messages. */
export function describeProblems(problems: readonly Problem[]): string {
  return problems
    .map((p) => `${p.severity} ${p.code} ${p.node ?? '-'} ${p.field ?? '-'}: ${render('en', p.message)}`)
    .join('\n');
}

/** Loads a plan object through the real parser (as JSON, or as YAML text). */
export function loadPlan(plan: PlanInput, format: 'json' | 'yaml' = 'json'): LoadedPlan {
  return loadPlanText(format === 'json' ? JSON.stringify(plan, null, 2) : planYaml(plan), format);
}

/** Loads a plan that must be valid; throws with the problems when it is not. */
export function loadValidPlan(
  plan: PlanInput,
  format: 'json' | 'yaml' = 'json',
): Required<LoadedPlan> & { model: Model } {
  const loaded = loadPlan(plan, format);
  const errors = loaded.problems.filter((p) => p.severity === 'error');
  if (loaded.model === null || errors.length > 0 || loaded.locateNode === undefined) {
    throw new Error(`plan "${plan.title}" is not valid:\n${describeProblems(loaded.problems)}`);
  }
  return { model: loaded.model, problems: loaded.problems, locateNode: loaded.locateNode };
}

// ---------------------------------------------------------------------------------------
// Random valid plans

/** How a generated node's backcast computes from its parent: known to the test, not only to the core. */
export type Step =
  | { readonly kind: 'div'; readonly h: string }
  | { readonly kind: 'mul'; readonly h: string }
  | { readonly kind: 'divdiv'; readonly h: string; readonly h2: string }
  | { readonly kind: 'addDiv'; readonly h: string; readonly h2: string }
  | { readonly kind: 'literal'; readonly factor: number };

export function stepExpression(parent: string, step: Step): string {
  switch (step.kind) {
    case 'div':
      return `${parent} / ${step.h}`;
    case 'mul':
      return `${parent} * ${step.h}`;
    case 'divdiv':
      return `${parent} / ${step.h} / ${step.h2}`;
    case 'addDiv':
      return `(${parent} + ${step.h}) / ${step.h2}`;
    case 'literal':
      return `${parent} * ${step.factor}`;
  }
}

/** The exact requirement of a step, in the operation order Excel uses (left to right). */
export function stepValue(parent: number, step: Step, h: ReadonlyMap<string, number>): number {
  const v = (id: string): number => {
    const x = h.get(id);
    if (x === undefined) throw new Error(`no hypothesis ${id}`);
    return x;
  };
  switch (step.kind) {
    case 'div':
      return parent / v(step.h);
    case 'mul':
      return parent * v(step.h);
    case 'divdiv':
      return parent / v(step.h) / v(step.h2);
    case 'addDiv':
      return (parent + v(step.h)) / v(step.h2);
    case 'literal':
      return parent * step.factor;
  }
}

export interface GeneratedNode {
  readonly id: string;
  readonly parent: string | null;
  /** Null for the KGI and for qualitative KCI leaves. */
  readonly step: Step | null;
  readonly unit: string;
  readonly round?: 'up' | 'none';
}

/** A random valid plan and how each of its nodes computes. */
export interface GeneratedPlan {
  readonly plan: PlanInput;
  readonly nodes: readonly GeneratedNode[];
  readonly hypotheses: ReadonlyMap<string, number>;
}

const COUNT_UNITS = ['件', '回', '人', '社', 'count', 'visits'] as const;
const OTHER_UNITS = ['円', '%', '', 'h', '千円'] as const;

/** Rates in (0, 1], prices, and positive multipliers: hypothesis ids say which. */
const hypothesesArb = fc.record({
  rates: fc.array(fc.double({ min: 0.05, max: 1, noNaN: true }), { minLength: 1, maxLength: 4 }),
  prices: fc.array(fc.integer({ min: 100, max: 1_000_000 }), { minLength: 1, maxLength: 3 }),
  factors: fc.array(fc.double({ min: 0.25, max: 4, noNaN: true }), { minLength: 1, maxLength: 3 }),
});

const monthArb = fc
  .record({ year: fc.integer({ min: 2024, max: 2030 }), month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, month }) => `${year}-${String(month).padStart(2, '0')}`);

interface RawNode {
  readonly parentPick: number;
  readonly unitPick: number;
  readonly counted: boolean;
  readonly stepPick: number;
  readonly h1: number;
  readonly h2: number;
  readonly factor: number;
  readonly round: 'up' | 'none' | undefined;
}

const rawNodeArb: fc.Arbitrary<RawNode> = fc.record({
  parentPick: fc.nat(),
  unitPick: fc.nat(),
  counted: fc.boolean(),
  stepPick: fc.integer({ min: 0, max: 4 }),
  h1: fc.nat(),
  h2: fc.nat(),
  factor: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.double({ min: 0.1, max: 5, noNaN: true })),
  round: fc.constantFrom<'up' | 'none' | undefined>(undefined, undefined, undefined, 'up', 'none'),
});

/**
 * Random valid plans: a KGI with a literal target, up to `maxNodes` nodes below it in a
 * random tree, each with a backcast from its parent and hypotheses, counts and other
 * units mixed, `round` overrides, qualitative KCI leaves, any month 2024–2030, Japanese
 * holidays or none, and company days off. Every requirement stays below 1e10, so the
 * numbers mean something to a sales team (and to floating point).
 */
export function arbitraryPlan(options: { maxNodes?: number } = {}): fc.Arbitrary<GeneratedPlan> {
  const maxNodes = options.maxNodes ?? 20;
  return fc
    .record({
      month: monthArb,
      holidays: fc.constantFrom<'jp' | 'none'>('jp', 'none'),
      extraDays: fc.uniqueArray(fc.integer({ min: 1, max: 28 }), { maxLength: 6 }),
      target: fc.oneof(
        fc.integer({ min: 1, max: 100_000_000 }),
        fc.double({ min: 0.5, max: 1e7, noNaN: true }),
      ),
      kgiUnit: fc.constantFrom('円', '件', '千円'),
      hyps: hypothesesArb,
      nodes: fc.array(rawNodeArb, { maxLength: maxNodes }),
      kciPicks: fc.array(fc.nat(), { maxLength: 3 }),
    })
    .map(({ month, holidays, extraDays, target, kgiUnit, hyps, nodes: raw, kciPicks }): GeneratedPlan => {
      const hypotheses: PlanHypothesisInput[] = [
        ...hyps.rates.map((value, i) => ({ id: `r${i}_rate`, name: `率${i}`, value })),
        ...hyps.prices.map((value, i) => ({ id: `price${i}`, name: `単価${i}`, value, unit: '円' })),
        ...hyps.factors.map((value, i) => ({ id: `k${i}`, name: `係数${i}`, value })),
      ];
      const ids = hypotheses.map((h) => h.id);
      const values = new Map(hypotheses.map((h) => [h.id, h.value]));
      const pick = (n: number): string => ids[n % ids.length];
      const generated: GeneratedNode[] = [{ id: 'kgi', parent: null, step: null, unit: kgiUnit }];
      const kpis: PlanKpiInput[] = [{ id: 'kgi', level: 'KGI', name: 'ゴール', unit: kgiUnit, target }];
      raw.forEach((r, i) => {
        const id = `n${i + 1}`;
        const parent = generated[r.parentPick % generated.length].id;
        const units = r.counted ? COUNT_UNITS : OTHER_UNITS;
        const unit = units[r.unitPick % units.length];
        const stepKinds = ['div', 'mul', 'divdiv', 'addDiv', 'literal'] as const;
        const kind = stepKinds[r.stepPick];
        const step: Step =
          kind === 'literal'
            ? { kind, factor: r.factor }
            : kind === 'div' || kind === 'mul'
              ? { kind, h: pick(r.h1) }
              : { kind, h: pick(r.h1), h2: pick(r.h2) };
        generated.push({ id, parent, step, unit, round: r.round });
        kpis.push({
          id,
          level: i % 3 === 2 ? 'KDI' : 'KPI',
          parent,
          name: `指標${i + 1}`,
          unit,
          backcast: stepExpression(parent, step),
          ...(r.round ? { round: r.round } : {}),
        });
      });
      kciPicks.forEach((p, i) => {
        const parent = generated[p % generated.length].id;
        const id = `q${i + 1}`;
        generated.push({ id, parent, step: null, unit: '' });
        kpis.push({ id, level: 'KCI', parent, name: `質${i + 1}` });
      });
      const plan: PlanInput = {
        version: 1,
        title: 'generated',
        month,
        calendar: {
          holidays,
          extra_holidays: extraDays.map((d) => `${month}-${String(d).padStart(2, '0')}`),
        },
        hypotheses,
        kpis,
      };
      return { plan, nodes: generated, hypotheses: values };
    })
    .filter((g) => maxRequirement(g) < 1e10);
}

/** The largest requirement in a generated plan, computed without the core. */
function maxRequirement(g: GeneratedPlan): number {
  const value = new Map<string, number>();
  let max = 0;
  for (const n of g.nodes) {
    let v: number | undefined;
    if (n.parent === null) v = g.plan.kpis[0].target;
    else if (n.step !== null) {
      const p = value.get(n.parent);
      if (p !== undefined) v = Math.ceil(stepValue(p, n.step, g.hypotheses)) + 1;
    }
    if (v !== undefined) {
      value.set(n.id, v);
      max = Math.max(max, Math.abs(v));
    }
  }
  return max;
}

// ---------------------------------------------------------------------------------------
// Realistic plans

const FAMILY_NAMES = [
  '佐藤',
  '鈴木',
  '高橋',
  '田中',
  '伊藤',
  '渡辺',
  '山本',
  '中村',
  '小林',
  '加藤',
  '吉田',
  '山田',
];

/**
 * A realistic plan of exactly `n` nodes (n ≥ 1): revenue (KGI) split by team, each team's
 * revenue split by owner, and under every owner a new-business funnel — contracts,
 * meetings, appointments, calls (KDI) — with per-team hypotheses (unit price, close,
 * meeting and appointment rates) and per-team/per-owner shares. Deterministic.
 */
export function realisticPlan(
  n: number,
  options: { month?: string; ownersPerTeam?: number } = {},
): PlanInput {
  if (!Number.isInteger(n) || n < 1) throw new Error(`realisticPlan: n must be a positive integer, got ${n}`);
  const month = options.month ?? '2026-12';
  const ownersPerTeam = options.ownersPerTeam ?? 4;
  const perOwner = 5; // owner revenue, contracts, meetings, appointments, calls
  const perTeam = 1 + ownersPerTeam * perOwner;
  const teams = Math.max(1, Math.ceil((n - 1) / perTeam));
  const hypotheses: PlanHypothesisInput[] = [];
  const kpis: PlanKpiInput[] = [
    {
      id: 'revenue',
      level: 'KGI',
      name: '全社 月間売上',
      unit: '円',
      target: 10_000_000 * teams,
      owner: '営業本部長',
      deadline: `${month}-28`,
    },
  ];
  const add = (kpi: PlanKpiInput): boolean => {
    if (kpis.length >= n) return false;
    kpis.push(kpi);
    return true;
  };
  for (let t = 1; t <= teams && kpis.length < n; t++) {
    const team = `team${t}`;
    hypotheses.push(
      { id: `${team}_share`, name: `第${t}チームの売上構成比`, value: 1 / teams, rationale: '均等割り' },
      {
        id: `${team}_unit_price`,
        name: `第${t}チーム 平均受注単価`,
        value: 300_000 + 10_000 * (t % 7),
        unit: '円',
      },
      { id: `${team}_close_rate`, name: `第${t}チーム 成約率`, value: (20 + (t % 10)) / 100 },
      { id: `${team}_meeting_rate`, name: `第${t}チーム 商談化率`, value: 0.5 },
      { id: `${team}_appointment_rate`, name: `第${t}チーム アポ獲得率`, value: (300 + 5 * (t % 5)) / 1000 },
    );
    add({
      id: `${team}_revenue`,
      level: 'KPI',
      parent: 'revenue',
      name: `第${t}チーム 売上`,
      unit: '円',
      backcast: `revenue * ${team}_share`,
    });
    for (let o = 1; o <= ownersPerTeam && kpis.length < n; o++) {
      const owner = `${team}_o${o}`;
      const person = `${FAMILY_NAMES[(t * ownersPerTeam + o) % FAMILY_NAMES.length]}${t}-${o}`;
      hypotheses.push({ id: `${owner}_share`, name: `${person}の売上構成比`, value: 1 / ownersPerTeam });
      const funnel: PlanKpiInput[] = [
        {
          id: `${owner}_revenue`,
          level: 'KPI',
          parent: `${team}_revenue`,
          name: `${person} 売上`,
          unit: '円',
          backcast: `${team}_revenue * ${owner}_share`,
          owner: person,
        },
        {
          id: `${owner}_contracts`,
          level: 'KPI',
          parent: `${owner}_revenue`,
          name: `${person} 成約件数`,
          unit: '件',
          backcast: `${owner}_revenue / ${team}_unit_price`,
          owner: person,
        },
        {
          id: `${owner}_meetings`,
          level: 'KPI',
          parent: `${owner}_contracts`,
          name: `${person} 商談数`,
          unit: '件',
          backcast: `${owner}_contracts / ${team}_close_rate`,
          owner: person,
        },
        {
          id: `${owner}_appointments`,
          level: 'KPI',
          parent: `${owner}_meetings`,
          name: `${person} アポ数`,
          unit: '件',
          backcast: `${owner}_meetings / ${team}_meeting_rate`,
          owner: person,
        },
        {
          id: `${owner}_calls`,
          level: 'KDI',
          parent: `${owner}_appointments`,
          name: `${person} 架電数`,
          unit: '件',
          backcast: `${owner}_appointments / ${team}_appointment_rate`,
          owner: person,
          controllable: true,
        },
      ];
      for (const kpi of funnel) if (!add(kpi)) break;
    }
  }
  return {
    version: 1,
    title: `営業本部 ${month}（${n}ノード）`,
    month,
    calendar: {
      holidays: 'jp',
      extra_holidays: month.endsWith('-12') ? [`${month}-29`, `${month}-30`, `${month}-31`] : [],
    },
    hypotheses,
    kpis,
  };
}
