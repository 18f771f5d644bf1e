import holidayData from '@holiday-jp/holiday_jp/lib/holidays';
import type { IsoDate } from '../brand';

/**
 * Japanese national holidays from `@holiday-jp/holiday_jp`'s data table. We read the
 * table, not the package's `between()`, because that works in local-time `Date`s and
 * would shift days on a machine outside Japan.
 */

/**
 * A day off. `jp` days come from the national holiday data; `extra` days are the
 * company's own (e.g. 29–31 December), listed in the plan or on the Calendar sheet.
 */
export interface Holiday {
  readonly date: IsoDate;
  /** Japanese name. */
  readonly name: string;
  /** English name. */
  readonly nameEn: string;
  readonly source: 'jp' | 'extra';
}

/** The shape of one entry in the package's table. */
interface HolidayJpEntry {
  readonly date: string;
  readonly name: string;
  readonly name_en: string;
}

/** Widened once here, so the package's 1,300-entry literal type goes no further. */
const table: Readonly<Record<string, HolidayJpEntry>> = holidayData;

/** Every holiday in the data, sorted by date. */
const ALL: readonly Holiday[] = Object.values(table)
  .map((h): Holiday => ({ date: h.date as IsoDate, name: h.name, nameEn: h.name_en, source: 'jp' }))
  .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

function yearOf(h: Holiday | undefined): string {
  if (h === undefined) throw new Error('@holiday-jp/holiday_jp holiday data is empty');
  return h.date.slice(0, 4);
}

/**
 * The whole years the data covers (1970-01-01 – 2050-12-31 in version 2.5.1). Outside it
 * the calendar has no national holidays, so callers should warn.
 */
export const JP_HOLIDAY_RANGE: { readonly from: IsoDate; readonly to: IsoDate } = {
  from: `${yearOf(ALL[0])}-01-01` as IsoDate,
  to: `${yearOf(ALL[ALL.length - 1])}-12-31` as IsoDate,
};

/** True when every day from `from` to `to` lies inside the data's years. */
export function jpHolidaysCover(from: IsoDate, to: IsoDate): boolean {
  return from >= JP_HOLIDAY_RANGE.from && to <= JP_HOLIDAY_RANGE.to;
}

/** National holidays from `from` to `to`, both included, sorted by date. */
export function japaneseHolidays(from: IsoDate, to: IsoDate): Holiday[] {
  return ALL.filter((h) => h.date >= from && h.date <= to);
}
