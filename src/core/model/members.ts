import type { KpiNode, Member, Model } from './types';
import { nfkc } from '../text/nfkc';

/**
 * The longest member id: the workbook names each member's cells `MK_<id>`, `MT_<id>`,
 * `MD_<id>` and `MW_<id>`, which must stay within a spreadsheet's 255 characters.
 */
export const MAX_MEMBER_ID_LENGTH = 252;

/** Float noise allowed when shares are added up (0.1 + 0.2 is not 0.3 in binary). */
const TOLERANCE = 1e-9;

/** What a member is given of the team's KGI before rounding: their own target, else their share of it. */
export function allocatedTo(member: Member, teamKgi: number): number | null {
  if (member.target !== undefined) return member.target;
  if (member.share !== undefined) return member.share * teamKgi;
  return null;
}

/** How the team's KGI is handed out: each member's part, their sum, and what is left over (negative: too much). */
export interface Allocation {
  readonly team: number;
  readonly parts: readonly { readonly member: Member; readonly amount: number }[];
  readonly allocated: number;
  readonly unallocated: number;
}

/** The allocation of the team's KGI among the members; null without members or without a KGI target. */
export function allocationOf(model: Pick<Model, 'members' | 'nodes'>): Allocation | null {
  const team = model.nodes.find((n) => n.level === 'KGI')?.target;
  if (model.members.length === 0 || team === undefined || !Number.isFinite(team)) return null;
  const parts: { member: Member; amount: number }[] = [];
  for (const member of model.members) {
    const amount = allocatedTo(member, team);
    if (amount !== null) parts.push({ member, amount });
  }
  const allocated = parts.reduce((sum, p) => sum + p.amount, 0);
  return { team, parts, allocated, unallocated: team - allocated };
}

/** Whether an allocation hands out more than the team's KGI (beyond float noise). */
export function isOverAllocated(a: Allocation): boolean {
  return a.allocated - a.team > TOLERANCE * Math.max(1, Math.abs(a.team));
}

/** Whether an allocation leaves part of the team's KGI to nobody (beyond float noise). */
export function isUnderAllocated(a: Allocation): boolean {
  return a.team - a.allocated > TOLERANCE * Math.max(1, Math.abs(a.team));
}

const ownerKey = (s: string): string => nfkc(s).replace(/\s+/g, '').toLowerCase();

/**
 * The member an owner cell names, by id or by name (ignoring case, spaces and
 * full-width forms): `yamada`, `Yamada` and `山田` are the same person when the member
 * table says so. Undefined when the owner is nobody on the team.
 */
export function memberFinder(members: readonly Member[]): (owner: string | undefined) => Member | undefined {
  const byKey = new Map<string, Member>();
  for (const m of members) {
    for (const key of [ownerKey(m.id), ownerKey(m.name)]) if (!byKey.has(key)) byKey.set(key, m);
  }
  // A plan without members has nobody to find: no owner needs its key made.
  if (byKey.size === 0) return () => undefined;
  return (owner) => (owner === undefined ? undefined : byKey.get(ownerKey(owner)));
}

/**
 * Whether a node's team target is the sum of its members' targets. Quantities add up
 * (revenue, contracts, calls); a rate does not: each member keeps their own rate and the
 * team keeps the rate of its own backcast.
 */
export function summedOverMembers(node: Pick<KpiNode, 'aggregate'>): boolean {
  return node.aggregate === 'sum';
}
