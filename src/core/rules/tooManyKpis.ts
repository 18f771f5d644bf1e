import type { KpiNode } from '../model/types';
import { nameList } from './format';
import { ownedByMember, tooManyKpisPerMember } from './tooManyKpisPerMember';
import type { Rule, RuleHit } from './types';

/**
 * `too-many-kpis`: focus. One owner with more than `max_kpis_per_owner` KPIs/KDIs is a
 * warning, `error_kpis_per_owner` or more an error (3–5 per person works, 20 fails). The
 * whole tree with more than `max_kpis_in_tree` KPIs and KDIs together is a warning,
 * `error_kpis_in_tree` or more an error (12 KPIs and 8 KDIs pass every per-level limit and
 * still fail); short of that, more than `max_nodes_per_level` KPIs (or KDIs) is a warning.
 * Reported on the first node beyond the limit, the one to hand over or drop. A team with
 * members is counted per member (`tooManyKpisPerMember`).
 */
export const tooManyKpis: Rule = {
  id: 'too-many-kpis',
  defaultSeverity: 'warning',
  graded: 'error',
  thresholds: ['max_kpis_per_owner', 'error_kpis_per_owner', 'max_kpis_in_tree', 'error_kpis_in_tree', 'max_nodes_per_level'],
  check(ctx) {
    const hits: RuleHit[] = [];
    const max = ctx.threshold('max_kpis_per_owner');
    const error = ctx.threshold('error_kpis_per_owner');
    const byOwner = new Map<string, KpiNode[]>();
    const isMember = ownedByMember(ctx);
    for (const node of ctx.model.nodes) {
      if (node.owner === undefined || (node.level !== 'KPI' && node.level !== 'KDI') || isMember(node.owner)) continue;
      const list = byOwner.get(node.owner);
      if (list) list.push(node);
      else byOwner.set(node.owner, [node]);
    }
    for (const [owner, nodes] of byOwner) {
      if (nodes.length <= max) continue;
      const first = nodes[max];
      hits.push({
        node: first.id,
        severity: nodes.length >= error ? 'error' : 'warning',
        at: { kind: 'node', node: first.id, field: 'owner' },
        message: {
          key: 'rules.tooManyKpis.owner',
          params: { owner, count: nodes.length, names: nameList(nodes.map((n) => n.name)), max, error },
        },
      });
    }
    // Members are counted per member: what each carries of the tree, and what they own.
    hits.push(...tooManyKpisPerMember(ctx));
    const measured = ctx.model.nodes.filter((n) => n.level === 'KPI' || n.level === 'KDI');
    const treeMax = ctx.threshold('max_kpis_in_tree');
    const treeError = ctx.threshold('error_kpis_in_tree');
    if (measured.length > treeMax) {
      const first = measured[treeMax];
      hits.push({
        node: first.id,
        severity: measured.length >= treeError ? 'error' : 'warning',
        at: { kind: 'node', node: first.id, field: 'level' },
        message: {
          key: 'rules.tooManyKpis.tree',
          params: {
            count: measured.length,
            kpis: measured.filter((n) => n.level === 'KPI').length,
            kdis: measured.filter((n) => n.level === 'KDI').length,
            max: treeMax,
            error: treeError,
            kgi: ctx.kgi?.name ?? '-',
          },
        },
      });
      // The tree as a whole says it already: one level beyond its own limit adds nothing.
      return hits;
    }
    const perLevel = ctx.threshold('max_nodes_per_level');
    for (const level of ['KPI', 'KDI'] as const) {
      const nodes = ctx.model.nodes.filter((n) => n.level === level);
      if (nodes.length <= perLevel) continue;
      const first = nodes[perLevel];
      hits.push({
        node: first.id,
        at: { kind: 'node', node: first.id, field: 'level' },
        message: { key: 'rules.tooManyKpis.level', params: { count: nodes.length, level, max: perLevel } },
      });
    }
    return hits;
  },
};
