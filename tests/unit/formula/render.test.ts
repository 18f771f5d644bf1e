import {
  bin,
  bool,
  call,
  evaluate,
  FormulaRenderError,
  FUNCTION_PREFIX,
  name,
  neg,
  num,
  ref,
  renderFormula,
  renderNumber,
  str,
  unary,
} from '../../../src/core/formula';
import type { Formula } from '../../../src/core/formula';

const a = name('a');
const b = name('b');
const c = name('c');

describe('renderFormula', () => {
  it.each<[string, Formula, string]>([
    ['left-assoc minus keeps right parens', bin('-', a, bin('-', b, c)), 'a-(b-c)'],
    ['left-assoc minus drops left parens', bin('-', bin('-', a, b), c), 'a-b-c'],
    ['division keeps a right product in parens', bin('/', a, bin('*', b, c)), 'a/(b*c)'],
    [
      'plus keeps a right sum in parens (float addition is not associative)',
      bin('+', a, bin('+', b, c)),
      'a+(b+c)',
    ],
    ['sum inside product', bin('*', bin('+', a, b), c), '(a+b)*c'],
    ['product inside sum', bin('+', a, bin('*', b, c)), 'a+b*c'],
    ['power binds tighter than product', bin('*', a, bin('^', b, num(2))), 'a*b^2'],
    ['power is left-associative', bin('^', bin('^', a, b), c), 'a^b^c'],
    ['right power nests in parens', bin('^', a, bin('^', b, c)), 'a^(b^c)'],
    ['Excel: -a^2 means (-a)^2', bin('^', neg(a), num(2)), '-a^2'],
    ['negated power needs parens', neg(bin('^', a, num(2))), '-(a^2)'],
    ['negated product needs parens', neg(bin('*', a, b)), '-(a*b)'],
    ['negative left operand', bin('*', neg(a), b), '-a*b'],
    ['negative right operand is bracketed', bin('*', a, neg(b)), 'a*(-b)'],
    ['negative literal after minus', bin('-', a, num(-3)), 'a-(-3)'],
    ['negative literal', num(-3), '-3'],
    ['double negation', neg(neg(a)), '-(-a)'],
    ['unary plus', unary('+', a), '+a'],
    ['a right operand starting with a sign', bin('*', a, bin('^', neg(b), num(2))), 'a*(-b^2)'],
    ['concatenation below arithmetic', bin('&', bin('+', a, b), str('x')), 'a+b&"x"'],
    ['arithmetic inside concatenation on the right', bin('&', str('x'), bin('+', a, b)), '"x"&a+b'],
    ['comparison lowest', bin('>=', bin('&', a, b), c), 'a&b>=c'],
    ['comparison operand in parens', bin('&', bin('=', a, b), c), '(a=b)&c'],
    ['strings double their quotes', str('say "hi"'), '"say ""hi"""'],
    ['empty string', str(''), '""'],
    ['booleans', call('IF', bool(true), bool(false), num(0)), 'IF(TRUE,FALSE,0)'],
    ['call with no args', call('SUM'), 'SUM()'],
    [
      'count rounding',
      call('ROUNDUP', call('ROUND', bin('/', name('T_contracts'), name('H_close_rate')), num(6)), num(0)),
      'ROUNDUP(ROUND(T_contracts/H_close_rate,6),0)',
    ],
    ['args never need parens', call('MAX', bin('+', a, b), neg(c)), 'MAX(a+b,-c)'],
    ['ISOWEEKNUM gets the _xlfn. prefix', call('ISOWEEKNUM', ref('B2')), '_xlfn.ISOWEEKNUM(B2)'],
    ['NETWORKDAYS has no prefix', call('NETWORKDAYS', ref('A1'), ref('B1')), 'NETWORKDAYS(A1,B1)'],
    ['ref without sheet', ref('$A$1'), '$A$1'],
    ['ref on a plain sheet', ref('A1:B2', 'Hypotheses'), 'Hypotheses!A1:B2'],
    ['ref on a sheet with a space', ref('$C$7', 'KPI Tree'), "'KPI Tree'!$C$7"],
    ['ref on a Japanese sheet', ref('C7', 'KPIツリー'), "'KPIツリー'!C7"],
    ['ref on a sheet with an apostrophe', ref('A1', "Bob's"), "'Bob''s'!A1"],
    [
      'lookup',
      call('INDEX', ref('$B:$B', 'Calendar'), call('MATCH', name('x'), ref('$A:$A', 'Calendar'), num(0))),
      'INDEX(Calendar!$B:$B,MATCH(x,Calendar!$A:$A,0))',
    ],
  ])('%s', (_label, formula, text) => {
    expect(renderFormula(formula)).toBe(text);
  });

  it('renders -a^2 with the value Excel gives it, (-a)^2', () => {
    const env = (n: string): number | undefined => (n === 'a' ? 3 : undefined);
    expect(evaluate(bin('^', neg(a), num(2)), env)).toEqual({ ok: true, value: 9 });
    expect(evaluate(neg(bin('^', a, num(2))), env)).toEqual({ ok: true, value: -9 });
  });

  it('keeps the prefix rule in one map', () => {
    expect(FUNCTION_PREFIX).toEqual({ ISOWEEKNUM: '_xlfn.' });
  });
});

describe('renderNumber', () => {
  it.each<[number, string]>([
    [0, '0'],
    [-0, '0'],
    [60, '60'],
    [0.1, '0.1'],
    [0.30000000000000004, '0.30000000000000004'],
    [100000, '100000'],
    [1e20, '100000000000000000000'],
    [1e21, '1E+21'],
    [0.000001, '0.000001'],
    [1.5e-7, '1.5E-7'],
    [-2.5, '-2.5'],
    [1 / 3, '0.3333333333333333'],
  ])('%p → %s', (value, text) => {
    expect(renderNumber(value)).toBe(text);
    expect(Number(text)).toBe(value === 0 ? 0 : value);
  });

  it.each([NaN, Infinity, -Infinity])('refuses %p', (value) => {
    expect(() => renderFormula(num(value))).toThrow(FormulaRenderError);
  });
});
