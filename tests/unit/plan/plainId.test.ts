/**
 * The character-by-character id check against the id pattern itself, over generated ids,
 * well-formed and not: the two never disagree.
 */
import fc from 'fast-check';
import { ID_PATTERN } from '../../../src/core/brand';
import { isPlainId } from '../../../src/core/model/buildModel';

/** Characters at and around every edge of the pattern's classes, and beyond ASCII. */
const CHARS = [
  'a',
  'z',
  'A',
  'Z',
  '0',
  '9',
  '_',
  '`',
  '{',
  '@',
  '[',
  '/',
  ':',
  '-',
  '.',
  ' ',
  '\n',
  'é',
  'ａ',
  '１',
  '売',
  '😀',
];

describe('isPlainId', () => {
  it('says what ID_PATTERN says, for every generated id', () => {
    const id = fc.oneof(
      fc.array(fc.constantFrom(...CHARS), { maxLength: 8 }).map((cs) => cs.join('')),
      fc.string({ maxLength: 12 }),
      fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,10}$/),
    );
    fc.assert(
      fc.property(id, (s) => {
        expect({ s, plain: isPlainId(s) }).toEqual({ s, plain: ID_PATTERN.test(s) });
      }),
      { numRuns: 5000 },
    );
  });

  it('takes every single character as the pattern does, first and later', () => {
    for (let c = 0; c < 0x3100; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `a${ch}`])
        if (isPlainId(s) !== ID_PATTERN.test(s))
          expect({ s, plain: isPlainId(s) }).toEqual({ s, plain: ID_PATTERN.test(s) });
    }
  });
});
