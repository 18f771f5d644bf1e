/**
 * Numbers people type as text, read only when they can mean one thing.
 *
 * A cell that holds text (a value pasted from a mail, a cell formatted as text, a number
 * typed by another program) is read as a number only when the text is unambiguous:
 * `1,000` (thousands in groups of three), `12.5`, `20%`, `¥1,000`, `1,000円`, `1.5e3`.
 * Everything else is refused, never guessed: `1,5` may be one and a half (a decimal comma)
 * or fifteen, `0x10` and `0b11` are programmers' notations, `1e` and `Infinity` are not
 * numbers at all.
 *
 * Full-width characters (`１２３`, `１，０００`, `２０％`) are read as their ASCII forms:
 * a Japanese keyboard in kana mode types them, they mean the same digits, and Excel itself
 * turns `１２３` typed into a cell into the number 123.
 */

/** Excel's largest number (9.99999999999999E+307): a cell cannot hold more. */
export const SHEET_MAX_NUMBER = 9.99999999999999e307;

/**
 * The largest count a spreadsheet holds as an exact whole number: Excel keeps 15
 * significant digits, so a count beyond them cannot be split into weeks that add up.
 */
export const MAX_WHOLE_COUNT = 999_999_999_999_999;

export type TypedNumber =
  | { readonly ok: true; readonly value: number }
  /** `ambiguous`: commas not in groups of three (`1,5`); `too-large`: beyond what a cell holds. */
  | { readonly ok: false; readonly reason: 'ambiguous' | 'too-large' | 'not-a-number' };

const DIGITS = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+`;
const NUMBER = new RegExp(
  String.raw`^([+-]?)\s*(¥?)\s*([+-]?)(${DIGITS})(?:[eE]([+-]?\d+))?\s*(円?)\s*(%?)$`,
);
/** Digits with commas that are not thousands separators: `1,5`, `12,34`, `1,0000`. */
const COMMA_DECIMAL = /^[+-]?\s*¥?\s*[+-]?\d+(?:,\d+)+(?:\.\d*)?\s*円?\s*%?$/;

/** Full-width forms → ASCII (NFKC), and the minus sign (U+2212) and its look-alikes → `-`. */
function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2212\u2010\u2011\u2012\u2013\uFE63]/g, '-')
    .trim();
}

/**
 * Reads `text` as a number when it means exactly one. Undefined for text that is empty
 * (only spaces). A percentage is divided by 100.
 */
export function readTypedNumber(text: string): TypedNumber | undefined {
  const s = normalise(text);
  if (s === '') return undefined;
  const m = NUMBER.exec(s);
  if (m === null || (m[1] !== '' && m[3] !== '')) {
    return { ok: false, reason: COMMA_DECIMAL.test(s) ? 'ambiguous' : 'not-a-number' };
  }
  const [, sign, currency, innerSign, digits, exponent, yen, percent] = m;
  // One mark at most: `¥100`, `100円` or `20%`.
  if ([currency, yen, percent].filter((x) => x !== '').length > 1)
    return { ok: false, reason: 'not-a-number' };
  const negative = (sign || innerSign) === '-';
  const magnitude = Number(`${digits.replace(/,/g, '')}${exponent !== undefined ? `e${exponent}` : ''}`);
  const value = (negative ? -magnitude : magnitude) / (percent === '%' ? 100 : 1);
  if (!Number.isFinite(value)) return { ok: false, reason: 'too-large' };
  return { ok: true, value: value === 0 ? 0 : value };
}

/** True when a number fits in a spreadsheet cell. */
export function fitsInSheet(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value) <= SHEET_MAX_NUMBER;
}
