import type { MonthCalendar } from '../calendar';
import type { Problem } from '../model/problem';
import type { Aggregate, KpiNode } from '../model/types';
import type { UnitKind } from '../model/units';

/** A member and the KGI they carry (null when it cannot be computed). */
export interface MemberGoal {
  readonly id: string;
  readonly name: string;
  readonly kgi: number | null;
}

/** One member's targets of one node: what the member sheet's cells show. */
export interface MemberTargets {
  readonly member: string;
  /** The monthly target: rounded up for counts, from the member's own KGI and hypotheses. */
  readonly monthly: number | null;
  readonly perWorkday: number | null;
  /** Per ISO week, in the calendar's order; whole numbers for counts. */
  readonly weekly: readonly number[] | null;
}

/** The members' targets of a node in a tree without members: one list for every node. */
export const NO_MEMBERS: readonly MemberTargets[] = Object.freeze([]);

/** The targets of one node: what the sheet's T_, D_ and W_ cells must show. */
export interface NodeTargets {
  readonly id: string;
  readonly level: KpiNode['level'];
  readonly name: string;
  readonly unit?: string;
  readonly unitKind: UnitKind;
  readonly round: 'up' | 'none';
  /** A sum is split across the weeks and days; an average (a rate, a unit price) holds for each. */
  readonly aggregate: Aggregate;
  /** The requirement before rounding. */
  readonly exact: number | null;
  /** The monthly target (T_): rounded up for counts. Null for qualitative nodes or on error. */
  readonly monthly: number | null;
  /** Per working day (D_): monthly ÷ working days, never rounded; an average's is the monthly value itself. */
  readonly perWorkday: number | null;
  /** Per ISO week (W_), in the calendar's week order; whole numbers for counts. */
  readonly weekly: readonly number[] | null;
  /**
   * The team's own backcast, from its KGI and hypotheses. Without members it is `monthly`;
   * with members a quantity's `monthly` is the members' targets added up instead.
   */
  readonly teamBackcast: number | null;
  /** Each member's targets, in the order of `BackcastResult.members`; empty without members. */
  readonly byMember: readonly MemberTargets[];
}

export interface BackcastResult {
  readonly calendar: MonthCalendar;
  readonly nodes: readonly NodeTargets[];
  /** The team's members with the KGI each carries, in the plan's order; empty without members. */
  readonly members: readonly MemberGoal[];
  readonly problems: Problem[];
}

/** Each node's targets by id, made once per result: the tree sheet, the member sheet and the checks share it. */
export function targetsById(backcast: Pick<BackcastResult, 'nodes'>): ReadonlyMap<string, NodeTargets> {
  let byId = TARGETS.get(backcast.nodes);
  if (byId === undefined) TARGETS.set(backcast.nodes, (byId = new Map(backcast.nodes.map((n) => [n.id as string, n]))));
  return byId;
}
const TARGETS = new WeakMap<readonly NodeTargets[], ReadonlyMap<string, NodeTargets>>();

/**
 * The targets of `nodes[at]`, for a tree in the order its backcast was computed in: the
 * backcast lists the nodes in that order, so each is found by its place, and by id (the
 * map made then, once) only where a node does not stand where its targets do.
 */
export function targetsByPlace(
  backcast: Pick<BackcastResult, 'nodes'>,
  nodes: readonly Pick<KpiNode, 'id'>[],
): (at: number) => NodeTargets | undefined {
  return (at) => {
    const inOrder = backcast.nodes[at];
    const id = nodes[at]?.id;
    if (inOrder !== undefined && inOrder.id === id) return inOrder;
    return id === undefined ? undefined : targetsById(backcast).get(id);
  };
}
