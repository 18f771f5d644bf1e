import { buildMonthCalendar, type MonthCalendar } from '../calendar';
import { inSheetRange, parseIsoMonth } from '../calendar/date';
import type { NodeLocator } from '../model/locate';
import type { Problem } from '../model/problem';
import type { Model } from '../model/types';
import { computeBackcast, type BackcastResult } from './compute';

export interface ComputedTargets {
  readonly calendar: MonthCalendar | null;
  readonly backcast: BackcastResult | null;
  readonly problems: Problem[];
}

/** Calendar and targets for a model; null when the month itself is unusable (or past what a workbook holds). */
export function computeTargets(model: Model, locate?: NodeLocator): ComputedTargets {
  const month = parseIsoMonth(model.month);
  if (month === null || !inSheetRange(month)) return { calendar: null, backcast: null, problems: [] };
  const { list } = model.calendar;
  const calendar = buildMonthCalendar(
    month,
    list
      ? { holidays: 'none', extraHolidays: list.map((h) => h.date) }
      : { holidays: model.calendar.holidays, extraHolidays: model.calendar.extraHolidays },
  );
  const backcast = computeBackcast(model, calendar, locate);
  return { calendar, backcast, problems: backcast.problems };
}
