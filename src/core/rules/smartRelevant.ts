import { someNode } from '../formula/walk';
import type { Rule, RuleHit } from './types';

/**
 * `smart-relevant`: every node must serve the KGI. An error when it is cut off from the
 * KGI (its parents never reach it), a warning when its backcast ignores its parent, so
 * its target does not follow from the parent's and the causal link is not stated. An
 * average (a rate, a unit price) is exempt: in 売上 = 客数 × 客単価 the price is a factor
 * of its parent, stated as a hypothesis, and its sibling's backcast carries the link.
 */
export const smartRelevant: Rule = {
  id: 'smart-relevant',
  defaultSeverity: 'warning',
  graded: 'error',
  thresholds: [],
  check(ctx) {
    const hits: RuleHit[] = [];
    const kgi = ctx.kgi;
    if (kgi === undefined) return hits; // `no-kgi` says it all.
    for (const node of ctx.model.nodes) {
      if (ctx.broken.has(node.id)) continue;
      // A root that is not the KGI is a structural problem (unknown parent, cycle) reported as such.
      if (!ctx.connected.has(node.id) && node.parent !== null) {
        let root = node;
        const seen = new Set<string>();
        while (root.parent !== null && !seen.has(root.id)) {
          seen.add(root.id);
          const up = ctx.byId.get(root.parent);
          if (up === undefined) break;
          root = up;
        }
        hits.push({
          node: node.id,
          severity: 'error',
          at: { kind: 'node', node: node.id, field: 'parent' },
          message: { key: 'rules.smartRelevant.disconnected', params: { name: node.name, kgi: kgi.name, root: root.name } },
        });
        continue;
      }
      if (!ctx.connected.has(node.id)) continue;
      const expr = node.backcast?.expr;
      if (!expr || node.parent === null || node.aggregate === 'average') continue;
      const parent = node.parent;
      if (!someNode(expr, (f) => f.kind === 'name' && f.name === parent)) {
        hits.push({
          node: node.id,
          at: { kind: 'node', node: node.id, field: 'backcast' },
          message: { key: 'rules.smartRelevant.parentUnused', params: { name: node.name, backcast: node.backcast?.source ?? '', parent: node.parent, parentName: ctx.byId.get(node.parent)?.name ?? node.parent } },
        });
      }
    }
    return hits;
  },
};
