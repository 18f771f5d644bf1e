import { LANGS, t, type MessageKey } from '../i18n';
import { sanitiseSheetName, sheetNameKey, uniqueSheetName } from '../layout/sheetNames';
import type { SheetKey, WorkbookSpec } from '../layout/spec';
import type { Problem } from '../model/problem';
import { findHeaderRow, headerMatcher } from '../reader/headers';
import type { ReadWorkbookResult } from '../reader/readWorkbook';
import type { SheetData, WorkbookData } from '../reader/workbookData';
import { renameSheets } from './renameSheets';

const matchChecksHeader = headerMatcher({
  severity: 'rules.sheet.col.severity',
  rule: 'rules.sheet.col.rule',
  message: 'rules.sheet.col.message',
});

/** True when `sheet` has the Checks sheet's header (either language): the tool's list of findings. */
export function isChecksSheet(sheet: SheetData): boolean {
  return findHeaderRow(sheet, matchChecksHeader, ['severity', 'rule', 'message']) !== null;
}

/** True when `sheet` is the tool's own sheet for `key` in this workbook. */
function isOurs(key: SheetKey, sheet: SheetData, read: ReadWorkbookResult | undefined): boolean {
  switch (key) {
    case 'tree':
      return sheet.name === read?.tree?.sheet;
    case 'hypotheses':
      return sheet.name === read?.hypotheses?.sheet;
    case 'members':
      return sheet.name === read?.members?.sheet;
    case 'calendar':
      return sheet.name === read?.calendar?.sheet;
    case 'settings':
      return sheet.name === read?.settingsSheet;
    case 'milestones':
      return sheet.name === read?.milestones?.sheet;
    case 'checks':
      return isChecksSheet(sheet);
    default:
      return false;
  }
}

const CHECKS_NAMES = new Set(LANGS.map((l) => sheetNameKey(t(l, 'sheet.checks'))));

/** The tool's Checks sheet under its name in either language (its name kept, as the other sheets keep theirs). */
function checksInAnotherLanguage(sheets: readonly SheetData[], read: ReadWorkbookResult | undefined): SheetData | undefined {
  return sheets.find((e) => CHECKS_NAMES.has(sheetNameKey(e.name)) && isOurs('checks', e, read));
}

/** `Calendar (2)` for `Calendar`. */
function isNumberedCopy(name: string, base: string): boolean {
  const k = sheetNameKey(name);
  const b = sheetNameKey(base);
  return k.startsWith(`${b} (`) && /^ \(\d+\)$/.test(k.slice(b.length));
}

/**
 * Gives every sheet of the spec a name Excel accepts that is not one of people's own
 * sheets: a generated sheet never writes over a sheet it did not create. A name that had
 * to change is reported, with the name it got.
 */
export function placeSheets(
  spec: WorkbookSpec,
  existing?: { readonly read: ReadWorkbookResult; readonly data: WorkbookData },
): { spec: WorkbookSpec; problems: Problem[] } {
  const sheets = existing?.data.sheets ?? [];
  const assigned: string[] = [];
  const names = new Map<string, string>();
  const problems: Problem[] = [];
  for (const s of spec.sheets) {
    // A sheet of people's own keeps its name: the spec only follows their formulas on it.
    if (s.key === 'people') {
      assigned.push(s.name);
      continue;
    }
    const clean = sanitiseSheetName(s.name);
    const same = sheets.find((e) => sheetNameKey(e.name) === sheetNameKey(clean));
    let actual: string;
    // Our own sheet (under another case, or the numbered copy made on an earlier rebuild) is not worth a word again.
    let known = false;
    const otherLanguage = s.key === 'checks' && !(same && isOurs(s.key, same, existing?.read)) ? checksInAnotherLanguage(sheets, existing?.read) : undefined;
    if (otherLanguage !== undefined) {
      // The language was switched: the Checks sheet of the other language is replaced, not left beside a second one.
      actual = otherLanguage.name;
      known = true;
    } else if (same === undefined) actual = uniqueSheetName(clean, assigned);
    else if (isOurs(s.key, same, existing?.read)) {
      actual = same.name;
      known = true;
    } else {
      const copy = sheets.find((e) => isNumberedCopy(e.name, clean) && isOurs(s.key, e, existing?.read));
      actual = copy?.name ?? uniqueSheetName(clean, [...sheets.map((e) => e.name), ...assigned]);
      known = copy !== undefined;
    }
    assigned.push(actual);
    names.set(s.name, actual);
    if (actual === s.name || known) continue;
    const key: MessageKey = clean !== s.name ? 'sync.sheetNameInvalid' : 'sync.sheetTaken';
    problems.push({
      code: 'sheet',
      severity: 'warning',
      message: { key, params: { wanted: s.name, actual } },
    });
  }
  return { spec: renameSheets(spec, names), problems };
}
