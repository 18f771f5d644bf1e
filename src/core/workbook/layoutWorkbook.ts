import type { BackcastResult } from '../backcast/compute';
import { planTargets } from '../backcast/targets';
import type { Lang } from '../i18n';
import { layoutCalendarSheet } from '../layout/calendarSheet';
import { layoutContext } from '../layout/context';
import { layoutHypothesesSheet } from '../layout/hypothesesSheet';
import type { StyleKey, WorkbookSpec } from '../layout/spec';
import { collectStyles } from '../layout/styles';
import { layoutTreeSheet } from '../layout/treeSheet';
import type { NodeLocator } from '../model/locate';
import { hasErrors, type Problem } from '../model/problem';
import type { Model } from '../model/types';
import { layoutSettingsSheet } from './settingsSheet';

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

/**
 * Model → WorkbookSpec, the whole pure pipeline behind `build`, `sync` and the
 * add-in. Returns no spec when a problem is an error: nothing half-right is written.
 */
export function planWorkbook(
  model: Model,
  lang: Lang,
  modelProblems: readonly Problem[] = [],
  locate?: NodeLocator,
): { spec: WorkbookSpec | null; backcast: BackcastResult | null; problems: Problem[] } {
  const planned = planTargets(model, locate);
  const problems = [...modelProblems, ...planned.problems];
  if (hasErrors(problems) || planned.backcast === null) return { spec: null, backcast: planned.backcast, problems };
  return { spec: layoutWorkbook(model, planned.backcast, lang), backcast: planned.backcast, problems };
}
