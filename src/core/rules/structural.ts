import type { ProblemCode } from '../model/problem';
import type { RuleSeverity } from './types';

/**
 * The problems found while reading a plan or a workbook, as rules: their code is the
 * rule id. Those that stop a workbook from being built are always errors; the others
 * (e.g. a holiday outside the month) may be configured like any rule.
 */
export const STRUCTURAL_RULES = {
  'tree-cycle': 'error',
  'unknown-parent': 'error',
  'duplicate-id': 'error',
  'multiple-kgi': 'error',
  'unknown-name': 'error',
  'rate-out-of-range': 'error',
  'value-out-of-range': 'error',
  'division-by-zero': 'error',
  'invalid-id': 'error',
  'no-kgi': 'error',
  'kgi-parent': 'error',
  'missing-target': 'error',
  'missing-backcast': 'error',
  'expression-syntax': 'error',
  'invalid-month': 'error',
  'invalid-date': 'error',
  'no-workdays': 'error',
  'invalid-member': 'error',
  'over-allocated-target': 'error',
  'holiday-outside-month': 'warning',
  'calendar-data-range': 'warning',
  'file-unreadable': 'error',
  syntax: 'error',
  schema: 'error',
  sheet: 'error',
  refused: 'error',
} as const satisfies Record<ProblemCode, RuleSeverity>;

export type StructuralRuleId = keyof typeof STRUCTURAL_RULES;

export function isStructuralRule(id: string): id is StructuralRuleId {
  return Object.prototype.hasOwnProperty.call(STRUCTURAL_RULES, id);
}

/** A structural rule whose errors make `build` refuse: its severity cannot be lowered. */
export function isBlockingRule(id: string): boolean {
  return isStructuralRule(id) && STRUCTURAL_RULES[id] === 'error';
}

/** The rule id of configuration problems (unknown rule, bad threshold). */
export const CONFIG_RULE = 'checks-config';
