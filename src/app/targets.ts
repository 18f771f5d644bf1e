import type { BackcastResult } from '../core/backcast/compute';
import type { Lang } from '../core/i18n';
import { hasErrors, type Problem } from '../core/model/problem';
import { computeTargets } from '../core/backcast/targets';
import { lintModel, type Finding } from '../core/rules';
import type { PlanInput } from './context';
import { OperationError } from './errors';

/**
 * The targets a plan requires — monthly, per working day, per ISO week — or the errors
 * that keep it from having any (`kpi-tree backcast`, and the check `build` makes before
 * it opens the file it would write).
 */
export function targetsOf(plan: PlanInput): {
  readonly backcast: BackcastResult;
  readonly problems: readonly Problem[];
} {
  const computed = computeTargets(plan.model, plan.locate);
  const problems = [...(plan.problems ?? []), ...computed.problems];
  if (hasErrors(problems) || computed.backcast === null)
    throw OperationError.ofErrors(problems, plan.model.lang);
  return { backcast: computed.backcast, problems };
}

/** Every check's findings on a plan, each at its field and line (`kpi-tree lint PLAN`). */
export function checkPlan(plan: PlanInput, lang: Lang): Finding[] {
  return lintModel(plan.model, { problems: plan.problems ?? [], locate: plan.locate, lang });
}
