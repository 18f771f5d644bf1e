import { toExcelSerial } from '../../core/calendar/date';
import type { CellValue } from '../../core/layout/spec';
import type { CellInput } from './api';

/**
 * User text is data (DESIGN.md §3). Office.js enters a string written through
 * `formulas`/`values` the way Excel enters typed text: `=HYPERLINK(…)` becomes a formula,
 * `+1`/`-1`/`@x` become formulas, `00123` becomes 123, `2026-12`, `12/1` and `2026年12月`
 * become dates, `10%` becomes 0.1, `TRUE` a boolean, `#N/A` an error.
 *
 * Chosen defence: Excel's own quote prefix. A string that Excel could read as anything
 * but itself is written as `'` + text; Excel stores the text unchanged and shows it
 * without the apostrophe. The prefix lives in that cell's content only, so unlike a `@`
 * (Text) number format it does not stay behind to turn a later formula in that cell
 * into text when a rebuild moves columns (the week columns move with the month).
 *
 * "Could read as anything but itself" is decided conservatively: a leading `=` `+` `-`
 * `@` (and their full-width forms, which Japanese Excel accepts), tab, CR or LF, a
 * leading `'` (which Excel would eat) or `#`; any digit (numbers, dates, times,
 * fractions, percentages in every locale); or TRUE/FALSE. Plain words stay as they are,
 * so the formula bar shows no apostrophe for them.
 */
const LEADING_TRIGGER = /^[=+\-@\t\r\n'#＝＋－＠]/;
const DIGIT = /[0-9０-９]/;
const BOOLEAN = /^\s*(true|false)\s*$/i;

export function needsTextGuard(text: string): boolean {
  return LEADING_TRIGGER.test(text) || DIGIT.test(text) || BOOLEAN.test(text);
}

/** A string as Excel should store it: verbatim, never as a formula, number or date. */
export function textInput(text: string): string {
  return needsTextGuard(text) ? `'${text}` : text;
}

/** A spec literal as a cell input: '' clears the cell, strings are guarded, dates become serials. */
export function literalInput(value: CellValue | undefined): CellInput {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return textInput(value);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return toExcelSerial(value.date);
}
