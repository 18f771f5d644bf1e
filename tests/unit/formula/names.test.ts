import {
  bin,
  call,
  collectNames,
  mapNames,
  name,
  num,
  ref,
  renderFormula,
  str,
} from '../../../src/core/formula';
import type { Formula } from '../../../src/core/formula';

const plan: Formula = bin(
  '+',
  bin('/', name('contracts'), name('close_rate')),
  call('MAX', name('contracts'), ref('A1', 'Plan'), str('close_rate'), num(1)),
);

describe('collectNames', () => {
  it('lists each name once, in first-use order, ignoring refs and strings', () => {
    expect(collectNames(plan)).toEqual(['contracts', 'close_rate']);
  });

  it('returns nothing for a formula without names', () => {
    expect(collectNames(bin('*', num(2), ref('B2')))).toEqual([]);
  });
});

describe('mapNames', () => {
  it('turns plan ids into defined names', () => {
    const hypotheses = new Set(['close_rate']);
    const mapped = mapNames(plan, (id) => name(hypotheses.has(id) ? `H_${id}` : `T_${id}`));
    expect(renderFormula(mapped)).toBe('T_contracts/H_close_rate+MAX(T_contracts,Plan!A1,"close_rate",1)');
  });

  it('can replace a name by any formula, keeping precedence right', () => {
    const mapped = mapNames(bin('*', name('x'), num(2)), () => bin('+', num(1), num(1)));
    expect(renderFormula(mapped)).toBe('(1+1)*2');
  });

  it('does not change its input', () => {
    const before = JSON.stringify(plan);
    mapNames(plan, (id) => name(`T_${id}`));
    expect(JSON.stringify(plan)).toBe(before);
  });
});
