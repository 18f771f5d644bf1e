import fc from 'fast-check';
import { computeTargets } from '../../../src/core/backcast/targets';
import { directions } from '../../../src/core/model/direction';
import { loadPlanText } from '../../../src/core/model/parsePlan';
import { DEFAULT_THRESHOLDS, type RuleContext, type RuleHit } from '../../../src/core/rules';
import { betterDirection } from '../../../src/core/rules/betterDirection';
import { ruleContext } from '../../../src/core/rules/context';
import { findCounterWord, findLossWord } from '../../../src/core/rules/words';

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
    fc.constantFrom('a / rate', 'revenue * 2', 'revenue - a', '-revenue', 'b * rate', '10'),
    { nil: undefined },
  ),
  better: fc.option(fc.constantFrom('higher', 'lower'), { nil: undefined }),
  target: fc.option(fc.constantFrom(0, 1000000), { nil: undefined }),
});

/** Contexts of random trees: repeated ids, unknown parents, cycles, caps above and below. */
const context = fc.array(kpi, { minLength: 1, maxLength: 10 }).map((kpis): RuleContext | null => {
  const plan = {
    version: 1,
    title: 'T',
    month: '2026-12',
    hypotheses: [{ id: 'rate', name: 'Rate', value: 0.5 }],
    kpis: kpis.map((k) => Object.fromEntries(Object.entries(k).filter(([, v]) => v !== undefined))),
  };
  const loaded = loadPlanText(JSON.stringify(plan), 'json');
  if (loaded.model === null) return null;
  const targets = computeTargets(loaded.model);
  return ruleContext(loaded.model, targets.backcast, DEFAULT_THRESHOLDS, [
    ...loaded.problems,
    ...targets.problems,
  ]);
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

describe('rules with shortcuts', () => {
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
});
