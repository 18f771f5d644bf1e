import type { WorkbookAnalysis } from '../core/analyze';
import type { MemberGoal, NodeTargets } from '../core/backcast/compute';
import { targetsOfMember } from '../core/backcast/members';
import { memberActualsToDate } from '../core/review/memberToDate';

/** The members whose targets can be shown, with the KGI each carries, in the member table's order; empty for a team without members. */
export function membersOf(analysis: Pick<WorkbookAnalysis, 'backcast'>): readonly MemberGoal[] {
  return analysis.backcast?.members ?? [];
}

/**
 * Every node's targets — monthly, per working day, per ISO week — for one member, or for
 * the whole team (`null`): what the pane's Tree view shows for the member chosen. A
 * member no longer in the workbook (removed since it was chosen) gives the team's.
 */
export function targetsShown(
  analysis: Pick<WorkbookAnalysis, 'backcast'>,
  member: string | null,
): readonly NodeTargets[] {
  const backcast = analysis.backcast;
  if (backcast === null) return [];
  const known = member !== null && backcast.members.some((m) => m.id === member);
  return targetsOfMember(backcast, known ? member : null);
}

/**
 * A member's actuals of the month so far, by node id, summed from their own columns of the
 * month's review tabs: what the pane's Tree view shows beside their targets. Empty for the
 * whole team (`null`), someone no longer on it, or a workbook without a readable tree.
 */
export function actualsShown(
  analysis: Pick<WorkbookAnalysis, 'model' | 'data'>,
  member: string | null,
): ReadonlyMap<string, number> {
  if (member === null || analysis.model === null) return new Map();
  return memberActualsToDate(analysis.model, analysis.data, member);
}
