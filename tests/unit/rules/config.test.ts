import { render } from '../../../src/core/i18n';
import { checksFromSettings, checksSettingsEntries, configurableRules, DEFAULT_THRESHOLDS, resolveConfig, RULES, THRESHOLD_NAMES } from '../../../src/core/rules';

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
    expect(render('ja', c.issues[5].message)).toBe('しきい値「max_children」は 1 以上の整数 にしてください（2.5 は使えません）。既定値 7 を使います。');
  });
});

describe('settings sheet', () => {
  it('reads the checks rows of a Settings sheet', () => {
    const raw = checksFromSettings({ title: 'x', 'checks.rules.too-many-kpis': 'off', 'checks.thresholds.max_depth': '6', 'checks.rules.missing-owner': undefined, 'checks.rules.smart-specific': ' ' });
    expect(raw).toEqual({ rules: { 'too-many-kpis': 'off' }, thresholds: { max_depth: '6' } });
    expect(resolveConfig(raw).thresholds.max_depth).toBe(6);
  });

  it('offers every rule a team may tune and every threshold, blank where not set, and reads its own rows back', () => {
    const checks = { rules: { 'too-many-kpis': 'off' }, thresholds: { max_depth: 6 } };
    const entries = checksSettingsEntries(checks);
    const tunable = configurableRules().map((r) => r.id);
    expect(entries.map((e) => e.key)).toEqual([...tunable.map((id) => `checks.rules.${id}`), ...THRESHOLD_NAMES.map((n) => `checks.thresholds.${n}`)]);
    expect(tunable).toEqual(expect.arrayContaining([...RULES.map((r) => r.id), 'holiday-outside-month', 'checks-config']));
    // A blocking rule cannot be tuned, so the sheet does not offer it.
    expect(tunable).not.toContain('tree-cycle');
    expect(entries).toContainEqual(expect.objectContaining({ key: 'checks.rules.too-many-kpis', value: 'off' }));
    expect(entries).toContainEqual(expect.objectContaining({ key: 'checks.rules.smart-measurable', value: null }));
    expect(entries).toContainEqual(expect.objectContaining({ key: 'checks.thresholds.max_depth', value: 6 }));
    expect(entries).toContainEqual(expect.objectContaining({ key: 'checks.thresholds.max_children', value: null }));
    const cells = Object.fromEntries(entries.map((e) => [e.key, e.value === null ? undefined : String(e.value)]));
    const back = resolveConfig(checksFromSettings(cells));
    expect(back.severities).toEqual(resolveConfig(checks).severities);
    expect(back.thresholds).toEqual(resolveConfig(checks).thresholds);
    expect(back.issues).toEqual([]);
  });

  it('says in both languages what each row is and what its default is', () => {
    const entries = checksSettingsEntries({});
    const about = (key: string, lang: 'ja' | 'en'): string => render(lang, entries.find((e) => e.key === key)!.about);
    expect(about('checks.thresholds.max_children', 'en')).toBe('too-many-children: more children than this under one node. Blank: 7.');
    expect(about('checks.thresholds.max_children', 'ja')).toBe('子ノードが多すぎる：1つのノードの子がこの数を超えると指摘します。空欄は 7。');
    expect(about('checks.rules.smart-measurable', 'en')).toContain('Blank: the default (warning, error where serious)');
    expect(about('checks.rules.activity-result-balance', 'ja')).toContain('空欄は既定（info）');
  });

  it('keeps settings this version does not know, so the sheet does not lose them and the checks report them', () => {
    const entries = checksSettingsEntries({ rules: { 'smart-specfic': 'off' }, thresholds: { max_childs: '3' } });
    expect(entries).toContainEqual({ key: 'checks.rules.smart-specfic', value: 'off', about: { key: 'rules.settings.unknown' } });
    expect(entries).toContainEqual({ key: 'checks.thresholds.max_childs', value: 3, about: { key: 'rules.settings.unknown' } });
  });
});
