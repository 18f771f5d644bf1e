import type { LocalizedText, MessageKey, MessageParams } from '../i18n';
import type { ChecksConfig } from '../model/types';
import { readTypedNumber } from '../num/typedNumber';
import { isKnownRule } from './registry';
import { isBlockingRule } from './structural';
import { DEFAULT_THRESHOLDS, isThresholdName, THRESHOLD_KIND, THRESHOLD_NAMES, validThreshold, type ThresholdName, type Thresholds } from './thresholds';
import type { RuleSeverity, SeveritySetting } from './types';

/**
 * Checks settings as written by people: the plan's `checks:` block (already typed by the
 * schema) or the workbook's Settings sheet (text). Everything is validated here.
 */
export interface RawChecks {
  readonly rules?: Readonly<Record<string, string>>;
  readonly thresholds?: Readonly<Record<string, number | string>>;
}

/** A setting that was ignored, and where it was written (`checks.rules.smart-specfic`). */
export interface ConfigIssue {
  readonly message: LocalizedText;
  readonly field: string;
}

export interface LintConfig {
  /** Severities people set; a rule not listed uses its own (default or graded) severity. */
  readonly severities: Readonly<Record<string, SeveritySetting>>;
  readonly thresholds: Thresholds;
  readonly issues: readonly ConfigIssue[];
}

/** `default` (settings sheet only) means the rule's own severity, graded where the rule grades. */
const SEVERITIES: readonly string[] = ['off', 'info', 'warning', 'error', 'default'];

/**
 * Defaults ← each layer in turn (e.g. the plan's `checks:`, then the workbook's settings).
 * Unknown rules and thresholds, bad values, and attempts to lower a rule that blocks the
 * build are reported as issues and ignored, never thrown.
 */
export function resolveConfig(...layers: readonly (RawChecks | ChecksConfig | undefined)[]): LintConfig {
  const severities: Record<string, SeveritySetting> = {};
  const thresholds: Record<ThresholdName, number> = { ...DEFAULT_THRESHOLDS };
  const issues: ConfigIssue[] = [];
  const issue = (field: string, key: MessageKey, params: MessageParams): void => {
    issues.push({ field, message: { key, params } });
  };
  for (const layer of layers) {
    if (layer === undefined) continue;
    for (const [rule, raw] of Object.entries(layer.rules ?? {})) {
      const field = `checks.rules.${rule}`;
      const value = String(raw).trim().toLowerCase();
      if (!isKnownRule(rule)) issue(field, 'rules.config.unknownRule', { rule });
      else if (!SEVERITIES.includes(value)) issue(field, 'rules.config.badSeverity', { rule, value: String(raw) });
      else if (isBlockingRule(rule) && value !== 'error') issue(field, 'rules.config.fixedSeverity', { rule, severity: value });
      else if (value === 'default') delete severities[rule];
      else severities[rule] = value as SeveritySetting;
    }
    for (const [name, raw] of Object.entries(layer.thresholds ?? {})) {
      const field = `checks.thresholds.${name}`;
      if (!isThresholdName(name)) {
        issue(field, 'rules.config.unknownThreshold', { name, known: THRESHOLD_NAMES.join(', ') });
        continue;
      }
      const value = typeof raw === 'number' ? raw : typedValue(String(raw));
      const kind = THRESHOLD_KIND[name];
      if (String(raw).trim() === '' || !validThreshold(kind, value)) {
        issue(field, 'rules.config.badThreshold', { name, value: String(raw), default: DEFAULT_THRESHOLDS[name], expected: { key: `rules.config.expected.${kind}` } });
        continue;
      }
      thresholds[name] = value;
    }
  }
  return { severities, thresholds, issues };
}

/** The severity of one finding: `off`, what people set, else the rule's own grading. */
export function severityOf(config: LintConfig, rule: string, intrinsic: RuleSeverity): SeveritySetting {
  return config.severities[rule] ?? intrinsic;
}

/** A threshold typed as text: its number when it means one (`1,000`), else NaN (reported as a bad threshold). */
function typedValue(text: string): number {
  const read = readTypedNumber(text);
  return read?.ok ? read.value : Number.NaN;
}
