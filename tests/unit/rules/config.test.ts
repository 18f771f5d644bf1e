import { render } from '../../../src/core/i18n';
import { checksFromSettings, checksSettingsEntries, DEFAULT_THRESHOLDS, resolveConfig, RULES, THRESHOLD_NAMES } from '../../../src/core/rules';

describe('resolveConfig', () => {
  it('is the defaults with nothing set', () => {
    const c = resolveConfig();
    expect(c.severities).toEqual({});
    expect(c.thresholds).toEqual(DEFAULT_THRESHOLDS);
    expect(c.issues).toEqual([]);
  });

  it('applies layers in order: defaults ← plan ← workbook settings', () => {
    const c = resolveConfig(
      { rules: { 'too-many-kpis': 'off', 'missing-owner': 'error' }, thresholds: { max_children: 9 } },
      { rules: { 'too-many-kpis': 'warning' }, thresholds: { max_children: '4' } },
    );
    expect(c.severities).toEqual({ 'too-many-kpis': 'warning', 'missing-owner': 'error' });
    expect(c.thresholds.max_children).toBe(4);
    expect(c.thresholds.max_depth).toBe(DEFAULT_THRESHOLDS.max_depth);
  });

  it('takes `default` to mean the rule\'s own severity again, and ignores case and spaces', () => {
    const c = resolveConfig({ rules: { 'missing-owner': 'error' } }, { rules: { 'missing-owner': ' Default ', 'smart-specific': 'INFO' } });
    expect(c.severities).toEqual({ 'smart-specific': 'info' });
  });

  it('reports, and ignores, unknown rules and thresholds, bad values, and blocking rules turned down', () => {
    const c = resolveConfig({
      rules: { 'smart-specfic': 'off', 'smart-specific': 'loud', 'tree-cycle': 'warning', 'tree-cycle ': 'error', 'holiday-outside-month': 'off' },
      thresholds: { max_childs: 3, max_children: 2.5, rate_max: 0, max_target_ratio: 'x' },
    });
    expect(c.severities).toEqual({ 'holiday-outside-month': 'off' });
    expect(c.thresholds).toEqual(DEFAULT_THRESHOLDS);
    expect(c.issues.map((i) => i.field)).toEqual([
      'checks.rules.smart-specfic',
      'checks.rules.smart-specific',
      'checks.rules.tree-cycle',
      'checks.rules.tree-cycle ',
      'checks.thresholds.max_childs',
      'checks.thresholds.max_children',
      'checks.thresholds.rate_max',
      'checks.thresholds.max_target_ratio',
    ]);
    expect(render('en', c.issues[2].message)).toBe('The check "tree-cycle" cannot be set to warning: a workbook with this problem cannot be built, so it is always an error.');
    expect(render('ja', c.issues[5].message)).toBe('しきい値 "max_children" は 1 以上の整数 にしてください（2.5 は不可）: 既定値 7 を使います。');
  });
});

describe('settings sheet', () => {
  it('reads the checks rows of a Settings sheet', () => {
    const raw = checksFromSettings({ title: 'x', 'checks.rules.too-many-kpis': 'off', 'checks.thresholds.max_depth': '6', 'checks.rules.missing-owner': undefined });
    expect(raw).toEqual({ rules: { 'too-many-kpis': 'off' }, thresholds: { max_depth: '6' } });
    expect(resolveConfig(raw).thresholds.max_depth).toBe(6);
  });

  it('offers every rule and threshold, and reads its own rows back to the same config', () => {
    const config = resolveConfig({ rules: { 'too-many-kpis': 'off' }, thresholds: { max_depth: 6 } });
    const entries = checksSettingsEntries(config);
    expect(entries).toHaveLength(RULES.length + THRESHOLD_NAMES.length);
    expect(entries).toContainEqual({ key: 'checks.rules.too-many-kpis', value: 'off' });
    expect(entries).toContainEqual({ key: 'checks.rules.smart-measurable', value: 'default' });
    const back = resolveConfig(checksFromSettings(Object.fromEntries(entries.map((e) => [e.key, String(e.value)]))));
    expect(back.severities).toEqual(config.severities);
    expect(back.thresholds).toEqual(config.thresholds);
    expect(back.issues).toEqual([]);
  });
});
