import fc from 'fast-check';
import { scanFormula } from '../../../src/core/formula/scan';

describe('scanFormula', () => {
  it('cuts formula text into the runs Excel tells apart', () => {
    const tokens = scanFormula(`SUM('Bob''s'!$H$7:H8,"a""b",Table1[[#This Row],[Col]],売上)`);
    expect(tokens.map((t) => [t.kind, t.text])).toEqual([
      ['word', 'SUM'],
      ['other', '('],
      ['sheet', "'Bob''s'"],
      ['other', '!'],
      ['word', '$H$7'],
      ['other', ':'],
      ['word', 'H8'],
      ['other', ','],
      ['string', '"a""b"'],
      ['other', ','],
      ['word', 'Table1'],
      ['bracket', '[[#This Row],[Col]]'],
      ['other', ','],
      ['word', '売上'],
      ['other', ')'],
    ]);
    expect(tokens[2]).toEqual({ kind: 'sheet', text: "'Bob''s'", sheet: "Bob's" });
  });

  it("keeps an escaped bracket ('] ) inside a structured reference", () => {
    expect(scanFormula("T[a']b]+1").map((t) => t.text)).toEqual(['T', "[a']b]", '+', '1']);
  });

  it('gives back the text exactly, whatever it holds', () => {
    const pieces = fc.constantFrom(
      'H7',
      '$A$1',
      ':',
      '!',
      "'",
      '"',
      '[',
      ']',
      '(',
      ')',
      ' ',
      'NOW',
      '売上',
      'S 1',
      ',',
      '_xlfn.',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(
          scanFormula(text)
            .map((t) => t.text)
            .join(''),
        ).toBe(text);
      }),
    );
  });
});
