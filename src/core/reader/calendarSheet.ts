import type { IsoDate } from '../brand';
import type { LocalizedText } from '../i18n';
import { sheetAddress } from '../layout/a1';
import { isBad, readDate, readRawText, shown } from './cells';
import { findHeaderRow, findSheet, headerMatcher } from './headers';
import { cellAt, type SheetData } from './workbookData';

export const CALENDAR_HEADERS = {
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
} as const;
export const matchCalendarHeader = headerMatcher(CALENDAR_HEADERS);
const REQUIRED = ['week', 'workdays', 'holiday'] as const;

export interface CalendarSheetInfo {
  readonly sheet: string;
  readonly headerRow: number;
}

export interface CalendarRead {
  /** The holiday list exactly as typed, or undefined when there is no Calendar sheet. */
  readonly list: { date: IsoDate; name: string }[] | undefined;
  readonly info: CalendarSheetInfo | null;
}

/**
 * The Calendar sheet: by its name in either language when it has the calendar's header,
 * else (renamed) the first sheet that has it. A sheet of people's own that happens to be
 * called "Calendar" is not taken for it.
 */
export function readCalendar(
  sheets: readonly SheetData[],
  report: (m: LocalizedText, cell: string) => void,
): CalendarRead {
  const header = (s: SheetData) => findHeaderRow(s, matchCalendarHeader, REQUIRED);
  const named = findSheet(sheets, 'sheet.calendar');
  const sheet = named && header(named) ? named : sheets.find((s) => header(s) !== null);
  const found = sheet ? header(sheet) : null;
  if (!sheet || !found) return { list: undefined, info: null };
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
  return { list, info: { sheet: sheet.name, headerRow: found.row } };
}
