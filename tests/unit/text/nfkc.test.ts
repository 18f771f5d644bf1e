import fc from 'fast-check';
import { nfkc } from '../../../src/core/text/nfkc';

/** Characters on both sides of each edge of the text `nfkc` leaves alone, and some that NFKC changes. */
const EDGES = [
  ' ',
  '~',
  'A',
  'z',
  '\u001f',
  '\u007f',
  '\u00a0',
  '\u00b2',
  '\u00bd',
  '\u3000',
  '\u3040',
  '\u3041',
  '\u304b',
  '\u3094',
  '\u3096',
  '\u3097',
  '\u3099',
  '\u309a',
  '\u309b',
  '\u309c',
  '\u30a0',
  '\u30a1',
  '\u30ab',
  '\u30f7',
  '\u30fa',
  '\u30fb',
  '\u30fc',
  '\u30fd',
  '\u4dff',
  '\u4e00',
  '\u7387',
  '\u9fff',
  '\ua000',
  '\uf961',
  '\ufa10',
  '\uff11',
  '\uff21',
  '\uff71',
  '\uff9e',
  '\u2460',
  '\u337b',
  '\u2126',
];

describe('nfkc', () => {
  it('gives what normalize("NFKC") gives, for any mix of the characters at the edges of what it leaves alone', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...EDGES), { maxLength: 8 }).map((cs) => cs.join('')),
        (text) => {
          expect(nfkc(text)).toBe(text.normalize('NFKC'));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('gives what normalize("NFKC") gives for any text at all', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 12 }), (text) => {
        expect(nfkc(text)).toBe(text.normalize('NFKC'));
      }),
      { numRuns: 5000 },
    );
  });

  it('folds what a name may hold in a compatibility form: half-width kana, full-width digits, compatibility kanji', () => {
    expect(nfkc('ｱﾎﾟ数')).toBe('アポ数');
    expect(nfkc('成約\uf961')).toBe('成約率');
    expect(nfkc('売上　１０')).toBe('売上 10');
    expect(nfkc('か\u3099')).toBe('が');
  });

  it('gives back the very text it was given when it is already in its NFKC form', () => {
    const name = ['渡辺', '1-1 ', 'アポ数 ', 'calls'].join('');
    expect(nfkc(name)).toBe(name);
  });
});
