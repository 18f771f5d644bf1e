import type { IsoDate, IsoMonth } from '../brand';
import { isoWeekStart, japaneseHolidays, parseIsoWeekLabel, type MonthCalendar } from '../calendar';
import { addDays, compareDates, firstOfMonth, inSheetRange, lastOfMonth, monthOf, SHEET_DATES, weekday } from '../calendar/date';
import type { LocalizedText } from '../i18n';
import type { Model } from '../model/types';
import type { ReviewWeek } from './types';

function shiftMonth(month: IsoMonth, by: number): IsoMonth {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7)) - 1 + by;
  const year = y + Math.floor(m / 12);
  const mm = ((m % 12) + 12) % 12;
  return `${String(year).padStart(4, '0')}-${String(mm + 1).padStart(2, '0')}` as IsoMonth;
}

/**
 * Places `--week` against the plan: a week of the plan month (index into WEEKS), or a
 * week whose Thursday falls in the month before or after. Anything else is a message.
 */
export function resolveReviewWeek(label: string, calendar: MonthCalendar, jpHolidays: boolean): ReviewWeek | LocalizedText {
  const parsed = parseIsoWeekLabel(label.trim());
  if (parsed === null) return { key: 'review.badWeek', params: { week: label } };
  const index = calendar.weeks.findIndex((w) => w.label === parsed.label);
  if (index >= 0) {
    const w = calendar.weeks[index];
    return { label: w.label, start: w.start, end: w.end, workdays: w.workdays, month: calendar.month, index };
  }
  const outOfRange: LocalizedText = { key: 'review.weekOutOfRange', params: { week: parsed.label, month: calendar.month } };
  // Only a week next to the plan month is placed: a far one (9999-W52) is not even dated.
  if (Math.abs(parsed.year - Number(calendar.month.slice(0, 4))) > 1) return outOfRange;
  const start = isoWeekStart(parsed.year, parsed.week);
  if (!inSheetRange(start) || start > addDays(SHEET_DATES.to as IsoDate, -6)) return outOfRange;
  const end = addDays(start, 6);
  const month = monthOf(addDays(start, 3));
  if (month !== shiftMonth(calendar.month, -1) && month !== shiftMonth(calendar.month, 1)) return outOfRange;
  const off = new Set<string>(jpHolidays ? japaneseHolidays(start, end).map((h) => h.date) : []);
  let workdays = 0;
  for (let d = start; d <= end; d = addDays(d, 1)) if (weekday(d) <= 5 && !off.has(d)) workdays++;
  return { label: parsed.label, start, end, workdays, month, index: -1 };
}

/**
 * Whether Japan's holiday table decides a week outside the plan month: only when the plan
 * says `holidays: jp` and the workbook carries no holiday list of its own.
 */
export function jpHolidaysApply(model: Pick<Model, 'calendar'>): boolean {
  return model.calendar.holidays === 'jp' && model.calendar.list === undefined;
}

export function isReviewWeek(w: ReviewWeek | LocalizedText): w is ReviewWeek {
  return 'label' in w;
}

/** A week's days inside its month: the days a heading such as 「第1週（12/1〜12/6）」 names. */
export function weekInMonth(week: ReviewWeek): { from: IsoDate; to: IsoDate } {
  const first = firstOfMonth(week.month);
  const last = lastOfMonth(week.month);
  return {
    from: compareDates(week.start, first) < 0 ? first : week.start,
    to: compareDates(week.end, last) > 0 ? last : week.end,
  };
}
