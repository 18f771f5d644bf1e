import type { Rule, RuleHit } from './types';
import { findOutsideFactor } from './words';

/**
 * `uncontrollable-kpi`: a KPI is a result the team's activity moves. One named after an
 * outside factor (景気回復による受注件数, 他部署の予算削減による解約数, sales in a market
 * upturn) measures the economy or another department, not the team: suggest a result the
 * team's own activity drives.
 */
export const uncontrollableKpi: Rule = {
  id: 'uncontrollable-kpi',
  defaultSeverity: 'warning',
  thresholds: [],
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const node of ctx.model.nodes) {
      if (node.level !== 'KPI') continue;
      const word = findOutsideFactor(node.name);
      if (word === undefined) continue;
      hits.push({
        node: node.id,
        at: { kind: 'node', node: node.id, field: 'name' },
        message: { key: 'rules.uncontrollableKpi.word', params: { name: node.name, word } },
      });
    }
    return hits;
  },
};
