/**
 * The direct reader of simple backcasts against the full parser: over generated sources,
 * well-formed and not, it either declines or gives exactly the full parser's tree, and
 * `parseExpression` answers as the full parser does, errors and positions included.
 */
import fc from 'fast-check';
import { bin, name, neg, num, unary } from '../../../src/core/formula';
import { parseExpression, parseExpressionInFull } from '../../../src/core/formula/parse';
import { parseSimpleExpression } from '../../../src/core/formula/simpleExpression';

/** Pieces of backcasts, ordinary and awkward: every kind of character the full parser tells apart. */
const PIECES = [
  'a',
  'team1_revenue',
  'x9',
  'B_2',
  '_a',
  '9a',
  '0',
  '7',
  '12',
  '3.5',
  '0.25',
  '.5',
  '1.',
  '1..2',
  '1.2.3',
  '1e3',
  '1E-2',
  '2e+',
  '1e',
  '0x10',
  '1_0',
  '9'.repeat(400),
  '+',
  '-',
  '*',
  '/',
  '**',
  '(',
  ')',
  ' ',
  '  ',
  '\t',
  '\n',
  '\u00a0',
  '\u3000',
  '.',
  '$',
  '^',
  '%',
  ',',
  '売上',
  'é',
  '😀',
  '#',
] as const;

/** Well-formed backcasts, nested and chained, with spaces here and there. */
const wellFormed: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('a', 'b_2', 'team1_close_rate', 'Zz9', '0', '42', '3.25', '100.0', '0.5'),
    fc.tuple(fc.constantFrom('-', '+', '- ', '--'), tie('e')).map(([op, e]) => `${op}${e}`),
    fc
      .tuple(tie('e'), fc.constantFrom('+', '-', '*', '/', ' + ', ' - ', ' * ', ' / ', '  /'), tie('e'))
      .map(([l, op, r]) => `${l}${op}${r}`),
    tie('e').map((e) => `(${e})`),
    tie('e').map((e) => ` ( ${e} ) `),
  ),
})).e;

/** Sources around the depth limit: signs, parentheses and chains 190 to 210 deep. */
const deep: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 190, max: 210 }), fc.constantFrom('sign', 'paren', 'chain'))
  .map(([n, shape]) =>
    shape === 'sign'
      ? `${'-'.repeat(n)}a`
      : shape === 'paren'
        ? `${'('.repeat(n)}a${')'.repeat(n)}`
        : `${'a+'.repeat(n)}a`,
  );

/** Anything made of the pieces, and well-formed sources with a piece dropped in somewhere. */
const anySource: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join('')),
  fc
    .tuple(wellFormed, fc.nat(), fc.constantFrom(...PIECES))
    .map(([s, at, piece]) => s.slice(0, at % (s.length + 1)) + piece + s.slice(at % (s.length + 1))),
  wellFormed,
  deep,
);

describe('parseSimpleExpression', () => {
  it('gives the full parser’s tree whenever it reads a source, and parseExpression its whole answer', () => {
    let read = 0;
    let runs = 0;
    fc.assert(
      fc.property(anySource, (source) => {
        runs++;
        const full = parseExpressionInFull(source);
        expect(parseExpression(source)).toEqual(full);
        const simple = parseSimpleExpression(source);
        if (simple !== undefined) {
          read++;
          expect(full).toEqual({ ok: true, expr: simple });
        }
      }),
      { numRuns: 5000 },
    );
    // The direct reader is not idle: it reads a good share of the sources.
    expect(read).toBeGreaterThan(runs / 5);
  });

  it('reads every well-formed simple backcast itself', () => {
    fc.assert(
      fc.property(wellFormed, (source) => {
        fc.pre(source.length < 200);
        expect(parseSimpleExpression(source)).toEqual(
          (parseExpressionInFull(source) as { expr: unknown }).expr,
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('builds chains left to right, signs tighter than products, products tighter than sums', () => {
    expect(parseSimpleExpression('a - b - c')).toEqual(bin('-', bin('-', name('a'), name('b')), name('c')));
    expect(parseSimpleExpression('-a * b + c / 2.5')).toEqual(
      bin('+', bin('*', neg(name('a')), name('b')), bin('/', name('c'), num(2.5))),
    );
    expect(parseSimpleExpression('+(a - -1)')).toEqual(unary('+', bin('-', name('a'), neg(num(1)))));
  });

  it('declines what only the full parser reads or reports', () => {
    for (const source of [
      '',
      ' ',
      'a +',
      '(a',
      'a)',
      'a b',
      '1e3',
      '.5',
      '1.',
      'a\tb',
      'a\u3000+b',
      'a.b',
      '1a',
      `${'-'.repeat(199)}a`,
    ])
      expect(parseSimpleExpression(source)).toBeUndefined();
  });
});
