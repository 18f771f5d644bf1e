import { memberFinder, summedOverMembers } from '../model/members';
import type { KpiNode } from '../model/types';
import { nameList } from './format';
import type { RuleContext, RuleHit } from './types';

/**
 * `too-many-kpis`, counted per member: the KPIs and KDIs a member carries — every one
 * the member has a target in (their share of the tree), and those whose owner names
 * them. More than `max_kpis_per_owner` is a warning, `error_kpis_per_owner` or more an
 * error. Reported at the member's row of the member table.
 */
export function tooManyKpisPerMember(ctx: RuleContext): RuleHit[] {
  const members = ctx.model.members;
  if (members.length === 0) return [];
  const max = ctx.threshold('max_kpis_per_owner');
  const error = ctx.threshold('error_kpis_per_owner');
  const memberOf = memberFinder(members);
  const hits: RuleHit[] = [];
  members.forEach((member, j) => {
    const carried = ctx.model.nodes.filter(
      (node) =>
        (node.level === 'KPI' || node.level === 'KDI') &&
        (memberOf(node.owner) === member || hasTarget(ctx, node, j)),
    );
    if (carried.length <= max) return;
    hits.push({
      node: null,
      severity: carried.length >= error ? 'error' : 'warning',
      at: { kind: 'member', id: member.id, field: 'id' },
      message: {
        key: 'rules.tooManyKpis.member',
        params: {
          name: member.name,
          count: carried.length,
          names: nameList(carried.map((n) => n.name)),
          max,
          error,
        },
      },
    });
  });
  return hits;
}

/** Whether member `j` has a target in a node: a quantity above zero, or a rate of their own. */
function hasTarget(ctx: RuleContext, node: KpiNode, j: number): boolean {
  const monthly = ctx.targetOf(node.id)?.byMember[j]?.monthly ?? null;
  return monthly !== null && (monthly > 0 || !summedOverMembers(node));
}

/** Whether an owner is a member of the team: such owners are counted per member, not per owner. */
export function ownedByMember(ctx: RuleContext): (owner: string) => boolean {
  const memberOf = memberFinder(ctx.model.members);
  return (owner) => memberOf(owner) !== undefined;
}
