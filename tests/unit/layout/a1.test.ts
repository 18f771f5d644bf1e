import { absA1, absRange, columnLetter, columnNumber } from '../../../src/core/layout/a1';

/** Column letters the long way: base 26 without a zero. */
function reference(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

describe('column letters', () => {
  it('names the columns as Excel does, at the edges of one, two and three letters', () => {
    expect([1, 26, 27, 52, 702, 703, 16384].map(columnLetter)).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'ZZ',
      'AAA',
      'XFD',
    ]);
  });

  it('gives every column of a sheet the same letters when asked again, and reads them back', () => {
    for (let pass = 0; pass < 2; pass++) {
      for (let c = 1; c <= 16384; c++) {
        const letters = columnLetter(c);
        if (letters !== reference(c) || columnNumber(letters) !== c)
          throw new Error(`column ${c}: ${letters}`);
      }
    }
    expect(columnLetter(16385)).toBe('XFE');
    expect(columnLetter(16385)).toBe(reference(16385));
  });

  it('writes absolute addresses and ranges', () => {
    expect(absA1(7, 7)).toBe('$G$7');
    expect(absRange(7, 9, 7, 13)).toBe('$I$7:$M$7');
    expect(absRange(7, 9, 7, 9)).toBe('$I$7');
  });
});
