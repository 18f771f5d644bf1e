import type { Rule, RuleHit } from './types';

/**
 * `tree-too-deep`: more than `max_depth` levels (the KGI is level 1) stretches the
 * causal link from activity to goal. Reported once per branch, on its first node
 * beyond the limit.
 */
export const treeTooDeep: Rule = {
  id: 'tree-too-deep',
  defaultSeverity: 'warning',
  thresholds: ['max_depth'],
  check(ctx) {
    const max = ctx.threshold('max_depth');
    const hits: RuleHit[] = [];
    for (const node of ctx.model.nodes) {
      if (!ctx.connected.has(node.id) || node.depth + 1 !== max + 1) continue;
      hits.push({
        node: node.id,
        at: { kind: 'node', node: node.id, field: 'name' },
        message: { key: 'rules.treeTooDeep', params: { name: node.name, levels: node.depth + 1, max } },
      });
    }
    return hits;
  },
};
