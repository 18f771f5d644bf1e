/**
 * Sheet names Excel accepts: at most 31 characters, none of `[ ] : * ? / \`, not starting
 * or ending with an apostrophe, not blank, not the reserved "History", and unique in the
 * workbook without regard to case. Every name the tool gives a sheet passes through here,
 * so text from a plan or a person can never make a workbook Excel refuses to open.
 */
export const SHEET_NAME_MAX = 31;

const FORBIDDEN = /[[\]:*?/\\]/g;
// Control characters (tab, CR, LF…) cannot be typed into a sheet tab either.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/g;

/** Cuts to at most `max` UTF-16 units without splitting a surrogate pair. */
function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  let out = s.slice(0, max);
  if (/[\ud800-\udbff]$/.test(out)) out = out.slice(0, -1);
  return out;
}

/** The name made acceptable to Excel on its own (uniqueness aside). */
export function sanitiseSheetName(raw: string): string {
  let s = raw.replace(CONTROL, ' ').replace(FORBIDDEN, '_').replace(/\s+/g, ' ').trim();
  s = s.replace(/^'+/, '').trim();
  s = cut(s, SHEET_NAME_MAX).replace(/'+$/, '').trim();
  if (s === '') return 'Sheet';
  return s.toLowerCase() === 'history' ? 'History_' : s;
}

/** How Excel compares sheet names: case-insensitively (width too, to be safe). */
export function sheetNameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase();
}

/** `wanted`, made acceptable and different from every name in `taken` (`Calendar (2)`, …). */
export function uniqueSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map(sheetNameKey));
  const base = sanitiseSheetName(wanted);
  if (!used.has(sheetNameKey(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = `${cut(base, SHEET_NAME_MAX - suffix.length).trimEnd()}${suffix}`;
    if (!used.has(sheetNameKey(name))) return name;
  }
}
