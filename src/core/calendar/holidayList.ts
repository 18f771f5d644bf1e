import type { IsoDate, IsoMonth } from '../brand';
import { compareDates, firstOfMonth, lastOfMonth, monthOf } from './date';
import { japaneseHolidays } from './jpHolidays';

/** A row of the Calendar sheet's holiday list: a date and its name, as people keep them. */
export interface ListedHoliday {
  readonly date: IsoDate;
  readonly name: string;
}

/**
 * The holiday list of a Calendar sheet laid out for the month `from`, once the plan's
 * month became `to`: what a person expects of a new month.
 * - The days of `from` go (its national holidays and the company's days off that month):
 *   they say nothing about `to`.
 * - Days typed for other months stay as they were typed (a company day off of `to` entered
 *   ahead of time counts; one of a later month waits for its month).
 * - With `holidays: jp`, the national holidays of `to` are added where the list does not
 *   already hold their date, named in the workbook's language.
 * The list comes back in date order.
 */
export function holidayListForMonth(
  list: readonly ListedHoliday[],
  from: IsoMonth,
  to: IsoMonth,
  options: { readonly holidays: 'jp' | 'none'; readonly lang: 'ja' | 'en' },
): ListedHoliday[] {
  const kept = list.filter((h) => monthOf(h.date) !== from);
  const listed = new Set<string>(kept.map((h) => h.date));
  const national =
    options.holidays === 'jp'
      ? japaneseHolidays(firstOfMonth(to), lastOfMonth(to))
          .filter((h) => !listed.has(h.date))
          .map((h) => ({ date: h.date, name: options.lang === 'ja' ? h.name : h.nameEn }))
      : [];
  return [...kept, ...national].sort((a, b) => compareDates(a.date, b.date));
}
