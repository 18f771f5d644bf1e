import type { IsoDate } from '../brand';
import { addDays, compareDates, weekday } from '../calendar/date';
import { bin, call, name, ref } from '../formula/ast';
import { absA1, absRange } from './a1';
import { grid } from './grid';
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
  const { rows, put } = grid();
  const date = (iso: IsoDate): Cell => ({ v: { date: iso }, s: 'date' });
  const C = CALENDAR;

  put(1, 1, { v: ctx.tr('sheet.calendar.title', { month: calendar.month }), s: 'title' });
  put(2, 1, { v: ctx.tr('sheet.calendar.subtitle'), s: 'subtitle' });

  const headers: [number, Parameters<LayoutContext['tr']>[0]][] = [
    [C.col.week, 'sheet.calendar.col.week'],
    [C.col.start, 'sheet.calendar.col.start'],
    [C.col.end, 'sheet.calendar.col.end'],
    [C.col.from, 'sheet.calendar.col.from'],
    [C.col.to, 'sheet.calendar.col.to'],
    [C.col.workdays, 'sheet.calendar.col.workdays'],
    [C.col.cumulative, 'sheet.calendar.col.cumulative'],
    [C.dayCol, 'sheet.calendar.col.date'],
    [C.weekdayCol, 'sheet.calendar.col.weekday'],
    [C.isWorkdayCol, 'sheet.calendar.col.isWorkday'],
  ];
  for (const [col, key] of headers) put(C.headerRow, col, { v: ctx.tr(key), s: 'header' });
  put(C.headerRow, C.holidayCol, { v: ctx.tr('sheet.calendar.col.holiday'), s: 'headerInput' });
  put(C.headerRow, C.holidayNameCol, { v: ctx.tr('sheet.calendar.col.holidayName'), s: 'headerInput' });

  // A list read back from the workbook is written as it was typed (order, names, dates outside the month).
  const listed = ctx.model.calendar.list ?? calendar.holidays.map((h) => ({ date: h.date, name: ctx.lang === 'ja' ? h.name : h.nameEn }));
  const holidayRows = listed.length + C.spareHolidayRows;
  const holidaysRange = absRange(C.firstWeekRow, C.holidayCol, C.firstWeekRow + holidayRows - 1, C.holidayCol);
  const holidays = name('HOLIDAYS');
  const weekCell = (k: number, col: number): string => absA1(C.firstWeekRow + k, col);

  calendar.weeks.forEach((w, k) => {
    const row = C.firstWeekRow + k;
    put(row, C.col.week, { v: w.label, s: 'label' });
    put(row, C.col.start, date(w.start));
    put(row, C.col.end, date(w.end));
    put(row, C.col.from, date(w.from));
    put(row, C.col.to, date(w.to));
    put(row, C.col.workdays, {
      f: call('NETWORKDAYS', ref(weekCell(k, C.col.from)), ref(weekCell(k, C.col.to)), holidays),
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

  for (let i = 0; i < holidayRows; i++) {
    const h = listed[i];
    const row = C.firstWeekRow + i;
    put(row, C.holidayCol, { v: h ? { date: h.date } : null, s: 'inputDate', input: true });
    put(row, C.holidayNameCol, { v: h?.name || null, s: 'inputText', input: true });
  }

  const working = new Set<string>(calendar.workingDates);
  for (let iso = calendar.first, row = C.firstWeekRow; compareDates(iso, calendar.last) <= 0; iso = addDays(iso, 1), row++) {
    put(row, C.dayCol, date(iso));
    put(row, C.weekdayCol, { v: ctx.tr(`calendar.weekday.${weekday(iso)}`), s: 'text' });
    put(row, C.isWorkdayCol, {
      f: call('NETWORKDAYS', ref(absA1(row, C.dayCol)), ref(absA1(row, C.dayCol)), holidays),
      result: working.has(iso) ? 1 : 0,
      s: `num:${ctx.tr('sheet.calendar.workdayFormat')}`,
    });
  }

  const names: DefinedName[] = [
    { name: 'HOLIDAYS', sheet: sheetName, range: holidaysRange },
    { name: 'WORKDAYS', sheet: sheetName, range: absA1(totalRow, C.col.workdays) },
  ];
  return {
    sheet: {
      key: 'calendar',
      name: sheetName,
      rows,
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
