import { bin, call, name, num, str, type Formula } from '../formula/ast';
import {
  hypothesisName,
  MEMBER_NODES,
  memberMonthlyName,
  memberWeeklyName,
  roundUpCount,
  targetName,
  WEEKS,
} from './formulas';

/**
 * The live formulas of the members' targets, side by side with `members.ts`, which
 * computes the same numbers.
 */

/**
 * A member's KGI: their own target when one is typed, else their share of the team's KGI
 * (rounded up for counts), else blank: `IF(ISNUMBER(target),target,IF(ISNUMBER(share),share*T_kgi,""))`.
 */
export function memberKgiFormula(
  cells: { share: Formula; target: Formula },
  kgiId: string,
  round: 'up' | 'none',
): Formula {
  const part = bin('*', cells.share, name(targetName(kgiId)));
  return call(
    'IF',
    call('ISNUMBER', cells.target),
    cells.target,
    call('IF', call('ISNUMBER', cells.share), round === 'up' ? roundUpCount(part) : part, str('')),
  );
}

/** A member's value of a hypothesis: their own where they typed one, else the team's `H_`. */
export function ownHypothesis(override: Formula, id: string): Formula {
  return call('IF', call('ISNUMBER', override), override, name(hypothesisName(id)));
}

/** A member's monthly target of a node, from anywhere in the workbook: `INDEX(MT_m, MATCH("calls", MEMBER_NODES, 0))`. */
export function memberMonthlyOf(memberId: string, nodeId: string): Formula {
  return call(
    'INDEX',
    name(memberMonthlyName(memberId)),
    call('MATCH', str(nodeId), name(MEMBER_NODES), num(0)),
  );
}

/** A member's target of a node in one ISO week, from anywhere in the workbook (review and 1on1 tabs). */
export function memberWeekTargetOf(memberId: string, nodeId: string, week: string): Formula {
  return call(
    'INDEX',
    name(memberWeeklyName(memberId)),
    call('MATCH', str(nodeId), name(MEMBER_NODES), num(0)),
    call('MATCH', str(week), name(WEEKS), num(0)),
  );
}
