import type { Rule, RuleHit } from './types';
import { nameList } from './format';

/**
 * `no-leading-indicator`: a branch whose leaves are all lagging results (KGI/KPI) has
 * nothing anyone can act on this week. Reported at the top of each such branch; a
 * goal with nothing under it is reported on its own. A KCI leaf (quality of the
 * conversations) counts as leading.
 */
export const noLeadingIndicator: Rule = {
  id: 'no-leading-indicator',
  defaultSeverity: 'warning',
  thresholds: [],
  check(ctx) {
    const hits: RuleHit[] = [];
    const kgi = ctx.kgi;
    // On a tree with structural errors the branches are not what the person meant: those come first.
    if (kgi === undefined || ctx.model.nodes.some((n) => ctx.broken.has(n.id))) return hits;
    const nodes = ctx.model.nodes.filter((n) => ctx.connected.has(n.id));
    // Nodes are depth-first, parents before children: walk backwards to see children first.
    // A lagging node maps to its lagging leaves' names, a node that is not to null.
    const lagging = new Map<string, string[] | null>();
    const isLagging = (id: string): boolean => (lagging.get(id) ?? null) !== null;
    for (let i = nodes.length - 1; i >= 0; i--) {
      const node = nodes[i];
      if (node.children.length === 0) {
        lagging.set(node.id, node.level === 'KGI' || node.level === 'KPI' ? [node.name] : null);
        continue;
      }
      // A few names are enough for the message; capping keeps a 10,000-node tree linear.
      lagging.set(node.id, node.children.every(isLagging) ? node.children.flatMap((c) => lagging.get(c) ?? []).slice(0, 6) : null);
    }
    for (const node of nodes) {
      const leaves = lagging.get(node.id) ?? null;
      if (leaves === null) continue;
      const parentLagging = node.parent !== null && isLagging(node.parent);
      if (parentLagging) continue;
      const at = { kind: 'node', node: node.id, field: 'name' } as const;
      if (node.children.length > 0) {
        hits.push({ node: node.id, at, message: { key: 'rules.noLeadingIndicator.branch', params: { name: node.name, leaves: nameList(leaves) } } });
      } else {
        hits.push({ node: node.id, at, message: { key: node.level === 'KGI' ? 'rules.noLeadingIndicator.alone' : 'rules.noLeadingIndicator.leaf', params: { name: node.name } } });
      }
    }
    return hits;
  },
};
