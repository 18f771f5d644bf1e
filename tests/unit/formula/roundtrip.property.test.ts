import fc from 'fast-check';
import { bin, evaluate, name, num, parseExpression, renderFormula, unary } from '../../../src/core/formula';
import type { BinaryOp, EvalResult, Formula, UnaryOp } from '../../../src/core/formula';

/** Random backcast-shaped ASTs: + - * / and signs over plan ids and non-negative numbers. */
const NAMES = ['a', 'b', 'close_rate', 'T_x2'] as const;

const leaf: fc.Arbitrary<Formula> = fc.oneof(
  fc.constantFrom(...NAMES).map(name),
  fc.integer({ min: 0, max: 1_000_000 }).map(num),
  fc.double({ min: 1e-12, max: 1e25, noNaN: true, noDefaultInfinity: true }).map(num),
);

const { expr } = fc.letrec<{ expr: Formula }>((tie) => ({
  expr: fc.oneof(
    { maxDepth: 6 },
    leaf,
    fc.tuple(fc.constantFrom<UnaryOp>('-', '+'), tie('expr')).map(([op, arg]) => unary(op, arg)),
    fc
      .tuple(fc.constantFrom<BinaryOp>('+', '-', '*', '/'), tie('expr'), tie('expr'))
      .map(([op, left, right]) => bin(op, left, right)),
  ),
}));

const env = fc.record({
  a: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  b: fc.integer({ min: -1000, max: 1000 }),
  close_rate: fc.double({ min: 0.01, max: 1, noNaN: true }),
  T_x2: fc.double({ min: 1, max: 1e9, noNaN: true }),
});

function reparse(text: string): Formula {
  const result = parseExpression(text);
  if (!result.ok) throw new Error(`${text} did not parse: ${JSON.stringify(result.error)}`);
  return result.expr;
}

function sameValue(x: EvalResult, y: EvalResult): boolean {
  if (x.ok && y.ok) {
    const scale = Math.max(Math.abs(x.value), Math.abs(y.value), 1e-300);
    return x.value === y.value || Math.abs(x.value - y.value) / scale <= 1e-9;
  }
  return !x.ok && !y.ok && x.error.code === y.error.code;
}

describe('render ∘ parse round trip', () => {
  it('parses rendered text back to a formula with the same value', () => {
    fc.assert(
      fc.property(expr, env, (ast, values) => {
        const lookup = (n: string): number | undefined => values[n as keyof typeof values];
        const back = reparse(renderFormula(ast));
        expect(sameValue(evaluate(back, lookup), evaluate(ast, lookup))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('parses rendered text back to the very same tree (parentheses are exactly the needed ones)', () => {
    fc.assert(
      fc.property(expr, (ast) => {
        expect(reparse(renderFormula(ast))).toEqual(ast);
      }),
      { numRuns: 500 },
    );
  });

  it('is stable: render(parse(render(x))) === render(x)', () => {
    fc.assert(
      fc.property(expr, (ast) => {
        const text = renderFormula(ast);
        expect(renderFormula(reparse(text))).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseExpression on arbitrary input', () => {
  const grammarish = fc
    .array(
      fc.constantFrom('a', 'b1', '_', '2', '0.5', '.', 'e', '+', '-', '*', '/', '(', ')', ' ', '$', 'ツ'),
      {
        maxLength: 30,
      },
    )
    .map((parts) => parts.join(''));

  it('never throws, and anything it accepts renders to text it accepts again', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), grammarish), (source) => {
        const result = parseExpression(source);
        if (result.ok) {
          expect(reparse(renderFormula(result.expr))).toEqual(result.expr);
        } else {
          expect(result.error.position).toBeGreaterThanOrEqual(0);
          expect(result.error.position).toBeLessThanOrEqual(source.length);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
