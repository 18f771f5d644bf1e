import type { MonthCalendar } from '../calendar';
import { evaluate } from '../formula/evaluate';
import { collectNames } from '../formula/names';
import { describeEvalError } from '../formula/messages';
import { memberKey, type NodeLocator } from '../model/locate';
import { allocationOf, isOverAllocated, summedOverMembers } from '../model/members';
import type { Problem } from '../model/problem';
import { hasTypedTarget, type KpiNode, type Member, type Model } from '../model/types';
import { requiredCount } from '../num/round';
import type { BackcastResult, MemberGoal, MemberTargets, NodeTargets } from './types';
import { spread } from './spread';

/** A member's KGI: their own target as typed, else their share of the team's (rounded up for counts, as the sheet does). */
export function memberKgi(member: Member, kgi: KpiNode): number | null {
  if (member.target !== undefined) return member.target;
  if (member.share === undefined || kgi.target === undefined) return null;
  const exact = member.share * kgi.target;
  return kgi.round === 'up' ? requiredCount(exact) : exact;
}

/**
 * Every member's targets of every node, from their own KGI down the tree with their own
 * hypotheses, rounded per member; then the team's targets of the nodes that add up
 * (quantities below the KGI) become the members' sums, so no member is given a fraction
 * and the team asks for exactly what its people do. Rates stay the team's own backcast,
 * and a measured KCI's typed target the team's own.
 * Without members the team's targets are returned as they are.
 */
export function withMembers(
  model: Model,
  calendar: MonthCalendar,
  team: readonly NodeTargets[],
  report: (p: Problem) => void,
  locate: NodeLocator,
): { readonly members: MemberGoal[]; readonly nodes: NodeTargets[] } {
  if (model.members.length === 0) return { members: [], nodes: [...team] };
  checkAllocation(model, report, locate);
  const teamById = new Map(team.map((n) => [n.id, n]));
  const kgi = model.nodes.find((n) => n.level === 'KGI');
  const teamHypotheses = new Map(model.hypotheses.map((h) => [h.id as string, h.value]));
  const byNode = new Map<string, MemberTargets[]>(model.nodes.map((n) => [n.id, []]));
  const members: MemberGoal[] = [];
  for (const member of model.members) {
    const monthlyById = new Map<string, number>();
    const hypotheses = (name: string): number | undefined =>
      member.hypotheses[name] ?? teamHypotheses.get(name);
    for (const node of model.nodes) {
      let monthly: number | null = null;
      // A measured KCI's typed target is the team's own: it is not handed out.
      if (teamById.get(node.id)?.monthly !== null && teamById.get(node.id) !== undefined && (node.level === 'KGI' || !hasTypedTarget(node))) {
        if (node.level === 'KGI') monthly = memberKgi(member, node);
        else {
          const exact = memberRequirement(node, member, monthlyById, hypotheses, report, locate);
          monthly = exact === null ? null : node.round === 'up' ? requiredCount(exact) : exact;
        }
      }
      if (monthly !== null) monthlyById.set(node.id, monthly);
      byNode.get(node.id)?.push({ member: member.id, monthly, ...spread(node, monthly, calendar) });
    }
    members.push({
      id: member.id,
      name: member.name,
      kgi: kgi === undefined ? null : (monthlyById.get(kgi.id) ?? null),
    });
  }
  const nodes = team.map((t): NodeTargets => {
    const byMember = byNode.get(t.id) ?? [];
    const node = model.nodes.find((n) => n.id === t.id);
    if (node === undefined || hasTypedTarget(node) || !summedOverMembers(node) || t.monthly === null)
      return { ...t, byMember };
    const monthly = sum(byMember.map((m) => m.monthly));
    const weekly =
      t.weekly === null ? null : t.weekly.map((_, k) => sum(byMember.map((m) => m.weekly?.[k] ?? null)));
    return {
      ...t,
      byMember,
      monthly,
      perWorkday: monthly === null || calendar.workdays === 0 ? null : monthly / calendar.workdays,
      weekly: weekly !== null && weekly.every((w): w is number => w !== null) ? weekly : null,
    };
  });
  return { members, nodes };
}

/** Added up in member order, as the sheet's SUM does; null when a member's value is missing. */
function sum(values: readonly (number | null)[]): number | null {
  let total = 0;
  for (const v of values) {
    if (v === null) return null;
    total += v;
  }
  return total;
}

/** A member's requirement for a node: its backcast from the member's parent target and hypotheses. */
function memberRequirement(
  node: KpiNode,
  member: Member,
  monthlyById: ReadonlyMap<string, number>,
  hypotheses: (name: string) => number | undefined,
  report: (p: Problem) => void,
  locate: NodeLocator,
): number | null {
  const expr = node.backcast?.expr;
  if (!expr || node.parent === null) return null;
  if (collectNames(expr).includes(node.parent) && !monthlyById.has(node.parent)) return null;
  const result = evaluate(expr, (name) => (name === node.parent ? monthlyById.get(name) : hypotheses(name)));
  if (result.ok) return result.value;
  // The team's own backcast computed, so the member's own hypothesis values are the cause.
  const own = collectNames(expr).find(
    (name) => member.hypotheses[name] !== undefined && hypotheses(name) === 0,
  );
  const where =
    own !== undefined ? locate(memberKey(member.id), `hypotheses.${own}`) : locate(node.id, 'backcast');
  report({
    code: result.error.code === 'division-by-zero' ? 'division-by-zero' : 'unknown-name',
    severity: 'error',
    message:
      result.error.code === 'division-by-zero'
        ? { key: 'members.divisionByZero', params: { id: node.id, member: member.name, name: own ?? '-' } }
        : {
            key: 'members.evalError',
            params: { id: node.id, member: member.name, detail: describeEvalError(result.error) },
          },
    node: node.id,
    ...where,
  });
  return null;
}

/** Numbers in messages: thousands separators, at most two decimals, no float noise. */
const shown = (x: number): string =>
  Number(x.toPrecision(12)).toLocaleString('en-US', { maximumFractionDigits: 2 });

/**
 * Members given more than the team's KGI in all: an error at the member whose share or
 * target takes the sum past it (the team cannot promise less than its people do).
 */
function checkAllocation(model: Model, report: (p: Problem) => void, locate: NodeLocator): void {
  const allocation = allocationOf(model);
  if (allocation === null || !isOverAllocated(allocation)) return;
  let sum = 0;
  const past =
    allocation.parts.find((p) => (sum += p.amount) > allocation.team) ??
    allocation.parts[allocation.parts.length - 1];
  report({
    code: 'over-allocated-target',
    severity: 'error',
    message: {
      key: 'members.overAllocated',
      params: {
        allocated: shown(allocation.allocated),
        team: shown(allocation.team),
        over: shown(allocation.allocated - allocation.team),
        parts: allocation.parts.map((p) => `${p.member.name} ${shown(p.amount)}`).join(', '),
      },
    },
    ...locate(memberKey(past.member.id), past.member.target !== undefined ? 'target' : 'share'),
  });
}

/**
 * The targets one member carries, node by node in the tree's order, shaped like the
 * team's; the team's own for `null`, nothing for an id that is no member. What the
 * pane's Tree view and `backcast` show, and what review and 1on1 tabs read per member.
 */
export function targetsOfMember(
  backcast: Pick<BackcastResult, 'nodes' | 'members'>,
  member: string | null,
): NodeTargets[] {
  if (member === null) return [...backcast.nodes];
  const j = backcast.members.findIndex((m) => m.id === member);
  if (j < 0) return [];
  return backcast.nodes.map((n) => {
    const mine = n.byMember[j];
    return {
      ...n,
      monthly: mine?.monthly ?? null,
      perWorkday: mine?.perWorkday ?? null,
      weekly: mine?.weekly ?? null,
      byMember: [],
    };
  });
}
