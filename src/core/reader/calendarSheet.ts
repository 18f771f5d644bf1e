import type { IsoDate } from '../brand';
import type { LocalizedText } from '../i18n';
import { sheetAddress } from '../layout/a1';
import { CALENDAR_HEADER_KEYS } from '../layout/calendarSheet';
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
