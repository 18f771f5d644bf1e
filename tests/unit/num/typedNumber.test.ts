import fc from 'fast-check';
import { fitsInSheet, readTypedNumber, SHEET_MAX_NUMBER } from '../../../src/core/num/typedNumber';

describe('text read as a number only when it means one', () => {
  it.each([
    ['123', 123],
    ['-5', -5],
    ['+3', 3],
    ['−5', -5],
    ['.5', 0.5],
    ['12.5', 12.5],
    ['1.000', 1],
    ['1,000', 1000],
    ['1,000,000', 1000000],
    ['12,345.67', 12345.67],
    ['1.5e3', 1500],
    ['20%', 0.2],
    ['¥1,000', 1000],
    ['-¥100', -100],
    ['1,000円', 1000],
    // Full-width, as a Japanese keyboard in kana mode types it (Excel reads these as numbers too).
    ['１２３', 123],
    ['１，０００', 1000],
    ['２０％', 0.2],
    ['￥１，０００', 1000],
    ['－５', -5],
  ])('"%s" is %d', (text, value) => {
    expect(readTypedNumber(text)).toEqual({ ok: true, value });
  });

  it.each(['1,5', '12,34', '1,00', '1,0000', '1,5%'])(
    '"%s" could be a decimal comma or a thousands separator: ambiguous',
    (text) => {
      expect(readTypedNumber(text)).toEqual({ ok: false, reason: 'ambiguous' });
    },
  );

  it.each([
    '0x10',
    '0b11',
    '0o17',
    '1e',
    'e5',
    'Infinity',
    'NaN',
    '1 000',
    '--1',
    '1.2.3',
    'about 100k',
    '100円%',
    '¥100円',
  ])('"%s" is not a number', (text) => {
    expect(readTypedNumber(text)).toEqual({ ok: false, reason: 'not-a-number' });
  });

  it('a number past a double is too large; empty text is nothing', () => {
    expect(readTypedNumber('1e400')).toEqual({ ok: false, reason: 'too-large' });
    expect(readTypedNumber('  ')).toBeUndefined();
  });

  it('reads back every finite number as JavaScript writes it, and with thousands separators', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(readTypedNumber(String(x))).toEqual({ ok: true, value: x === 0 ? 0 : x });
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        expect(readTypedNumber(n.toLocaleString('en-US'))).toEqual({ ok: true, value: n });
      }),
    );
  });

  it('knows what a cell holds', () => {
    expect(fitsInSheet(SHEET_MAX_NUMBER)).toBe(true);
    expect(fitsInSheet(-SHEET_MAX_NUMBER)).toBe(true);
    expect(fitsInSheet(1e308)).toBe(false);
    expect(fitsInSheet(Number.NaN)).toBe(false);
  });
});
