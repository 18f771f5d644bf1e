import fc from 'fast-check';
import { computeTargets } from '../../../src/core/backcast/targets';
import { directions } from '../../../src/core/model/direction';
import { loadPlanText } from '../../../src/core/model/parsePlan';
import { DEFAULT_THRESHOLDS, type RuleContext, type RuleHit } from '../../../src/core/rules';
import { betterDirection } from '../../../src/core/rules/betterDirection';
import { nameList } from '../../../src/core/rules/format';
import { noLeadingIndicator } from '../../../src/core/rules/noLeadingIndicator';
import { smartRelevant } from '../../../src/core/rules/smartRelevant';
import { collectNames } from '../../../src/core/formula/names';
import { ruleContext } from '../../../src/core/rules/context';
import { findCounterWord, findLossWord } from '../../../src/core/rules/words';
import { arbitraryPlan, planYaml } from '../../support/plans';

/**
 * Rules take shortcuts on large trees (work left undone until a node needs it); on any
 * tree, damaged ones included, they must report what the plain way reports.
 */

const IDS = ['revenue', 'a', 'b', 'c', 'd', 'e'];
const kpi = fc.record({
  id: fc.constantFrom(...IDS),
  level: fc.constantFrom('KGI', 'KPI', 'KDI', 'KCI'),
  name: fc.constantFrom(
    'Calls made',
    '解約数',
    '解約防止件数',
    'コスト',
    'Churned accounts',
    'churn prevented',
    '成約件数',
    'x',
  ),
  parent: fc.option(fc.constantFrom(...IDS, 'ghost'), { nil: undefined }),
  unit: fc.option(fc.constantFrom('件', 'yen', 'cost', '損失'), { nil: undefined }),
  backcast: fc.option(
    fc.constantFrom(
      'a / rate',
      'revenue * 2',
      'revenue - a',
      '-revenue',
      'b * rate',
      '10',
      'rate * 10',
      'rate * 20',
    ),
    { nil: undefined },
  ),
  better: fc.option(fc.constantFrom('higher', 'lower'), { nil: undefined }),
  target: fc.option(fc.constantFrom(0, 1000000), { nil: undefined }),
});

/** The rules' context of a loaded plan, with its targets and every problem so far; null when it did not load. */
function contextOf(loaded: ReturnType<typeof loadPlanText>): RuleContext | null {
  if (loaded.model === null) return null;
  const targets = computeTargets(loaded.model);
  return ruleContext(loaded.model, targets.backcast, DEFAULT_THRESHOLDS, [
    ...loaded.problems,
    ...targets.problems,
  ]);
}

/** Contexts of random trees: repeated ids, unknown parents, cycles, caps above and below. */
const context = fc.array(kpi, { minLength: 1, maxLength: 10 }).map((kpis): RuleContext | null => {
  const plan = {
    version: 1,
    title: 'T',
    month: '2026-12',
    hypotheses: [{ id: 'rate', name: 'Rate', value: 0.5 }],
    kpis: kpis.map((k) => Object.fromEntries(Object.entries(k).filter(([, v]) => v !== undefined))),
  };
  return contextOf(loadPlanText(JSON.stringify(plan), 'json'));
});

/** `better-direction` the plain way: every node's direction first, then its words. */
function plainBetterDirection(ctx: RuleContext): RuleHit[] {
  const hits: RuleHit[] = [];
  const better = directions(ctx.model);
  for (const node of ctx.model.nodes) {
    if (node.level === 'KCI' || better.get(node.id) === 'lower') continue;
    const word = findLossWord(node.name) ?? findLossWord(node.unit ?? '');
    if (word === undefined || findCounterWord(node.name) !== undefined) continue;
    hits.push({
      node: node.id,
      at: { kind: 'node', node: node.id, field: 'name' },
      message: { key: 'rules.betterDirection.loss', params: { name: node.name, word } },
      fix: {
        description: { key: 'rules.fix.betterLower', params: { name: node.name } },
        change: { kind: 'set-field', node: node.id, field: 'better', value: 'lower' },
        safe: false,
      },
    });
  }
  return hits;
}

/** `no-leading-indicator` the plain way: whether each node lags, and its lagging leaves, in two maps. */
function plainNoLeadingIndicator(ctx: RuleContext): RuleHit[] {
  const hits: RuleHit[] = [];
  const kgi = ctx.kgi;
  if (kgi === undefined || ctx.model.nodes.some((n) => ctx.broken.has(n.id))) return hits;
  const nodes = ctx.model.nodes.filter((n) => ctx.connected.has(n.id));
  const lagging = new Map<string, boolean>();
  const laggingLeaves = new Map<string, string[]>();
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i];
    if (node.children.length === 0) {
      const lag = node.level === 'KGI' || node.level === 'KPI';
      lagging.set(node.id, lag);
      laggingLeaves.set(node.id, lag ? [node.name] : []);
      continue;
    }
    const lag = node.children.every((c) => lagging.get(c) === true);
    lagging.set(node.id, lag);
    laggingLeaves.set(
      node.id,
      lag ? node.children.flatMap((c) => laggingLeaves.get(c) ?? []).slice(0, 6) : [],
    );
  }
  for (const node of nodes) {
    if (!lagging.get(node.id)) continue;
    if (node.parent !== null && lagging.get(node.parent) === true) continue;
    const at = { kind: 'node', node: node.id, field: 'name' } as const;
    if (node.children.length > 0) {
      hits.push({
        node: node.id,
        at,
        message: {
          key: 'rules.noLeadingIndicator.branch',
          params: { name: node.name, leaves: nameList(laggingLeaves.get(node.id) ?? []) },
        },
      });
    } else {
      hits.push({
        node: node.id,
        at,
        message: {
          key: node.level === 'KGI' ? 'rules.noLeadingIndicator.alone' : 'rules.noLeadingIndicator.leaf',
          params: { name: node.name },
        },
      });
    }
  }
  return hits;
}

/** Contexts of random valid trees, KPI, KDI and KCI leaves mixed. */
const validContext = arbitraryPlan({ maxNodes: 25 }).map((generated): RuleContext => {
  const ctx = contextOf(loadPlanText(planYaml(generated.plan), 'yaml'));
  if (ctx === null) throw new Error('a generated plan did not load');
  return ctx;
});

/** Whether `smart-relevant` finds a node's backcast ignoring its parent, the plain way: all the names it uses, listed. */
function plainParentUnused(ctx: RuleContext): string[] {
  const out: string[] = [];
  for (const node of ctx.model.nodes) {
    if (ctx.broken.has(node.id) || !ctx.connected.has(node.id)) continue;
    const expr = node.backcast?.expr;
    if (!expr || node.parent === null || node.aggregate === 'average') continue;
    if (!collectNames(expr).includes(node.parent)) out.push(node.id);
  }
  return out;
}

describe('rules with shortcuts', () => {
  it('smart-relevant finds the backcasts that ignore their parent the plain way finds', () => {
    let reported = 0;
    let kept = 0;
    fc.assert(
      fc.property(fc.oneof(context, validContext), (ctx) => {
        if (ctx === null || ctx.kgi === undefined) return;
        const want = plainParentUnused(ctx);
        const got = smartRelevant
          .check(ctx)
          .filter((h) => h.message.key === 'rules.smartRelevant.parentUnused');
        expect(got.map((h) => h.node)).toEqual(want);
        reported += want.length;
        kept +=
          ctx.model.nodes.filter((n) => n.backcast?.expr && n.parent !== null && ctx.connected.has(n.id))
            .length - want.length;
      }),
      { numRuns: 1000 },
    );
    expect(reported).toBeGreaterThan(5);
    expect(kept).toBeGreaterThan(30);
  });

  it('no-leading-indicator reports what the plain way reports', () => {
    let reported = 0;
    fc.assert(
      fc.property(fc.oneof(context, validContext), (ctx) => {
        if (ctx === null) return;
        const want = plainNoLeadingIndicator(ctx);
        expect(noLeadingIndicator.check(ctx)).toEqual(want);
        reported += want.filter((h) => h.message.key === 'rules.noLeadingIndicator.branch').length;
      }),
      { numRuns: 600 },
    );
    expect(reported).toBeGreaterThan(30);
  });

  it('better-direction reports what the plain way reports', () => {
    let reported = 0;
    let capped = 0;
    fc.assert(
      fc.property(context, (ctx) => {
        if (ctx === null) return;
        const want = plainBetterDirection(ctx);
        expect(betterDirection.check(ctx)).toEqual(want);
        reported += want.length;
        if (
          ctx.model.nodes.some(
            (n) => findLossWord(n.name) !== undefined && directions(ctx.model).get(n.id) === 'lower',
          )
        )
          capped += 1;
      }),
      { numRuns: 600 },
    );
    // The trees tried have findings, and loss-named nodes that are caps already (left alone).
    expect(reported).toBeGreaterThan(40);
    expect(capped).toBeGreaterThan(20);
  });

  it("knows the nodes connected to the KGI, and each node's targets, as the plain way does, in any order the tree is listed", () => {
    let outside = 0;
    let reversed = 0;
    fc.assert(
      fc.property(fc.oneof(context, validContext), fc.boolean(), (built, childrenFirst) => {
        if (built === null) return;
        // The same tree listed children first: the pass by place cannot be trusted, the walk decides.
        const model = childrenFirst
          ? { ...built.model, nodes: [...built.model.nodes].reverse() }
          : built.model;
        const ctx = childrenFirst ? ruleContext(model, built.backcast, DEFAULT_THRESHOLDS, []) : built;
        const want = plainConnected(ctx);
        expect(ctx.model.nodes.filter((n) => ctx.connected.has(n.id)).map((n) => n.id)).toEqual(
          ctx.model.nodes.filter((n) => want.has(n.id)).map((n) => n.id),
        );
        outside += ctx.model.nodes.filter((n) => !want.has(n.id)).length;
        // Each node's targets by its place are those of its id, whether or not the backcast lists the tree in its order.
        const ids = new Set(ctx.model.nodes.map((n) => n.id));
        if (ids.size === ctx.model.nodes.length)
          ctx.model.nodes.forEach((n, at) => expect(ctx.targetAt(at)).toBe(ctx.targetOf(n.id)));
        if (
          childrenFirst &&
          ctx.model.nodes.some(
            (n, i) => n.parent !== null && ctx.model.nodes.findIndex((m) => m.id === n.parent) > i,
          )
        )
          reversed += 1;
      }),
      { numRuns: 600 },
    );
    expect(outside).toBeGreaterThan(50);
    expect(reversed).toBeGreaterThan(50);
  });
});

/** The nodes under the KGI, the plain way: down from it through each node's children. */
function plainConnected(ctx: RuleContext): Set<string> {
  const out = new Set<string>();
  const stack = ctx.kgi === undefined ? [] : [ctx.kgi.id];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(ctx.model.nodes.find((n) => n.id === id)?.children ?? []));
  }
  return out;
}
