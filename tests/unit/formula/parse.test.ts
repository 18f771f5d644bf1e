import { bin, MAX_EXPRESSION_DEPTH, name, neg, num, parseExpression } from '../../../src/core/formula';

describe('parseExpression', () => {
  it('builds the AST of a backcast', () => {
    expect(parseExpression('revenue / unit_price')).toEqual({
      ok: true,
      expr: bin('/', name('revenue'), name('unit_price')),
    });
  });

  it('parses a negative literal as unary minus', () => {
    expect(parseExpression('-3')).toEqual({ ok: true, expr: neg(num(3)) });
  });

  it('is left-associative', () => {
    expect(parseExpression('a - b - c')).toEqual({
      ok: true,
      expr: bin('-', bin('-', name('a'), name('b')), name('c')),
    });
  });

  it('reports the offending token', () => {
    expect(parseExpression('a ** b')).toEqual({
      ok: false,
      error: { code: 'unexpected-token', position: 3, token: '*' },
    });
    expect(parseExpression('a $ b')).toEqual({
      ok: false,
      error: { code: 'unexpected-char', position: 2, token: '$' },
    });
    expect(parseExpression('x * 1.2.3')).toEqual({
      ok: false,
      error: { code: 'invalid-number', position: 4, token: '1.2.3' },
    });
    expect(parseExpression('(a')).toEqual({
      ok: false,
      error: { code: 'unbalanced-paren', position: 0, token: '(' },
    });
    expect(parseExpression('a +')).toEqual({ ok: false, error: { code: 'unexpected-end', position: 3 } });
  });

  it('reports a character outside the BMP whole', () => {
    expect(parseExpression('a + 😀')).toEqual({
      ok: false,
      error: { code: 'unexpected-char', position: 4, token: '😀' },
    });
  });

  it('rejects numbers too large for a double', () => {
    expect(parseExpression('1e999')).toEqual({
      ok: false,
      error: { code: 'invalid-number', position: 0, token: '1e999' },
    });
  });

  describe('depth', () => {
    const nested = (n: number): string => '('.repeat(n) + 'a' + ')'.repeat(n);

    it('accepts nesting well below the limit', () => {
      expect(parseExpression(nested(MAX_EXPRESSION_DEPTH - 1))).toEqual({ ok: true, expr: name('a') });
    });

    it('refuses 10,000 open parentheses without exhausting the stack', () => {
      expect(parseExpression(nested(10_000))).toEqual({
        ok: false,
        error: { code: 'too-deep', position: MAX_EXPRESSION_DEPTH, token: '(' },
      });
      expect(parseExpression('('.repeat(10_000))).toMatchObject({ ok: false, error: { code: 'too-deep' } });
    });

    it('refuses 10,000 signs', () => {
      expect(parseExpression('-'.repeat(10_000) + 'a')).toMatchObject({
        ok: false,
        error: { code: 'too-deep' },
      });
    });

    it('bounds the height of long operator chains, so later recursion is safe', () => {
      const sum = (n: number): string => Array.from({ length: n }, (_, i) => `x${i}`).join('+');
      expect(parseExpression(sum(MAX_EXPRESSION_DEPTH)).ok).toBe(true);
      expect(parseExpression(sum(100_000))).toMatchObject({ ok: false, error: { code: 'too-deep' } });
    });
  });
});
