import type { KpiNode } from '../model/types';
import type { Rule, RuleHit } from './types';

/**
 * `activity-result-balance`: each owner should see both what they do (KDI) and what it
 * produces (KGI/KPI). Only activities, or only results: a hint, reported on the owner's
 * first node. KCIs (quality of conversations) count as neither.
 */
export const activityResultBalance: Rule = {
  id: 'activity-result-balance',
  defaultSeverity: 'info',
  thresholds: [],
  check(ctx) {
    const hits: RuleHit[] = [];
    const byOwner = new Map<string, KpiNode[]>();
    for (const node of ctx.model.nodes) {
      if (node.owner === undefined) continue;
      const list = byOwner.get(node.owner);
      if (list) list.push(node);
      else byOwner.set(node.owner, [node]);
    }
    for (const [owner, nodes] of byOwner) {
      const activities = nodes.filter((n) => n.level === 'KDI');
      const results = nodes.filter((n) => n.level === 'KGI' || n.level === 'KPI');
      if (activities.length > 0 && results.length === 0) {
        hits.push({
          node: activities[0].id,
          at: { kind: 'node', node: activities[0].id, field: 'owner' },
          message: { key: 'rules.balance.onlyActivity', params: { owner, count: activities.length } },
        });
      } else if (results.length > 0 && activities.length === 0) {
        hits.push({
          node: results[0].id,
          at: { kind: 'node', node: results[0].id, field: 'owner' },
          message: { key: 'rules.balance.onlyResult', params: { owner, count: results.length } },
        });
      }
    }
    return hits;
  },
};
