/** Working days, ISO weeks, Japanese holidays and the week split for one month of planning. */
export {
  addDays,
  compareDates,
  daysInMonth,
  firstOfMonth,
  fromDayNumber,
  fromExcelSerial,
  isLeapYear,
  isoDate,
  isoMonth,
  lastOfMonth,
  MAX_EXCEL_SERIAL,
  MIN_EXCEL_SERIAL,
  monthOf,
  parseIsoDate,
  parseIsoMonth,
  toDayNumber,
  toExcelSerial,
  weekday,
  type Weekday,
} from './date';
export { holidayListForMonth, type ListedHoliday } from './holidayList';
export { isoWeekOf, isoWeekStart, isoWeeksInYear, parseIsoWeekLabel, type IsoWeek } from './isoWeek';
export { japaneseHolidays, jpHolidaysCover, JP_HOLIDAY_RANGE, type Holiday } from './jpHolidays';
export {
  buildMonthCalendar,
  type MonthCalendar,
  type MonthCalendarOptions,
  type WeekInfo,
} from './monthCalendar';
export { cumulativeWorkdays, splitByWeeks, type WeekSplitMode } from './weekSplit';
