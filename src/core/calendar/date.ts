import type { IsoDate, IsoMonth } from '../brand';

/**
 * Whole-day arithmetic on `YYYY-MM-DD` strings, with no time zones: a date is turned
 * into a day number (days since 1970-01-01) by integer arithmetic on the proleptic
 * Gregorian calendar, so nothing depends on the machine's local time or on `Date`.
 */

/** ISO day of the week: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Years a date may have: four digits, and no year 0 so every ISO week year stays positive. */
const MIN_YEAR = 1;
const MAX_YEAR = 9999;

/**
 * What a workbook can hold: the dates a spreadsheet serial stands for without the 1900
 * leap-year mistake, and the months whose whole calendar (their ISO weeks spill into the
 * months around them) lies within those dates.
 */
export const SHEET_DATES = { from: '1900-03-01', to: '9999-12-31' } as const;
export const SHEET_MONTHS = { from: '1900-04', to: '9999-11' } as const;

/** Whether a workbook can hold the date (`YYYY-MM-DD`, or a month `YYYY-MM`). */
export function inSheetRange(value: IsoDate | IsoMonth): boolean {
  const range = value.length === 7 ? SHEET_MONTHS : SHEET_DATES;
  return value >= range.from && value <= range.to;
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;

/** Floor division that stays right for negative numbers. */
function div(a: number, b: number): number {
  return Math.floor(a / b);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 for a valid y/m/d (H. Hinnant's `days_from_civil`). */
function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = div(y, 400);
  const yoe = y - era * 400;
  const doy = div(153 * (month + (month > 2 ? -3 : 9)) + 2, 5) + day - 1;
  const doe = yoe * 365 + div(yoe, 4) - div(yoe, 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The y/m/d of a day number (H. Hinnant's `civil_from_days`). */
function civilOf(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = div(z, 146097);
  const doe = z - era * 146097;
  const yoe = div(doe - div(doe, 1460) + div(doe, 36524) - div(doe, 146096), 365);
  const doy = doe - (365 * yoe + div(yoe, 4) - div(yoe, 100));
  const mp = div(5 * doy + 2, 153);
  const day = doy - div(153 * mp + 2, 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: month <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, month, day };
}

function format(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as IsoDate;
}

/** Splits an `IsoDate` that is known to be valid (it is branded). */
function partsOf(d: IsoDate): { year: number; month: number; day: number } {
  return { year: Number(d.slice(0, 4)), month: Number(d.slice(5, 7)), day: Number(d.slice(8, 10)) };
}

/** Strict `YYYY-MM-DD` naming a real day (2026-02-30 is rejected), year 0001–9999. */
export function parseIsoDate(s: string): IsoDate | null {
  const m = DATE_PATTERN.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < MIN_YEAR || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  return format(year, month, day);
}

/** Strict `YYYY-MM`, year 0001–9999. */
export function parseIsoMonth(s: string): IsoMonth | null {
  const m = MONTH_PATTERN.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (year < MIN_YEAR || month < 1 || month > 12) return null;
  return s as IsoMonth;
}

/** For literals in code and tests: like `parseIsoDate`, but a bad string is a programming error. */
export function isoDate(s: string): IsoDate {
  const d = parseIsoDate(s);
  if (d === null) throw new RangeError(`Not a valid date (YYYY-MM-DD): ${JSON.stringify(s)}`);
  return d;
}

/** For literals in code and tests: like `parseIsoMonth`, but a bad string is a programming error. */
export function isoMonth(s: string): IsoMonth {
  const m = parseIsoMonth(s);
  if (m === null) throw new RangeError(`Not a valid month (YYYY-MM): ${JSON.stringify(s)}`);
  return m;
}

/** Days since 1970-01-01 (negative before). */
export function toDayNumber(d: IsoDate): number {
  const { year, month, day } = partsOf(d);
  return dayNumberOf(year, month, day);
}

/** The date of a day number; throws outside years 0001–9999, which no `IsoDate` can name. */
export function fromDayNumber(n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`Day number must be an integer: ${n}`);
  const { year, month, day } = civilOf(n);
  if (year < MIN_YEAR || year > MAX_YEAR) throw new RangeError(`Date out of range (year ${year})`);
  return format(year, month, day);
}

export function addDays(d: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(d) + days);
}

/** 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function weekday(d: IsoDate): Weekday {
  const sinceMonday = (((toDayNumber(d) + 3) % 7) + 7) % 7;
  return (sinceMonday + 1) as Weekday;
}

export function monthOf(d: IsoDate): IsoMonth {
  return d.slice(0, 7) as IsoMonth;
}

export function daysInMonth(month: IsoMonth): number {
  return daysIn(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
}

export function firstOfMonth(month: IsoMonth): IsoDate {
  return `${month}-01` as IsoDate;
}

export function lastOfMonth(month: IsoMonth): IsoDate {
  return `${month}-${pad(daysInMonth(month), 2)}` as IsoDate;
}

/** Negative, zero or positive like `Array.prototype.sort` wants; fixed-width strings sort as dates. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Excel's 1900 date system counts 1900-02-29, a day that never was, so from 1900-03-01
 * on a serial is the number of days since 1899-12-30. Earlier dates are never needed.
 */
const EXCEL_EPOCH_DAY = dayNumberOf(1899, 12, 30);
/** Serial of 1900-03-01, the first day the simple rule above holds for. */
export const MIN_EXCEL_SERIAL = 61;
/** Serial of 9999-12-31, the last day Excel can show. */
export const MAX_EXCEL_SERIAL = 2958465;

/** Excel 1900-system serial of a date on or after 1900-03-01 (2026-12-01 → 46357). */
export function toExcelSerial(d: IsoDate): number {
  const serial = toDayNumber(d) - EXCEL_EPOCH_DAY;
  if (serial < MIN_EXCEL_SERIAL)
    throw new RangeError(`Dates before 1900-03-01 have no simple Excel serial: ${d}`);
  return serial;
}

/**
 * The date of an Excel serial. A fraction is a time of day and is dropped, as Excel's
 * own date formats do; serials outside 1900-03-01…9999-12-31 throw.
 */
export function fromExcelSerial(serial: number): IsoDate {
  if (!Number.isFinite(serial)) throw new RangeError(`Not an Excel date serial: ${serial}`);
  const whole = Math.floor(serial);
  if (whole < MIN_EXCEL_SERIAL || whole > MAX_EXCEL_SERIAL) {
    throw new RangeError(`Excel date serial out of range ${MIN_EXCEL_SERIAL}–${MAX_EXCEL_SERIAL}: ${serial}`);
  }
  return fromDayNumber(whole + EXCEL_EPOCH_DAY);
}
