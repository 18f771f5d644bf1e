import { computeBackcast, type BackcastResult, type NodeLocator } from './backcast/compute';
import { buildMonthCalendar, type MonthCalendar } from './calendar';
import { inSheetRange, parseIsoMonth } from './calendar/date';
import type { Lang } from './i18n';
import { layoutWorkbook } from './layout/workbook';
import type { WorkbookSpec } from './layout/spec';
import { hasErrors, type Problem } from './model/problem';
import type { Model } from './model/types';

export interface Planned {
  readonly calendar: MonthCalendar | null;
  readonly backcast: BackcastResult | null;
  readonly problems: Problem[];
}

/** Calendar and targets for a model; null when the month itself is unusable (or past what a workbook holds). */
export function planTargets(model: Model, locate?: NodeLocator): Planned {
  const month = parseIsoMonth(model.month);
  if (month === null || !inSheetRange(month)) return { calendar: null, backcast: null, problems: [] };
  const { list } = model.calendar;
  const calendar = buildMonthCalendar(
    month,
    list ? { holidays: 'none', extraHolidays: list.map((h) => h.date) } : { holidays: model.calendar.holidays, extraHolidays: model.calendar.extraHolidays },
  );
  const backcast = computeBackcast(model, calendar, locate);
  return { calendar, backcast, problems: backcast.problems };
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
