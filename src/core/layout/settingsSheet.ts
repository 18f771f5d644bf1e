import type { LayoutContext } from './context';
import type { Cell, SheetSpec } from './spec';

export const SETTINGS = { headerRow: 4, firstRow: 5 } as const;
export const WORKBOOK_FORMAT_VERSION = 1;

/** The plan's own settings, kept in the workbook so it can be read back without the plan file. */
export function layoutSettingsSheet(ctx: LayoutContext): SheetSpec {
  const m = ctx.model;
  const entry = (key: string, value: string | number, about: Parameters<LayoutContext['tr']>[0], input: boolean): (Cell | null)[] => [
    { v: key, s: 'id' },
    input ? { v: value, s: 'inputText', input: true } : { v: value, s: 'text' },
    { v: ctx.tr(about), s: 'muted' },
  ];
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
    ],
    widths: [14, 28, 60],
    validations: [],
    conditionalFormats: [],
    tabColor: 'A5A5A5',
  };
}
