import type { LocalizedText, MessageKey } from '../i18n';
import type { ChecksConfig } from '../model/types';
import { readTypedNumber } from '../num/typedNumber';
import type { RawChecks } from './config';
import { RULES } from './registry';
import { CONFIG_RULE, STRUCTURAL_RULES } from './structural';
import { DEFAULT_THRESHOLDS, THRESHOLD_NAMES, type ThresholdName } from './thresholds';
import { ruleTitle } from './titles';
import type { RuleSeverity } from './types';

/** Settings-sheet keys, the same paths as the plan: `checks.rules.<id>`, `checks.thresholds.<name>`. */
export const SETTINGS_RULE_PREFIX = 'checks.rules.';
export const SETTINGS_THRESHOLD_PREFIX = 'checks.thresholds.';

/** What each threshold row of the settings sheet says about itself. */
const THRESHOLD_ABOUT: Readonly<Record<ThresholdName, MessageKey>> = {
  min_name_length: 'rules.settings.threshold.minNameLength',
  max_target_ratio: 'rules.settings.threshold.maxTargetRatio',
  rate_min: 'rules.settings.threshold.rateMin',
  rate_max: 'rules.settings.threshold.rateMax',
  max_kpis_per_owner: 'rules.settings.threshold.maxKpisPerOwner',
  error_kpis_per_owner: 'rules.settings.threshold.errorKpisPerOwner',
  max_nodes_per_level: 'rules.settings.threshold.maxNodesPerLevel',
  max_kpis_in_tree: 'rules.settings.threshold.maxKpisInTree',
  error_kpis_in_tree: 'rules.settings.threshold.errorKpisInTree',
  max_children: 'rules.settings.threshold.maxChildren',
  max_depth: 'rules.settings.threshold.maxDepth',
};

/** What a severity cell of the settings sheet accepts; blank or `default` is the rule's own. */
export const SETTINGS_SEVERITIES = ['off', 'info', 'warning', 'error', 'default'] as const;

/**
 * Rules a team may tune: every tree rule, the structural problems that do not stop a
 * build, and the check of the settings themselves. Blocking structural rules are always
 * errors and are not offered.
 */
export function configurableRules(): { id: string; severity: RuleSeverity; graded?: RuleSeverity }[] {
  const structural = Object.entries(STRUCTURAL_RULES)
    .filter(([, severity]) => severity !== 'error')
    .map(([id, severity]) => ({ id, severity }));
  return [
    ...RULES.map((r) => ({
      id: r.id,
      severity: r.defaultSeverity,
      ...(r.graded ? { graded: r.graded } : {}),
    })),
    ...structural,
    { id: CONFIG_RULE, severity: 'warning' as const },
  ];
}

/** The checks settings among a Settings sheet's key/value rows (for the workbook reader). */
export function checksFromSettings(values: Readonly<Record<string, string | undefined>>): ChecksConfig {
  const rules: Record<string, string> = {};
  const thresholds: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value.trim() === '') continue;
    if (key.startsWith(SETTINGS_RULE_PREFIX)) rules[key.slice(SETTINGS_RULE_PREFIX.length)] = value;
    else if (key.startsWith(SETTINGS_THRESHOLD_PREFIX))
      thresholds[key.slice(SETTINGS_THRESHOLD_PREFIX.length)] = value;
  }
  return { rules, thresholds };
}

export interface ChecksSettingsEntry {
  readonly key: string;
  /** As configured; null (a blank cell) means the default. */
  readonly value: string | number | null;
  readonly about: LocalizedText;
}

/**
 * The rows a Settings sheet offers so a team can agree on its practice: every rule it may
 * tune and every threshold, each with what it is set to (blank: the default, named in the
 * description). Settings written somewhere else (a rule this version does not know) are
 * listed after, as written, so the sheet keeps them and the checks report them.
 */
export function checksSettingsEntries(checks: RawChecks): ChecksSettingsEntry[] {
  const rules = checks.rules ?? {};
  const thresholds = checks.thresholds ?? {};
  // Text that means one number only (`1,000`, not `1,5` or `0x10`) is written back as that number.
  const asNumber = (v: string | number): string | number => {
    const read = typeof v === 'string' ? readTypedNumber(v) : undefined;
    return read?.ok ? read.value : v;
  };
  const offered = configurableRules();
  const known = new Set(offered.map((r) => r.id));
  const entries: ChecksSettingsEntry[] = offered.map((r): ChecksSettingsEntry => {
    const titleKey = ruleTitle(r.id);
    const title: LocalizedText | string = titleKey === undefined ? r.id : { key: titleKey };
    const about: LocalizedText = r.graded
      ? { key: 'rules.settings.ruleGraded', params: { title, default: r.severity, graded: r.graded } }
      : { key: 'rules.settings.rule', params: { title, default: r.severity } };
    return { key: `${SETTINGS_RULE_PREFIX}${r.id}`, value: rules[r.id] ?? null, about };
  });
  for (const [id, value] of Object.entries(rules)) {
    if (!known.has(id))
      entries.push({ key: `${SETTINGS_RULE_PREFIX}${id}`, value, about: { key: 'rules.settings.unknown' } });
  }
  for (const name of THRESHOLD_NAMES) {
    const value = thresholds[name];
    entries.push({
      key: `${SETTINGS_THRESHOLD_PREFIX}${name}`,
      value: value === undefined ? null : asNumber(value),
      about: { key: THRESHOLD_ABOUT[name], params: { default: DEFAULT_THRESHOLDS[name] } },
    });
  }
  for (const [name, value] of Object.entries(thresholds)) {
    if (!(THRESHOLD_NAMES as readonly string[]).includes(name))
      entries.push({
        key: `${SETTINGS_THRESHOLD_PREFIX}${name}`,
        value: asNumber(value),
        about: { key: 'rules.settings.unknown' },
      });
  }
  return entries;
}
