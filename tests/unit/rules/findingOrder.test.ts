import fc from 'fast-check';
import type { HypothesisId, KpiId } from '../../../src/core/brand';
import type { LocalizedText } from '../../../src/core/i18n';
import { loadPlanText } from '../../../src/core/model/parsePlan';
import type { Model } from '../../../src/core/model/types';
import { sortFindings, type Finding, type RuleSeverity } from '../../../src/core/rules';
import { withoutRepeats } from '../../../src/core/rules/lint';
import { planYaml, realisticPlan } from '../../support/plans';

/**
 * The findings list is made without repeats and put in order with shortcuts (findings
 * grouped by node, places found once); it must be the list the plain way makes.
 */

/** The plain way: one key of rule, node, place and message for every finding. */
function plainWithoutRepeats(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = JSON.stringify([f.rule, f.node, f.cell ?? f.field ?? '', f.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const RANK: Readonly<Record<RuleSeverity, number>> = { error: 0, warning: 1, info: 2 };

/** The plain way: places in one map (nodes, then hypotheses not named like a node), looked up at each comparison. */
function plainSort(findings: readonly Finding[], model: Model): Finding[] {
  const position = new Map<string, number>();
  model.nodes.forEach((n, i) => position.set(n.id, i));
  model.hypotheses.forEach((h, i) => position.has(h.id) || position.set(h.id, model.nodes.length + i));
  const pos = (f: Finding): number => (f.node === null ? -1 : (position.get(f.node) ?? -1));
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => RANK[a.f.severity] - RANK[b.f.severity] || pos(a.f) - pos(b.f) || a.i - b.i)
    .map((x) => x.f);
}

const loaded = loadPlanText(planYaml(realisticPlan(30)), 'yaml');
if (loaded.model === null) throw new Error('the plan did not load');
const base: Model = loaded.model;

/** Ids shared by nodes and hypotheses, repeated, as a damaged workbook read back can have them. */
const IDS = ['a', 'b', 'c', 'h', 'null', ''];
const model = fc
  .record({
    nodes: fc.array(fc.constantFrom(...IDS), { maxLength: 8 }),
    hypotheses: fc.array(fc.constantFrom(...IDS), { maxLength: 5 }),
  })
  .map(({ nodes, hypotheses }): Model => ({
    ...base,
    nodes: nodes.map((id, i) => ({ ...base.nodes[i % base.nodes.length], id: id as KpiId })),
    hypotheses: hypotheses.map((id, i) => ({
      ...base.hypotheses[i % base.hypotheses.length],
      id: id as HypothesisId,
    })),
  }));

/** Messages alike in key, differing in parameters (order, nesting, absent ones), each made afresh. */
const MESSAGES: readonly (() => LocalizedText)[] = [
  () => ({ key: 'rules.missingOwner', params: { name: 'x', level: 'KPI' } }),
  () => ({ key: 'rules.missingOwner', params: { level: 'KPI', name: 'x' } }),
  () => ({ key: 'rules.missingOwner', params: { name: 'y', level: 'KPI' } }),
  () => ({ key: 'rules.missingOwner', params: { name: 'x', level: 'KPI', extra: '' } }),
  () => ({ key: 'rules.treeTooDeep', params: { name: 'x', levels: 6, max: 5 } }),
  () => ({ key: 'rules.treeTooDeep', params: { name: 'x', levels: 6, max: '5' } }),
  () => ({
    key: 'rules.kdiNeedsResponse.outcome',
    params: { name: 'x', word: 'アポ', activity: { key: 'rules.kdiNeedsResponse.activity.meetingRequests' } },
  }),
  () => ({
    key: 'rules.kdiNeedsResponse.outcome',
    params: { name: 'x', word: 'アポ', activity: { key: 'rules.kdiNeedsResponse.activity.approaches' } },
  }),
  () => ({ key: 'rules.config.unknownRule' }),
];

const finding = fc
  .record({
    rule: fc.constantFrom('missing-owner', 'tree-too-deep', 'tree-cycle'),
    severity: fc.constantFrom<RuleSeverity>('error', 'warning', 'info'),
    node: fc.constantFrom<string | null>(null, ...IDS, 'ghost'),
    message: fc.integer({ min: 0, max: MESSAGES.length - 1 }),
    cell: fc.constantFrom(undefined, "'KPI Tree'!A5", 'kpis[0].name'),
    field: fc.constantFrom(undefined, 'kpis[0].name', "'KPI Tree'!A5"),
    line: fc.constantFrom(undefined, 3),
  })
  .map(({ message, field, line, ...f }): Finding => ({
    ...f,
    message: MESSAGES[message](),
    ...(field !== undefined ? { field } : {}),
    ...(line !== undefined ? { line } : {}),
  }));

/** Findings, with copies of some of them (fresh objects alike in every field) put in anywhere. */
const findings = fc
  .tuple(fc.array(finding, { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 15 }))
  .map(([list, picks]) => {
    const out = [...list];
    for (const p of picks) {
      if (list.length === 0) break;
      const copy = list[p % list.length];
      out.splice(p % (out.length + 1), 0, { ...copy, message: structuredClone(copy.message) });
    }
    return out;
  });

describe('the findings list', () => {
  it('leaves out exactly the repeats the plain way leaves out, keeping the first of each', () => {
    fc.assert(
      fc.property(findings, (list) => {
        const got = withoutRepeats(list);
        const want = plainWithoutRepeats(list);
        expect(got.length).toBe(want.length);
        got.forEach((f, i) => expect(f).toBe(want[i]));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves out the repeats the plain way leaves out among many findings of one node', () => {
    const crowded = fc.array(finding, { minLength: 20, maxLength: 120 }).map((list) =>
      list.map((f, i) => ({
        ...f,
        node: i % 3 === 0 ? 'a' : null,
        cell: undefined,
        message: structuredClone(f.message),
      })),
    );
    let repeated = 0;
    fc.assert(
      fc.property(crowded, (list) => {
        const got = withoutRepeats(list);
        const want = plainWithoutRepeats(list);
        expect(got.length).toBe(want.length);
        got.forEach((f, i) => expect(f).toBe(want[i]));
        if (want.length < list.length && want.filter((f) => f.node === null).length > 16) repeated += 1;
      }),
      { numRuns: 500 },
    );
    expect(repeated).toBeGreaterThan(200);
  });

  it('has repeats to leave out in what it is tried on', () => {
    const samples = fc.sample(findings, { numRuns: 200, seed: 3 });
    expect(samples.filter((s) => plainWithoutRepeats(s).length < s.length).length).toBeGreaterThan(50);
  });

  it('is put in the order the plain way gives, on trees with repeated ids', () => {
    fc.assert(
      fc.property(findings, model, (list, m) => {
        const got = sortFindings(list, m);
        const want = plainSort(list, m);
        expect(got.length).toBe(want.length);
        got.forEach((f, i) => expect(f).toBe(want[i]));
      }),
      { numRuns: 2000 },
    );
  });
});
