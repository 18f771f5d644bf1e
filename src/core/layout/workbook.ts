import type { BackcastResult } from '../backcast/compute';
import type { Lang } from '../i18n';
import type { Model } from '../model/types';
import { layoutCalendarSheet } from './calendarSheet';
import { layoutContext } from './context';
import { layoutHypothesesSheet } from './hypothesesSheet';
import { layoutSettingsSheet } from './settingsSheet';
import type { StyleKey, WorkbookSpec } from './spec';
import { collectStyles } from './styles';
import { layoutTreeSheet } from './treeSheet';

/** The whole generated workbook: KPI tree, hypotheses, calendar and settings. */
export function layoutWorkbook(model: Model, backcast: BackcastResult, lang: Lang): WorkbookSpec {
  const ctx = layoutContext(model, backcast, lang);
  const calendar = layoutCalendarSheet(ctx);
  const tree = layoutTreeSheet(ctx, calendar);
  const hypotheses = layoutHypothesesSheet(ctx);
  const settings = layoutSettingsSheet(ctx);
  const sheets = [tree.sheet, hypotheses.sheet, calendar.sheet, settings];
  const keys = new Set<StyleKey>();
  for (const sheet of sheets) for (const r of sheet.rows) for (const c of r) if (c?.s) keys.add(c.s);
  return { sheets, names: [...tree.names, ...hypotheses.names, ...calendar.names], styles: collectStyles(keys) };
}
