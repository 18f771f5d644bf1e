import type { LocalizedText } from '../i18n';

export type Severity = 'error' | 'warning' | 'info';

/**
 * Codes of the problems found while reading a plan or a workbook. The structural
 * codes are also the ids of the matching lint rules, so a damaged tree read back from
 * a workbook becomes findings instead of a crash.
 */
export type ProblemCode =
  | 'file-unreadable'
  | 'syntax'
  | 'schema'
  | 'invalid-id'
  | 'duplicate-id'
  | 'multiple-kgi'
  | 'no-kgi'
  | 'kgi-parent'
  | 'unknown-parent'
  | 'tree-cycle'
  | 'missing-target'
  | 'missing-backcast'
  | 'expression-syntax'
  | 'unknown-name'
  | 'division-by-zero'
  | 'rate-out-of-range'
  /** A number no plan should have: a KGI target of 0 or less, a negative target, more than a sheet holds. */
  | 'value-out-of-range'
  | 'invalid-month'
  | 'invalid-date'
  | 'holiday-outside-month'
  | 'no-workdays'
  | 'calendar-data-range'
  /** A member without a share or target, with both, or with a share outside 0–1. */
  | 'invalid-member'
  /** Members given more than the team's KGI in all. */
  | 'over-allocated-target'
  | 'sheet'
  /** An operation refused what it was asked (a missing argument, a week outside the plan, no tree). */
  | 'refused';

/** One problem, located as precisely as the source allows. */
export interface Problem {
  readonly code: ProblemCode;
  readonly severity: Severity;
  readonly message: LocalizedText;
  /** The node or hypothesis id concerned. */
  readonly node?: string;
  /** The field concerned, as a path into the plan (`kpis[3].backcast`, `month`). */
  readonly field?: string;
  /** 1-based line in the plan file, when the parser gives one. */
  readonly line?: number;
  /** Sheet-qualified A1 address, when read from a workbook (`'KPI Tree'!D12`). */
  readonly cell?: string;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
