import {
  bin,
  bool,
  call,
  evaluate,
  name,
  neg,
  num,
  parseExpression,
  ref,
  str,
} from '../../../src/core/formula';
import type { Formula } from '../../../src/core/formula';

const env =
  (values: Record<string, number>) =>
  (n: string): number | undefined =>
    Object.prototype.hasOwnProperty.call(values, n) ? values[n] : undefined;

const noNames = env({});

function parsed(source: string): Formula {
  const result = parseExpression(source);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.expr;
}

describe('evaluate', () => {
  it('computes a backcast with raw float noise', () => {
    const meetings = parsed('contracts / close_rate');
    expect(evaluate(meetings, env({ contracts: 21, close_rate: 0.35 }))).toEqual({
      ok: true,
      value: 60.00000000000001,
    });
  });

  it('rounds a count the way the sheet does: ROUNDUP(ROUND(x,6),0) is exactly 60', () => {
    const count = call('ROUNDUP', call('ROUND', parsed('contracts / close_rate'), num(6)), num(0));
    expect(evaluate(count, env({ contracts: 21, close_rate: 0.35 }))).toEqual({ ok: true, value: 60 });
  });

  it.each<[string, Formula, number]>([
    ['ROUND half away from zero', call('ROUND', num(-2.5), num(0)), -3],
    ['ROUND to decimals', call('ROUND', num(1.005), num(2)), 1.01],
    ['ROUND truncates digits', call('ROUND', num(1.25), num(1.9)), 1.3],
    ['ROUNDUP away from zero', call('ROUNDUP', num(-1.2), num(0)), -2],
    ['ROUNDDOWN toward zero', call('ROUNDDOWN', num(-1.8), num(0)), -1],
    ['MAX', call('MAX', num(1), num(7), num(3)), 7],
    ['MIN', call('MIN', num(1), neg(num(7)), num(3)), -7],
    ['SUM', call('SUM', num(1), num(2), num(3)), 6],
    ['ABS', call('ABS', num(-4)), 4],
    ['power', bin('^', num(2), num(10)), 1024],
    ['Excel unary minus before power', bin('^', neg(num(3)), num(2)), 9],
    ['fractional power', bin('^', num(4), num(0.5)), 2],
    ['0.1+0.2 stays raw', bin('+', num(0.1), num(0.2)), 0.30000000000000004],
    ['unary plus', parsed('+5'), 5],
    ['negative zero becomes zero', neg(num(0)), 0],
  ])('%s', (_label, formula, value) => {
    const result = evaluate(formula, noNames);
    expect(result).toEqual({ ok: true, value });
    if (result.ok) expect(Object.is(result.value, -0)).toBe(false);
  });

  it.each<[string, Formula, unknown]>([
    ['unknown name', parsed('a + b'), { code: 'unknown-name', name: 'a' }],
    ['division by zero', parsed('1 / (2 - 2)'), { code: 'division-by-zero' }],
    ['zero divided by zero', parsed('0 / 0'), { code: 'division-by-zero' }],
    ['zero to a negative power', bin('^', num(0), num(-1)), { code: 'division-by-zero' }],
    ['zero to the zero', bin('^', num(0), num(0)), { code: 'non-finite' }],
    ['root of a negative number', bin('^', num(-8), num(1 / 3)), { code: 'non-finite' }],
    ['overflow', bin('*', num(1e308), num(10)), { code: 'non-finite' }],
    ['NaN literal', num(NaN), { code: 'non-finite' }],
    ['string', str('x'), { code: 'not-numeric', kind: 'str' }],
    ['boolean', bool(true), { code: 'not-numeric', kind: 'bool' }],
    ['cell reference', ref('A1'), { code: 'not-numeric', kind: 'ref' }],
    ['concatenation', bin('&', num(1), num(2)), { code: 'not-numeric', kind: '&' }],
    ['comparison', bin('<', num(1), num(2)), { code: 'not-numeric', kind: '<' }],
    ['IF', call('IF', bool(true), num(1), num(2)), { code: 'not-numeric', kind: 'IF' }],
    ['SUM of a range', call('SUM', ref('A1:A3')), { code: 'not-numeric', kind: 'ref' }],
    ['ROUND without digits', call('ROUND', num(1)), { code: 'wrong-arity', fn: 'ROUND', count: 1 }],
    ['ABS of two', call('ABS', num(1), num(2)), { code: 'wrong-arity', fn: 'ABS', count: 2 }],
    ['MAX of nothing', call('MAX'), { code: 'wrong-arity', fn: 'MAX', count: 0 }],
    ['first error wins', bin('+', name('x'), bin('/', num(1), num(0))), { code: 'unknown-name', name: 'x' }],
  ])('%s is an error', (_label, formula, error) => {
    expect(evaluate(formula, noNames)).toEqual({ ok: false, error });
  });

  it('rejects a non-finite value from the environment', () => {
    expect(evaluate(name('x'), env({ x: Infinity }))).toEqual({ ok: false, error: { code: 'non-finite' } });
  });
});
