import type { IsoDate, IsoMonth, IsoWeekLabel } from '../brand';
import { calendarMessages } from '../i18n/messages/calendar';
import { addDays, compareDates, firstOfMonth, lastOfMonth, monthOf, weekday } from './date';
import { isoWeekOf } from './isoWeek';
import { japaneseHolidays, type Holiday } from './jpHolidays';

/**
 * One month of planning: the ISO weeks that touch it and the working days in each.
 * Working day = Monday–Friday and not a holiday; a holiday on a weekend changes nothing.
 */

export interface WeekInfo {
  readonly label: IsoWeekLabel;
  /** Monday. */
  readonly start: IsoDate;
  /** Sunday. */
  readonly end: IsoDate;
  /** The first day of the week inside the month: max(start, first of month). */
  readonly from: IsoDate;
  /** The last day of the week inside the month: min(end, last of month). */
  readonly to: IsoDate;
  /** Working days from `from` to `to`. */
  readonly workdays: number;
}

export interface MonthCalendar {
  readonly month: IsoMonth;
  readonly first: IsoDate;
  readonly last: IsoDate;
  /** ISO weeks touching the month, in order. */
  readonly weeks: WeekInfo[];
  readonly workdays: number;
  readonly workingDates: IsoDate[];
  /** Inside the month, sorted, one per date, national and company; a national name wins. */
  readonly holidays: Holiday[];
}

export interface MonthCalendarOptions {
  readonly holidays: 'jp' | 'none';
  /** Company days off; those outside the month are ignored (callers warn about them). */
  readonly extraHolidays: readonly IsoDate[];
}

const companyName = calendarMessages['calendar.holiday.company'];

function holidaysOfMonth(
  month: IsoMonth,
  first: IsoDate,
  last: IsoDate,
  options: MonthCalendarOptions,
): Holiday[] {
  const byDate = new Map<IsoDate, Holiday>();
  if (options.holidays === 'jp') {
    for (const h of japaneseHolidays(first, last)) byDate.set(h.date, h);
  }
  for (const date of options.extraHolidays) {
    if (monthOf(date) !== month || byDate.has(date)) continue;
    byDate.set(date, { date, name: companyName.ja, nameEn: companyName.en, source: 'extra' });
  }
  return [...byDate.values()].sort((a, b) => compareDates(a.date, b.date));
}

export function buildMonthCalendar(month: IsoMonth, options: MonthCalendarOptions): MonthCalendar {
  const first = firstOfMonth(month);
  const last = lastOfMonth(month);
  const holidays = holidaysOfMonth(month, first, last, options);
  const off = new Set(holidays.map((h) => h.date));
  const isWorking = (d: IsoDate): boolean => weekday(d) <= 5 && !off.has(d);

  const workingDates: IsoDate[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) {
    if (isWorking(d)) workingDates.push(d);
  }

  const weeks: WeekInfo[] = [];
  for (let start = addDays(first, 1 - weekday(first)); start <= last; start = addDays(start, 7)) {
    const end = addDays(start, 6);
    const from = start < first ? first : start;
    const to = end > last ? last : end;
    const workdays = workingDates.filter((d) => d >= from && d <= to).length;
    weeks.push({ label: isoWeekOf(start).label, start, end, from, to, workdays });
  }

  return { month, first, last, weeks, workdays: workingDates.length, workingDates, holidays };
}
