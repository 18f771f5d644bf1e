/**
 * Numbers mean what was typed (issue 18): text in a number cell is read only when it can
 * mean one number; otherwise the cell is named, never guessed at.
 */
import { render } from '../../../src/core/i18n';
import { a1 } from '../../../src/core/layout/a1';
import { readWorkbook } from '../../../src/core/reader/readWorkbook';
import { resolveConfig } from '../../../src/core/rules/config';
import { DEFAULT_THRESHOLDS } from '../../../src/core/rules/thresholds';
import type { Row } from './sheets';
import { SETTINGS, hypothesesSheet, treeColumn, treeSheet, workbook } from './sheets';

const KGI: Row = { id: 'revenue', level: 'KGI', name: 'Revenue', unit: '円', monthly: 1000000 };
const CONTRACTS: Row = {
  id: 'contracts',
  level: 'KPI',
  name: 'Contracts',
  parent: 'revenue',
  backcast: 'revenue / unit_price',
  unit: '件',
};
const MEETINGS: Row = {
  id: 'meetings',
  level: 'KPI',
  name: 'Meetings',
  parent: 'contracts',
  backcast: 'contracts / close_rate',
  unit: '件',
};

function readHypothesis(value: string | number) {
  return readWorkbook(
    workbook(
      treeSheet([KGI, CONTRACTS, MEETINGS]),
      SETTINGS,
      hypothesesSheet([
        ['unit_price', 'Unit price', 100000],
        ['close_rate', 'Close rate', value],
      ]),
    ),
    'en',
  );
}

describe('a hypothesis typed as text', () => {
  it.each([
    ['1,5', 'reader.ambiguousNumber'],
    ['0x10', 'reader.notNumber'],
    ['0b11', 'reader.notNumber'],
    ['1e', 'reader.notNumber'],
    ['Infinity', 'reader.notNumber'],
    ['1e400', 'reader.numberTooLarge'],
  ])('"%s" is an error at its cell (%s), and the only one: no guess, no second error', (text, key) => {
    const read = readHypothesis(text);
    const errors = read.problems.filter((p) => p.severity === 'error');
    expect(errors).toEqual([
      expect.objectContaining({
        cell: 'Hypotheses!C5',
        node: 'close_rate',
        message: { key, params: { value: text } },
      }),
    ]);
    expect(read.model?.hypotheses.map((h) => h.id)).toEqual(['unit_price']);
  });

  it('"1,5" says why in both languages', () => {
    const p = readHypothesis('1,5').problems[0];
    expect(render('en', p.message)).toBe(
      '"1,5" can be read as two different numbers: type one and a half as 1.5, and thousands with a comma every three digits (1,500)',
    );
    expect(render('ja', p.message)).toBe(
      '「1,5」は数値として一通りに読めません。小数は 1.5、桁区切りは 1,500 のように3桁ごとにカンマを入れて入力してください',
    );
  });

  it.each([
    ['0.2', 0.2],
    ['20%', 0.2],
    ['２０％', 0.2],
    ['０．２', 0.2],
    [' 0.25 ', 0.25],
  ])('"%s" means one number only, and is read as %d', (text, value) => {
    const read = readHypothesis(text);
    expect(read.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(read.model?.hypotheses.find((h) => h.id === 'close_rate')?.value).toBe(value);
  });
});

describe('numbers of the tree typed as text', () => {
  const read = (row: Row) =>
    readWorkbook(
      workbook(
        treeSheet([row, CONTRACTS]),
        SETTINGS,
        hypothesesSheet([['unit_price', 'Unit price', 100000]]),
      ),
      'en',
    );
  const at = (key: Parameters<typeof treeColumn>[0]) => `'KPI Tree'!${a1(5, treeColumn(key))}`;

  it.each([
    ['monthly', '1,5'],
    ['baseline', '0x10'],
    ['capacity', '1e'],
  ] as const)('%s "%s" is an error at its cell', (column, text) => {
    const problems = read({ ...KGI, [column]: text }).problems.filter((p) => p.severity === 'error');
    expect(problems).toContainEqual(expect.objectContaining({ cell: at(column), node: 'revenue' }));
    expect(problems.every((p) => p.cell === at(column))).toBe(true);
  });

  it.each([
    ['１２３', 123],
    ['1,000', 1000],
    ['1,000,000円', 1000000],
    ['¥1,000,000', 1000000],
    ['１，０００，０００', 1000000],
  ])('the target "%s" is read as %d', (text, value) => {
    const r = read({ ...KGI, monthly: text });
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.model?.nodes[0].target).toBe(value);
  });

  it.each([-5, 0, '-5'])('a KGI target of %p is an error naming the goal and its cell', (monthly) => {
    const problems = read({ ...KGI, monthly }).problems.filter((p) => p.severity === 'error');
    expect(problems).toEqual([
      expect.objectContaining({ code: 'value-out-of-range', node: 'revenue', cell: at('monthly') }),
    ]);
    expect(render('ja', problems[0].message)).toBe(
      `KGI「Revenue」の目標が ${Number(monthly)} です。KGI の目標は 0 より大きい値にしてください`,
    );
  });

  it('a number past what a cell holds is an error at its cell', () => {
    const problems = read({ ...KGI, baseline: 1.5e308 }).problems.filter((p) => p.severity === 'error');
    expect(problems).toEqual([
      expect.objectContaining({ code: 'value-out-of-range', node: 'revenue', cell: at('baseline') }),
    ]);
  });
});

describe('a threshold typed on the Settings sheet', () => {
  it.each(['0x10', '1,5', '1e'])(
    '"%s" is not read as a number: the threshold keeps its default, and says so',
    (text) => {
      const c = resolveConfig({ rules: {}, thresholds: { max_children: text } });
      expect(c.thresholds.max_children).toBe(DEFAULT_THRESHOLDS.max_children);
      expect(c.issues).toContainEqual(expect.objectContaining({ field: 'checks.thresholds.max_children' }));
    },
  );

  it('"１２" (full-width) is 12', () => {
    expect(resolveConfig({ rules: {}, thresholds: { max_children: '１２' } }).thresholds.max_children).toBe(
      12,
    );
  });
});
