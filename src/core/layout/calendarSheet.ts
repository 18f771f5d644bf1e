import type { IsoDate } from '../brand';
import { addDays, compareDates, weekday } from '../calendar/date';
import type { MonthCalendar } from '../calendar';
import { bin, call, name, ref } from '../formula/ast';
import type { MessageKey } from '../i18n';
import { absA1, absRange } from './a1';
import { grid, type Grid } from './grid';
import type { LayoutContext } from './context';
import type { Cell, DefinedName, SheetSpec } from './spec';

/** Where things stand on the Calendar sheet; formulas elsewhere point here. */
export const CALENDAR = {
  headerRow: 3,
  firstWeekRow: 4,
  col: { week: 1, start: 2, end: 3, from: 4, to: 5, workdays: 6, cumulative: 7 },
  holidayCol: 9,
  holidayNameCol: 10,
  dayCol: 12,
  weekdayCol: 13,
  isWorkdayCol: 14,
  /** Rows kept in the holiday list beyond those filled, for people to add days off. */
  spareHolidayRows: 30,
} as const;

/** The header of each column, by which the reader finds it (in either language). */
export const CALENDAR_HEADER_KEYS = {
  week: 'sheet.calendar.col.week',
  start: 'sheet.calendar.col.start',
  end: 'sheet.calendar.col.end',
  from: 'sheet.calendar.col.from',
  to: 'sheet.calendar.col.to',
  workdays: 'sheet.calendar.col.workdays',
  cumulative: 'sheet.calendar.col.cumulative',
  holiday: 'sheet.calendar.col.holiday',
  holidayName: 'sheet.calendar.col.holidayName',
  date: 'sheet.calendar.col.date',
  weekday: 'sheet.calendar.col.weekday',
  isWorkday: 'sheet.calendar.col.isWorkday',
} as const satisfies Readonly<Record<string, MessageKey>>;
export type CalendarColumnKey = keyof typeof CALENDAR_HEADER_KEYS;

const COLUMN_OF: Readonly<Record<CalendarColumnKey, number>> = {
  ...CALENDAR.col,
  holiday: CALENDAR.holidayCol,
  holidayName: CALENDAR.holidayNameCol,
  date: CALENDAR.dayCol,
  weekday: CALENDAR.weekdayCol,
  isWorkday: CALENDAR.isWorkdayCol,
};
/** The holiday list is people's to edit: its headers are styled as inputs'. */
const INPUT_COLUMNS: ReadonlySet<CalendarColumnKey> = new Set(['holiday', 'holidayName']);

export interface CalendarLayout {
  readonly sheet: SheetSpec;
  readonly names: DefinedName[];
  /** Absolute address of week k's cumulative working days (k from 0). */
  readonly cumulativeCell: (week: number) => string;
  readonly workdaysCell: (week: number) => string;
}

/** The month's ISO weeks with working days (NETWORKDAYS over an editable holiday list), and every day. */
export function layoutCalendarSheet(ctx: LayoutContext): CalendarLayout {
  const { calendar } = ctx.backcast;
  const sheetName = ctx.sheetName('calendar');
  const sheet = grid();
  const C = CALENDAR;
  sheet.put(1, 1, { v: ctx.tr('sheet.calendar.title', { month: calendar.month }), s: 'title' });
  sheet.put(2, 1, { v: ctx.tr('sheet.calendar.subtitle'), s: 'subtitle' });
  for (const [key, header] of Object.entries(CALENDAR_HEADER_KEYS) as [CalendarColumnKey, MessageKey][]) {
    sheet.put(C.headerRow, COLUMN_OF[key], { v: ctx.tr(header), s: INPUT_COLUMNS.has(key) ? 'headerInput' : 'header' });
  }

  // A list read back from the workbook is written as it was typed (order, names, dates outside the month).
  const listed = ctx.model.calendar.list ?? calendar.holidays.map((h) => ({ date: h.date, name: ctx.lang === 'ja' ? h.name : h.nameEn }));
  const holidayRows = listed.length + C.spareHolidayRows;
  const holidaysRange = absRange(C.firstWeekRow, C.holidayCol, C.firstWeekRow + holidayRows - 1, C.holidayCol);
  const totalRow = putWeeks(sheet, ctx, calendar);
  putHolidayList(sheet, listed, holidayRows);
  putDays(sheet, ctx, calendar);

  const names: DefinedName[] = [
    { name: 'HOLIDAYS', sheet: sheetName, range: holidaysRange },
    { name: 'WORKDAYS', sheet: sheetName, range: absA1(totalRow, C.col.workdays) },
  ];
  return {
    sheet: {
      key: 'calendar',
      name: sheetName,
      rows: sheet.rows,
      widths: [11, 12, 12, 12, 12, 10, 10, 3, 12, 22, 3, 12, 6, 8],
      freeze: { rows: C.headerRow, columns: 0 },
      validations: [{ range: holidaysRange.replace(/\$/g, ''), type: 'date' }],
      conditionalFormats: [],
      tabColor: 'A9D08E',
    },
    names,
    cumulativeCell: (k) => weekCell(k, C.col.cumulative),
    workdaysCell: (k) => weekCell(k, C.col.workdays),
  };
}

const HOLIDAYS = name('HOLIDAYS');
const weekCell = (k: number, col: number): string => absA1(CALENDAR.firstWeekRow + k, col);
const dateCell = (iso: IsoDate): Cell => ({ v: { date: iso }, s: 'date' });

/** One row per ISO week (its dates, working days and the running total), then the month's total; returns the total's row. */
function putWeeks({ put }: Grid, ctx: LayoutContext, calendar: MonthCalendar): number {
  const C = CALENDAR;
  calendar.weeks.forEach((w, k) => {
    const row = C.firstWeekRow + k;
    put(row, C.col.week, { v: w.label, s: 'label' });
    put(row, C.col.start, dateCell(w.start));
    put(row, C.col.end, dateCell(w.end));
    put(row, C.col.from, dateCell(w.from));
    put(row, C.col.to, dateCell(w.to));
    put(row, C.col.workdays, {
      f: call('NETWORKDAYS', ref(weekCell(k, C.col.from)), ref(weekCell(k, C.col.to)), HOLIDAYS),
      result: w.workdays,
      s: 'num:0',
    });
    const cumulative = calendar.weeks.slice(0, k + 1).reduce((sum, x) => sum + x.workdays, 0);
    put(row, C.col.cumulative, {
      f: k === 0 ? ref(weekCell(0, C.col.workdays)) : bin('+', ref(weekCell(k - 1, C.col.cumulative)), ref(weekCell(k, C.col.workdays))),
      result: cumulative,
      s: 'num:0',
    });
  });
  const totalRow = C.firstWeekRow + calendar.weeks.length;
  put(totalRow, C.col.week, { v: ctx.tr('sheet.calendar.total'), s: 'total' });
  put(totalRow, C.col.workdays, {
    f: call('SUM', ref(absRange(C.firstWeekRow, C.col.workdays, totalRow - 1, C.col.workdays))),
    result: calendar.workdays,
    s: 'total',
  });
  return totalRow;
}

/** The days off, as input cells people edit, with spare rows below. */
function putHolidayList({ put }: Grid, listed: readonly { readonly date: IsoDate; readonly name: string }[], holidayRows: number): void {
  const C = CALENDAR;
  for (let i = 0; i < holidayRows; i++) {
    const h = listed[i];
    const row = C.firstWeekRow + i;
    put(row, C.holidayCol, { v: h ? { date: h.date } : null, s: 'inputDate', input: true });
    put(row, C.holidayNameCol, { v: h?.name || null, s: 'inputText', input: true });
  }
}

/** Every day of the month with its weekday, and whether it is a working day (live from the holiday list). */
function putDays({ put }: Grid, ctx: LayoutContext, calendar: MonthCalendar): void {
  const C = CALENDAR;
  const working = new Set<string>(calendar.workingDates);
  for (let iso = calendar.first, row = C.firstWeekRow; compareDates(iso, calendar.last) <= 0; iso = addDays(iso, 1), row++) {
    put(row, C.dayCol, dateCell(iso));
    put(row, C.weekdayCol, { v: ctx.tr(`calendar.weekday.${weekday(iso)}`), s: 'text' });
    put(row, C.isWorkdayCol, {
      f: call('NETWORKDAYS', ref(absA1(row, C.dayCol)), ref(absA1(row, C.dayCol)), HOLIDAYS),
      result: working.has(iso) ? 1 : 0,
      s: `num:${ctx.tr('sheet.calendar.workdayFormat')}`,
    });
  }
}
