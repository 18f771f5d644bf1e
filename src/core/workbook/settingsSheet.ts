import { render } from '../i18n';
import { checksSettingsEntries, SETTINGS_RULE_PREFIX, SETTINGS_SEVERITIES } from '../rules/settings';
import { range } from '../layout/a1';
import type { LayoutContext } from '../layout/context';
import type { Cell, SheetSpec, Validation } from '../layout/spec';
import { coverageOf } from './milestones';
import { DEFAULT_TRUST } from '../model/calibration';

export const SETTINGS = { headerRow: 4, firstRow: 5 } as const;
/** The Settings rows of the review's outlook thresholds. */
export const OUTLOOK_KEYS = { onTrack: 'review.on_track', atRisk: 'review.at_risk' } as const;
/** The Settings row of the day-10 milestone's coverage multiple. */
export const COVERAGE_KEY = 'milestones.coverage';
/** The Settings rows of when an observed rate is trusted enough to replace its hypothesis (`kpi-tree calibrate`). */
export const CALIBRATE_KEYS = { minSample: 'calibrate.min_sample', maxWidth: 'calibrate.max_width' } as const;
/** Rows of the settings formulas point at. */
export const SETTINGS_ROWS = { coverage: SETTINGS.firstRow + 7 } as const;
export const WORKBOOK_FORMAT_VERSION = 1;

/**
 * The plan's own settings, kept in the workbook so it can be read back without the plan
 * file, and the checks settings (`checks.rules.<id>`, `checks.thresholds.<name>`) a team
 * tunes here as in the plan's `checks:` block.
 */
export function layoutSettingsSheet(ctx: LayoutContext): SheetSpec {
  const m = ctx.model;
  const entry = (key: string, value: string | number, about: Parameters<LayoutContext['tr']>[0], input: boolean): (Cell | null)[] => [
    { v: key, s: 'id' },
    input ? { v: value, s: 'inputText', input: true } : { v: value, s: 'text' },
    { v: ctx.tr(about), s: 'muted' },
  ];
  const settingFromModel = (key: string, value: number, about: Parameters<LayoutContext['tr']>[0]): (Cell | null)[] => [
    { v: key, s: 'id' },
    { v: value, s: 'inputText' },
    { v: ctx.tr(about), s: 'muted' },
  ];
  const checks = checksSettingsEntries(m.checks);
  // The rule rows come first and stand together: one dropdown of severities for all of them.
  const firstCheck = SETTINGS_ROWS.coverage + 3;
  const ruleRows = checks.filter((c) => c.key.startsWith(SETTINGS_RULE_PREFIX)).length;
  const validations: Validation[] =
    ruleRows === 0 ? [] : [{ range: range(firstCheck, 2, firstCheck + ruleRows - 1, 2), type: 'list', values: [...SETTINGS_SEVERITIES] }];
  return {
    key: 'settings',
    name: ctx.sheetName('settings'),
    rows: [
      [{ v: ctx.tr('sheet.settings.title'), s: 'title' }],
      [{ v: ctx.tr('sheet.settings.subtitle'), s: 'subtitle' }],
      [],
      [
        { v: ctx.tr('sheet.settings.col.key'), s: 'header' },
        { v: ctx.tr('sheet.settings.col.value'), s: 'header' },
        { v: ctx.tr('sheet.settings.col.about'), s: 'header' },
      ],
      entry('version', WORKBOOK_FORMAT_VERSION, 'sheet.settings.version', false),
      entry('title', m.title, 'sheet.settings.titleKey', true),
      entry('month', m.month, 'sheet.settings.month', false),
      entry('holidays', m.calendar.holidays, 'sheet.settings.holidays', true),
      entry('lang', ctx.lang, 'sheet.settings.lang', false),
      entry(OUTLOOK_KEYS.onTrack, m.outlook?.onTrack ?? 1, 'sheet.settings.onTrack', true),
      entry(OUTLOOK_KEYS.atRisk, m.outlook?.atRisk ?? 0.9, 'sheet.settings.atRisk', true),
      entry(COVERAGE_KEY, coverageOf(m.milestones), 'sheet.settings.coverage', true),
      // Written from the model (which read them from this sheet), as the checks rows are: the rows
      // below coverage moved down by two when these were added, and a key and its value never part.
      settingFromModel(CALIBRATE_KEYS.minSample, m.calibration?.minSample ?? DEFAULT_TRUST.minSample, 'sheet.settings.calibrateMinSample'),
      settingFromModel(CALIBRATE_KEYS.maxWidth, m.calibration?.maxWidth ?? DEFAULT_TRUST.maxWidth, 'sheet.settings.calibrateMaxWidth'),
      ...checks.map((c): (Cell | null)[] => [
        { v: c.key, s: 'id' },
        // Written from the model (which read them from this sheet), so a key and its value never part.
        { v: c.value, s: 'inputText' },
        { v: render(ctx.lang, c.about), s: 'muted' },
      ]),
    ],
    widths: [34, 28, 60],
    validations,
    conditionalFormats: [],
    tabColor: 'A5A5A5',
  };
}
