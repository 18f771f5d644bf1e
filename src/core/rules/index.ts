/** The checks: a KPI linter with SMART, focus, controllability and structure rules. */
export type {
  CellTarget,
  ChangeableField,
  Finding,
  Fix,
  HypothesisField,
  NodeField,
  Rule,
  RuleContext,
  RuleHit,
  RuleSeverity,
  SeveritySetting,
  TreeChange,
} from './types';
export { SEVERITY_ORDER } from './types';
export { lint, sortFindings, countBySeverity, hasErrorFindings, type LintOptions } from './lint';
export { lintModel, type LintModelOptions } from './lintModel';
export {
  resolveConfig,
  severityOf,
  type ConfigIssue,
  type LintConfig,
  type RawChecks,
} from './config';
export {
  checksFromSettings,
  checksSettingsEntries,
  configurableRules,
  SETTINGS_RULE_PREFIX,
  SETTINGS_SEVERITIES,
  SETTINGS_THRESHOLD_PREFIX,
  type ChecksSettingsEntry,
} from './settings';
export { RULES, RULE_IDS, DEFAULT_SEVERITIES, isKnownRule } from './registry';
export { STRUCTURAL_RULES, CONFIG_RULE, isBlockingRule, isStructuralRule } from './structural';
export { DEFAULT_THRESHOLDS, THRESHOLD_NAMES, type ThresholdName, type Thresholds } from './thresholds';
export { cellLayout, findingCell, type CellLayout, type CellLayoutOptions } from './cells';
/** Sheet-qualified addresses, as findings give them; written and read in layout/a1. */
export { parseSheetAddress, sheetAddress } from '../layout/a1';
export { safeFixes, applyTreeChanges, changeCellValue } from './fixes';
// Plan text is rewritten by `./planFix`, imported where it is needed: it brings a YAML reader,
// which the task pane's first view, reading the checks from here, does without.
export { findingsText, findingsJson, findingJson, findingLocation, ruleName, severityLabel, summaryText } from './report';
export { VAGUE_WORDS, UNCONTROLLABLE_WORDS, OUTSIDE_FACTOR_WORDS, findVagueWord, findUncontrollableWord, findOutsideFactor } from './words';
export { RESPONSE_OUTCOMES, ACTIVITY_WORDS, findResponseOutcome } from './responseOutcomes';
export { ruleTitle } from './titles';
