/**
 * A backcast as people read it: names instead of ids, ÷ × − as they are written by hand, and
 * brackets only where the order needs them, so that the reading means what the formula does.
 */
import { evaluate, parseExpression, type Formula } from '../../../src/core/formula';
import { readableFormula } from '../../../src/core/formula/readable';
import { backcastNamer } from '../../../src/core/backcast/readable';
import { loadPlanText } from '../../../src/core/model/parsePlan';
import type { Hypothesis, KpiNode } from '../../../src/core/model/types';
import fc from 'fast-check';

const NAMES: Record<string, string> = {
  revenue: '月間売上',
  unit_price: '平均受注単価',
  a: 'A',
  b: 'B',
  c: 'C',
};
const parsed = (source: string): Formula => {
  const r = parseExpression(source);
  if (!r.ok) throw new Error(`does not parse: ${source}`);
  return r.expr;
};
const ja = (source: string): string =>
  readableFormula(parsed(source), { nameOf: (id) => NAMES[id], fullWidthBrackets: true });
const en = (source: string): string =>
  readableFormula(parsed(source), { nameOf: (id) => NAMES[id], fullWidthBrackets: false });

describe('a formula read with names', () => {
  test.each([
    ['revenue / unit_price', '月間売上 ÷ 平均受注単価'],
    ['revenue * 0.2', '月間売上 × 0.2'],
    ['(a - b) / c', '（A − B） ÷ C'],
    ['a - (b - c)', 'A − （B − C）'],
    ['a / (b * c)', 'A ÷ （B × C）'],
    ['a * b / c', 'A × B ÷ C'],
    ['a + b * c', 'A + B × C'],
    ['-(a + b)', '−（A + B）'],
    ['a / unknown_id', 'A ÷ unknown_id'],
  ])('%s reads 「%s」', (source, reading) => {
    expect(ja(source)).toBe(reading);
  });

  test('English keeps half-width brackets', () => {
    expect(en('(a - b) / c')).toBe('(A − B) ÷ C');
  });

  test('the brackets it writes keep the order: read back with the operators of the formula, it computes the same', () => {
    const values: Record<string, number> = { A: 7, B: 3, C: 2 };
    for (const source of [
      'a - (b - c)',
      'a / (b * c)',
      '(a - b) / c',
      'a * b / c',
      'a - b - c',
      'a / b / c',
      '-(a + b) * c',
    ]) {
      const text = en(source)
        .replace(/÷/g, '/')
        .replace(/×/g, '*')
        .replace(/−/g, '-')
        .replace(/\b[ABC]\b/g, (n) => n.toLowerCase());
      const env = { a: values.A, b: values.B, c: values.C };
      const lookup = (n: string): number | undefined => env[n as keyof typeof env];
      expect({ source, value: evaluate(parsed(text), lookup) }).toEqual({
        source,
        value: evaluate(parsed(source), lookup),
      });
    }
  });
});

describe('a node’s backcast with the plan’s names', () => {
  const plan = `version: 1
title: T
month: 2026-12
hypotheses:
  - { id: unit_price, name: 平均受注単価, value: 100000 }
kpis:
  - { id: revenue, level: KGI, name: 月間売上, target: 1000000, unit: 円 }
  - { id: contracts, level: KPI, parent: revenue, name: 成約件数, unit: 件, backcast: revenue / unit_price }
`;
  const model = loadPlanText(plan, 'yaml').model!;
  test('names of the parent and the hypothesis; none for the KGI', () => {
    const [kgi, contracts] = model.nodes;
    expect(backcastNamer(model, 'ja')(contracts)).toBe('月間売上 ÷ 平均受注単価');
    expect(backcastNamer(model, 'ja')(kgi)).toBeNull();
  });
});

describe('names as the backcast reads them: on one line, single-spaced', () => {
  /** The tidying written plainly: every run of white space one space, none at the ends. */
  const tidied = (name: string): string | undefined => name.replace(/\s+/g, ' ').trim() || undefined;
  const piece = fc.constantFrom('売上', 'A', ' ', '  ', '\u3000', '\t', '\n', '\u00a0', 'x y', '');
  const name = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));

  it('reads a node’s and a hypothesis’s names tidied, whatever white space they hold', () => {
    fc.assert(
      fc.property(name, name, (parentName, hypothesisName) => {
        const nodes = [
          { id: 'revenue', name: parentName },
          {
            id: 'contracts',
            name: 'c',
            parent: 'revenue',
            backcast: { source: 'revenue / rate', expr: parsed('revenue / rate') },
          },
        ] as unknown as KpiNode[];
        const read = backcastNamer(
          { nodes, hypotheses: [{ id: 'rate', name: hypothesisName }] as unknown as Hypothesis[] },
          'ja',
        )(nodes[1]);
        expect(read).toBe(`${tidied(parentName) ?? 'revenue'} ÷ ${tidied(hypothesisName) ?? 'rate'}`);
      }),
    );
  });
});
