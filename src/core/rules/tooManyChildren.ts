import type { Rule, RuleHit } from './types';

/** `too-many-children`: more than `max_children` children under one node is unreadable; group them. */
export const tooManyChildren: Rule = {
  id: 'too-many-children',
  defaultSeverity: 'warning',
  thresholds: ['max_children'],
  check(ctx) {
    const max = ctx.threshold('max_children');
    const hits: RuleHit[] = [];
    for (const node of ctx.model.nodes) {
      if (node.children.length <= max) continue;
      hits.push({
        node: node.id,
        at: { kind: 'node', node: node.id, field: 'name' },
        message: { key: 'rules.tooManyChildren', params: { name: node.name, count: node.children.length, max } },
      });
    }
    return hits;
  },
};
