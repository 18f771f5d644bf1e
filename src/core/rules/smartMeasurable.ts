import { formatValue } from './format';
import type { Rule, RuleHit } from './types';

/**
 * `smart-measurable`: every KGI, KPI and KDI has a unit and a number. An error on the
 * KGI (nothing can be backcast from it), a warning below. KCIs are qualitative.
 */
export const smartMeasurable: Rule = {
  id: 'smart-measurable',
  defaultSeverity: 'warning',
  graded: 'error',
  thresholds: [],
  check(ctx) {
    const hits: RuleHit[] = [];
    const { nodes } = ctx.model;
    for (let at = 0; at < nodes.length; at++) {
      const node = nodes[at];
      if (node.level === 'KCI') continue;
      const severity = node.level === 'KGI' ? 'error' : 'warning';
      const monthly = ctx.targetAt(at)?.monthly ?? null;
      if (node.unit === undefined) {
        hits.push({
          node: node.id,
          severity,
          at: { kind: 'node', node: node.id, field: 'unit' },
          message: {
            key: 'rules.smartMeasurable.noUnit',
            params: { name: node.name, level: node.level, target: monthly === null ? '-' : formatValue(monthly, node) },
          },
        });
      }
      // A missing target or backcast is already a structural error; here: a backcast that yields
      // nothing because the parent is qualitative (a KPI hung under a KCI). Deeper nodes follow
      // from this one and are not reported again.
      if (ctx.backcast === null || ctx.broken.has(node.id) || node.level === 'KGI' || monthly !== null) continue;
      const parent = node.parent === null ? undefined : ctx.byId.get(node.parent);
      if (node.backcast?.expr && parent?.level === 'KCI') {
        hits.push({
          node: node.id,
          severity,
          at: { kind: 'node', node: node.id, field: 'backcast' },
          message: {
            key: 'rules.smartMeasurable.noTarget',
            params: { name: node.name, level: node.level, backcast: node.backcast.source, parent: parent.name },
          },
        });
      }
    }
    return hits;
  },
};
