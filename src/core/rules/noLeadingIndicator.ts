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
    const lagging = new Map<string, boolean>();
    const laggingLeaves = new Map<string, string[]>();
    for (let i = nodes.length - 1; i >= 0; i--) {
      const node = nodes[i];
      if (node.children.length === 0) {
        const lag = node.level === 'KGI' || node.level === 'KPI';
        lagging.set(node.id, lag);
        laggingLeaves.set(node.id, lag ? [node.name] : []);
        continue;
      }
      const lag = node.children.every((c) => lagging.get(c) === true);
      lagging.set(node.id, lag);
      // A few names are enough for the message; capping keeps a 10,000-node tree linear.
      laggingLeaves.set(node.id, lag ? node.children.flatMap((c) => laggingLeaves.get(c) ?? []).slice(0, 6) : []);
    }
    for (const node of nodes) {
      if (!lagging.get(node.id)) continue;
      const parentLagging = node.parent !== null && lagging.get(node.parent) === true;
      if (parentLagging) continue;
      const at = { kind: 'node', node: node.id, field: 'name' } as const;
      if (node.children.length > 0) {
        hits.push({ node: node.id, at, message: { key: 'rules.noLeadingIndicator.branch', params: { name: node.name, leaves: nameList(laggingLeaves.get(node.id) ?? []) } } });
      } else {
        hits.push({ node: node.id, at, message: { key: node.level === 'KGI' ? 'rules.noLeadingIndicator.alone' : 'rules.noLeadingIndicator.leaf', params: { name: node.name } } });
      }
    }
    return hits;
  },
};
