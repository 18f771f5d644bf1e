import type { IsoDate, IsoMonth } from '../brand';
import { monthOf } from '../calendar/date';
import { holidayListForMonth } from '../calendar/holidayList';
import type { Lang, LocalizedText } from '../i18n';
import { sheetAddress } from '../layout/a1';
import { CALENDAR_HEADER_KEYS, type CalendarColumnKey } from '../layout/calendarSheet';
import { isBad, readDate, readRawText, shown } from './cells';
import { findHeaderRow, findSheet, headerMatcher } from './headers';
import { cellAt, type SheetData } from './workbookData';

export const matchCalendarHeader = headerMatcher(CALENDAR_HEADER_KEYS);
const REQUIRED = ['week', 'workdays', 'holiday'] as const;

export interface CalendarSheetInfo {
  readonly sheet: string;
  readonly headerRow: number;
}

export interface CalendarRead {
  /** The holiday list exactly as typed, or undefined when there is no Calendar sheet. */
  readonly list: { date: IsoDate; name: string }[] | undefined;
  /** The month the sheet was laid out for (its list of days), when it says so. */
  readonly month: IsoMonth | undefined;
  readonly info: CalendarSheetInfo | null;
}

/**
 * The Calendar sheet: by its name in either language when it has the calendar's header,
 * else (renamed) the first sheet that has it. A sheet of people's own that happens to be
 * called "Calendar" is not taken for it.
 */
export function readCalendar(
  sheets: readonly SheetData[],
  report: (m: LocalizedText, cell: string, severity?: 'warning') => void,
  planned?: PlannedMonth,
): CalendarRead {
  const header = (s: SheetData) => findHeaderRow(s, matchCalendarHeader, REQUIRED);
  const named = findSheet(sheets, 'sheet.calendar');
  const sheet = named && header(named) ? named : sheets.find((s) => header(s) !== null);
  const found = sheet ? header(sheet) : null;
  if (!sheet || !found) return { list: undefined, month: undefined, info: null };
  const dateCol = found.columns.holiday as number;
  const nameCol = found.columns.holidayName;
  const list: { date: IsoDate; name: string }[] = [];
  for (let row = found.row + 1; row <= sheet.rows.length; row++) {
    const cell = cellAt(sheet, row, dateCol);
    const d = readDate(cell);
    if (d === undefined) continue;
    if (isBad(d)) {
      report(
        { key: 'reader.notDate', params: { value: shown(cell) } },
        sheetAddress(sheet.name, row, dateCol),
      );
      continue;
    }
    list.push({ date: d as IsoDate, name: nameCol ? (readRawText(cellAt(sheet, row, nameCol)) ?? '') : '' });
  }
  const month = laidOutFor(sheet, found.row, found.columns);
  const info = { sheet: sheet.name, headerRow: found.row };
  if (planned === undefined || planned.month === null || month === undefined || month === planned.month) return { list, month, info };
  // The month was changed (on the Settings sheet): the list was the old month's. Said once, as the sync renews it.
  report({ key: 'reader.holidayListNewMonth', params: { from: month, to: planned.month } }, sheetAddress(sheet.name, found.row, dateCol), 'warning');
  return { list: holidayListForMonth(list, month, planned.month, planned), month: planned.month, info };
}

/** The month the plan is for now, and how its national holidays are kept and named. */
export interface PlannedMonth {
  readonly month: IsoMonth | null;
  readonly holidays: 'jp' | 'none';
  readonly lang: Lang;
}

/**
 * The month a Calendar sheet was written for: that of the first day it lists (the day
 * column, else the first week's first day in the month). A month changed on the Settings
 * sheet since then makes its holiday list another month's.
 */
function laidOutFor(sheet: SheetData, headerRow: number, columns: Partial<Record<CalendarColumnKey, number>>): IsoMonth | undefined {
  for (const key of ['date', 'from'] as const) {
    const column = columns[key];
    const first = column === undefined ? undefined : readDate(cellAt(sheet, headerRow + 1, column));
    if (typeof first === 'string') return monthOf(first);
  }
  return undefined;
}
