/**
 * The plans measured: realistic trees of n nodes (revenue KGI split by team and owner, a
 * sales funnel under each owner; `tests/support/plans.ts`), as the YAML a person writes.
 */
import { planYaml, realisticPlan } from '../tests/support/plans';

/** The month every benchmark plans, unless it says otherwise. */
export const PLAN_MONTH = '2026-12';

export function planText(nodes: number, month: string = PLAN_MONTH): string {
  return planYaml(realisticPlan(nodes, { month }));
}
