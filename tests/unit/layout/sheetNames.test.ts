import fc from 'fast-check';
import {
  SHEET_NAME_MAX,
  sanitiseSheetName,
  sheetNameKey,
  uniqueSheetName,
} from '../../../src/core/layout/sheetNames';

/** What Excel accepts as a sheet name (the rules its "Rename" dialog enforces). */
function acceptable(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= SHEET_NAME_MAX &&
    !/[[\]:*?/\\]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.trim() === name &&
    // eslint-disable-next-line no-control-regex
    !/[\u0000-\u001f]/.test(name) &&
    name.toLowerCase() !== 'history' &&
    !/[\ud800-\udbff]$/.test(name)
  );
}

describe('sanitiseSheetName', () => {
  it.each([
    ['KPI Tree', 'KPI Tree'],
    ['KPIツリー', 'KPIツリー'],
    ['a/b:c*d?e[f]g\\h', 'a_b_c_d_e_f_g_h'],
    ["'quoted'", 'quoted'],
    ["Bob's", "Bob's"],
    ['', 'Sheet'],
    ['   ', 'Sheet'],
    ["''", 'Sheet'],
    ['History', 'History_'],
    ['history', 'History_'],
    ['\t=1+1', '=1+1'],
    ['\r\n=HYPERLINK("x")', '=HYPERLINK("x")'],
    ["=cmd|' /C calc'!A0", "=cmd|' _C calc'!A0"],
    ['営業1課 2026年12月 週次レビュー 2026-W49 のまとめ', '営業1課 2026年12月 週次レビュー 2026-W49 の'],
  ])('%j → %j', (raw, name) => {
    expect(sanitiseSheetName(raw)).toBe(name);
    expect(acceptable(sanitiseSheetName(raw))).toBe(true);
  });

  it('never cuts a character in half', () => {
    const name = sanitiseSheetName(`${'a'.repeat(30)}😀😀`);
    expect(name).toBe('a'.repeat(30));
  });
});

describe('uniqueSheetName', () => {
  it('numbers a name that is taken, whatever its case', () => {
    expect(uniqueSheetName('Calendar', ['calendar'])).toBe('Calendar (2)');
    expect(uniqueSheetName('Calendar', ['Calendar', 'CALENDAR (2)'])).toBe('Calendar (3)');
    expect(uniqueSheetName('Calendar', ['Hypotheses'])).toBe('Calendar');
  });

  it('keeps a numbered long name within 31 characters', () => {
    const long = 'x'.repeat(31);
    expect(uniqueSheetName(long, [long])).toBe(`${'x'.repeat(27)} (2)`);
  });

  it('gives an acceptable name, unlike every taken one, for any text', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.array(fc.string({ maxLength: 40 }), { maxLength: 8 }),
        (wanted, raw) => {
          const taken = [...raw, sanitiseSheetName(wanted)];
          const name = uniqueSheetName(wanted, taken);
          expect(acceptable(name)).toBe(true);
          expect(taken.map(sheetNameKey)).not.toContain(sheetNameKey(name));
        },
      ),
      { numRuns: 500 },
    );
  });
});
