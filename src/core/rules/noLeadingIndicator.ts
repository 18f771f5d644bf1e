import { nodePlace } from '../model/types';
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
    // Nodes are depth-first, parents before children: walk backwards to see children first.
    // By place in the tree, a connected lagging node holds its lagging leaves' names, any
    // other connected node null: the tree's own index finds a child, no map of its own.
    const nodes = ctx.model.nodes;
    const placeOf = nodePlace(ctx.model);
    const lagging = new Array<string[] | null | undefined>(nodes.length);
    const laggingOf = (id: string): string[] | null => {
      const at = placeOf.get(id);
      return (at === undefined ? null : lagging[at]) ?? null;
    };
    const isLagging = (id: string): boolean => laggingOf(id) !== null;
    for (let i = nodes.length - 1; i >= 0; i--) {
      const node = nodes[i];
      if (!ctx.connected.has(node.id)) continue;
      if (node.children.length === 0) {
        lagging[i] = node.level === 'KGI' || node.level === 'KPI' ? [node.name] : null;
        continue;
      }
      // A few names are enough for the message; capping keeps a 10,000-node tree linear.
      lagging[i] = node.children.every(isLagging) ? node.children.flatMap((c) => laggingOf(c) ?? []).slice(0, 6) : null;
    }
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i];
      const leaves = lagging[i] ?? null;
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
