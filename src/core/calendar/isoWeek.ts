import type { IsoDate, IsoWeekLabel } from '../brand';
import { addDays, fromDayNumber, isLeapYear, toDayNumber, weekday } from './date';

/**
 * ISO 8601 weeks: Monday to Sunday, and a week belongs to the year its Thursday is in,
 * so the week's year can differ from the calendar year near New Year
 * (2027-01-01 is in 2026-W53, 2024-12-30 is in 2025-W01).
 */
export interface IsoWeek {
  readonly year: number;
  readonly week: number;
  /** `YYYY-Www`, e.g. `2026-W49`. */
  readonly label: IsoWeekLabel;
}

const LABEL_PATTERN = /^(\d{4})-W(\d{2})$/;

function isoWeek(year: number, week: number): IsoWeek {
  const label = `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}` as IsoWeekLabel;
  return { year, week, label };
}

/** 53 when the year starts on a Thursday, or on a Wednesday in a leap year; else 52. */
export function isoWeeksInYear(year: number): number {
  const jan1 = fromDayNumber(dayNumberOfJan1(year));
  const w = weekday(jan1);
  return w === 4 || (w === 3 && isLeapYear(year)) ? 53 : 52;
}

function dayNumberOfJan1(year: number): number {
  return toDayNumber(`${String(year).padStart(4, '0')}-01-01` as IsoDate);
}

/** The ISO week a date is in, found through that week's Thursday. */
export function isoWeekOf(d: IsoDate): IsoWeek {
  const thursday = addDays(d, 4 - weekday(d));
  const year = Number(thursday.slice(0, 4));
  const dayOfYear = toDayNumber(thursday) - dayNumberOfJan1(year);
  return isoWeek(year, Math.floor(dayOfYear / 7) + 1);
}

/** Strict `YYYY-Www`; rejects W00, W54, and W53 in a year that has only 52 weeks. */
export function parseIsoWeekLabel(s: string): IsoWeek | null {
  const m = LABEL_PATTERN.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const week = Number(m[2]);
  if (year < 1 || week < 1 || week > isoWeeksInYear(year)) return null;
  return isoWeek(year, week);
}

/** The Monday of a week: week 1 is the week holding 4 January. */
export function isoWeekStart(year: number, week: number): IsoDate {
  if (!Number.isInteger(week) || week < 1 || week > isoWeeksInYear(year)) {
    throw new RangeError(`Year ${year} has no ISO week ${week}`);
  }
  const jan4 = dayNumberOfJan1(year) + 3;
  const mondayOfWeek1 = jan4 - (weekday(fromDayNumber(jan4)) - 1);
  return fromDayNumber(mondayOfWeek1 + (week - 1) * 7);
}
