import { activityResultBalance } from './activityResultBalance';
import { betterDirection } from './betterDirection';
import { duplicateMetric } from './duplicateMetric';
import { kdiNeedsResponse } from './kdiNeedsResponse';
import { missingOwner } from './missingOwner';
import { noLeadingIndicator } from './noLeadingIndicator';
import { smartAchievable } from './smartAchievable';
import { smartMeasurable } from './smartMeasurable';
import { smartRelevant } from './smartRelevant';
import { smartSpecific } from './smartSpecific';
import { smartTimeBound } from './smartTimeBound';
import { CONFIG_RULE, STRUCTURAL_RULES } from './structural';
import { tooManyChildren } from './tooManyChildren';
import { tooManyKpis } from './tooManyKpis';
import { treeTooDeep } from './treeTooDeep';
import type { Rule, RuleSeverity } from './types';
import { unallocatedTarget } from './unallocatedTarget';
import { uncontrollableKdi } from './uncontrollableKdi';
import { uncontrollableKpi } from './uncontrollableKpi';

/** Every rule that looks at the tree, in the order findings of equal rank are listed. */
export const RULES: readonly Rule[] = [
  smartSpecific,
  smartMeasurable,
  smartAchievable,
  smartRelevant,
  smartTimeBound,
  tooManyKpis,
  uncontrollableKdi,
  uncontrollableKpi,
  kdiNeedsResponse,
  activityResultBalance,
  missingOwner,
  noLeadingIndicator,
  tooManyChildren,
  treeTooDeep,
  duplicateMetric,
  betterDirection,
  unallocatedTarget,
];

/** Every rule id and its default severity: tree rules, structural rules, and the config check. */
export const DEFAULT_SEVERITIES: Readonly<Record<string, RuleSeverity>> = {
  ...Object.fromEntries(RULES.map((r) => [r.id, r.defaultSeverity])),
  ...STRUCTURAL_RULES,
  [CONFIG_RULE]: 'warning',
};

export const RULE_IDS: readonly string[] = Object.keys(DEFAULT_SEVERITIES);

export function isKnownRule(id: string): boolean {
  return Object.prototype.hasOwnProperty.call(DEFAULT_SEVERITIES, id);
}
