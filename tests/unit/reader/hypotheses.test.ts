import { render } from '../../../src/core/i18n';
import { readWorkbook } from '../../../src/core/reader/readWorkbook';
import { SETTINGS, hypothesesSheet, treeSheet, workbook } from './sheets';

const tree = treeSheet([
  { id: 'revenue', level: 'KGI', name: 'Revenue', unit: '円', monthly: 1000000 },
  {
    id: 'contracts',
    level: 'KPI',
    name: 'Contracts',
    parent: 'revenue',
    backcast: 'revenue / unit_price',
    unit: '件',
  },
]);

describe('the Hypotheses sheet read back', () => {
  it('keeps a row of people’s notes out of the hypotheses, and remembers it', () => {
    const read = readWorkbook(
      workbook(
        tree,
        SETTINGS,
        hypothesesSheet([
          ['unit_price', 'Unit price', 100000],
          [],
          ['Prices from the 2025 price list', null, null],
        ]),
      ),
      'en',
    );
    expect(read.problems).toEqual([]);
    expect(read.model?.hypotheses.map((h) => h.id)).toEqual(['unit_price']);
    expect(read.hypotheses?.hypothesisRows).toEqual([{ id: 'unit_price', row: 4 }]);
    expect(read.hypotheses?.foreignRows).toEqual([6]);
  });

  it('says which hypothesis has no value, at its value cell, in both languages', () => {
    const read = readWorkbook(
      workbook(tree, SETTINGS, hypothesesSheet([['unit_price', 'Unit price', null]])),
      'en',
    );
    const p = read.problems.find((x) => x.message.key === 'reader.missingValue');
    expect(p).toMatchObject({ severity: 'error', cell: 'Hypotheses!C4', node: 'unit_price' });
    expect(render('en', p!.message)).toBe('The hypothesis "unit_price" has no value: type a number');
    expect(render('ja', p!.message)).toBe('仮説「unit_price」に値がありません。数値を入力してください');
  });

  it('names the cell of a value that is no number', () => {
    const read = readWorkbook(
      workbook(tree, SETTINGS, hypothesesSheet([['unit_price', 'Unit price', 'about 100k']])),
      'en',
    );
    expect(read.problems).toContainEqual(
      expect.objectContaining({
        cell: 'Hypotheses!C4',
        message: { key: 'reader.notNumber', params: { value: 'about 100k' } },
      }),
    );
  });

  it('finds a renamed Hypotheses sheet by its header, and a sheet of that name without the header is not it', () => {
    const own = { name: 'Hypotheses', rows: [[{ value: 'my own list' }]] };
    const renamed = { ...hypothesesSheet([['unit_price', 'Unit price', 100000]]), name: '前提' };
    const read = readWorkbook(workbook(tree, SETTINGS, own, renamed), 'en');
    expect(read.problems).toEqual([]);
    expect(read.hypotheses?.sheet).toBe('前提');
  });
});
