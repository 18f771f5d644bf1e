/**
 * The plans measured: realistic trees of n nodes (revenue KGI split by team and owner, a
 * sales funnel under each owner; `tests/support/plans.ts`), as the YAML a person writes;
 * and the same tree handed out to the members of a team (`members:`), as a team keeps it.
 */
import type { PlanInput } from '../src/core/model/planSchema';
import { planYaml, realisticPlan } from '../tests/support/plans';

/** The month every benchmark plans, unless it says otherwise. */
export const PLAN_MONTH = '2026-12';

export function planText(nodes: number, month: string = PLAN_MONTH): string {
  return planYaml(realisticPlan(nodes, { month }));
}

const MEMBER_NAMES = ['山田', '佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林', '加藤', '吉田'];

/**
 * The members of a team of `count`: ids `m01`, `m02`, …, Japanese names (numbered once the
 * list runs out), and shares of the team's goal in thousandths that add up to exactly 1000
 * (the first member takes what does not divide evenly).
 */
export function teamMembers(count: number): NonNullable<PlanInput['members']> {
  const each = Math.floor(1000 / count);
  return Array.from({ length: count }, (_, i) => {
    const round = Math.floor(i / MEMBER_NAMES.length);
    return {
      id: `m${String(i + 1).padStart(2, '0')}`,
      name: `${MEMBER_NAMES[i % MEMBER_NAMES.length]}${round === 0 ? '' : round + 1}`,
      share: (i === 0 ? 1000 - each * (count - 1) : each) / 1000,
    };
  });
}

/** A realistic plan of `nodes` nodes whose goal is handed out to a team of `members`. */
export function teamPlanText(nodes: number, members: number, month: string = PLAN_MONTH): string {
  return planYaml({ ...realisticPlan(nodes, { month }), members: teamMembers(members) });
}
