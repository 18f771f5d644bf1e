import type { Rule, RuleHit } from './types';

/**
 * `missing-owner`: a KGI, KPI or KDI nobody is responsible for. When the parent has an
 * owner, taking it over is suggested (not applied: who owns what is a person's call).
 * A team with members has an owner for every node: each member carries their part.
 */
export const missingOwner: Rule = {
  id: 'missing-owner',
  defaultSeverity: 'warning',
  thresholds: [],
  check(ctx) {
    const hits: RuleHit[] = [];
    if (ctx.model.members.length > 0) return hits;
    for (const node of ctx.model.nodes) {
      if (node.level === 'KCI' || node.owner !== undefined) continue;
      const parentOwner = node.parent === null ? undefined : ctx.byId.get(node.parent)?.owner;
      hits.push({
        node: node.id,
        at: { kind: 'node', node: node.id, field: 'owner' },
        message: { key: 'rules.missingOwner', params: { name: node.name, level: node.level } },
        fix:
          parentOwner === undefined
            ? undefined
            : {
                description: { key: 'rules.fix.setOwner', params: { name: node.name, value: parentOwner } },
                change: { kind: 'set-field', node: node.id, field: 'owner', value: parentOwner },
                safe: false,
              },
      });
    }
    return hits;
  },
};
