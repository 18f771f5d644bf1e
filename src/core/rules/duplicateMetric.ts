import { memberFinder } from '../model/members';
import type { KpiNode } from '../model/types';
import type { Rule, RuleHit } from './types';
import { nfkc } from '../text/nfkc';

const normalName = (s: string): string => nfkc(s).toLowerCase().replace(/\s+/g, '');
const normalExpr = (s: string): string => s.replace(/\s+/g, '');

/**
 * `duplicate-metric`: the same metric twice under one parent — the same name (ignoring
 * case, spaces and full-width forms), or the same backcast and unit, which is the same
 * number. Reported on the second of the pair. Branches of different members (siblings
 * whose owners are different members of the team) are each member's own, not duplicates.
 */
export const duplicateMetric: Rule = {
  id: 'duplicate-metric',
  defaultSeverity: 'warning',
  thresholds: [],
  check(ctx) {
    const hits: RuleHit[] = [];
    const memberOf = memberFinder(ctx.model.members);
    for (const parent of ctx.model.nodes) {
      if (parent.children.length < 2) continue; // a pair needs two children: most nodes are leaves
      const byName = new Map<string, KpiNode>();
      const byExpr = new Map<string, KpiNode>();
      for (const id of parent.children) {
        const node = ctx.byId.get(id);
        if (node === undefined) continue;
        const at = { kind: 'node', node: node.id, field: 'name' } as const;
        const branch = `${memberOf(node.owner)?.id ?? ''}|`;
        const name = branch + normalName(node.name);
        const first = byName.get(name);
        if (first !== undefined) {
          hits.push({ node: node.id, at, message: { key: 'rules.duplicateMetric.name', params: { name: node.name, parent: parent.name, id: first.id, other: node.id } } });
          continue;
        }
        byName.set(name, node);
        if (!node.backcast?.expr) continue;
        const expr = `${branch}${normalExpr(node.backcast.source)}|${node.unit ?? ''}`;
        const same = byExpr.get(expr);
        if (same !== undefined) {
          hits.push({
            node: node.id,
            at: { kind: 'node', node: node.id, field: 'backcast' },
            message: { key: 'rules.duplicateMetric.backcast', params: { name: node.name, otherName: same.name, parent: parent.name, backcast: node.backcast.source } },
          });
          continue;
        }
        byExpr.set(expr, node);
      }
    }
    return hits;
  },
};
