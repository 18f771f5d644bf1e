import { render } from '../../../src/core/i18n';
import { readWorkbook } from '../../../src/core/reader/readWorkbook';
import { SETTINGS, hypothesesSheet, treeColumn, treeSheet, workbook } from './sheets';
import { a1 } from '../../../src/core/layout/a1';

describe('rows read back are validated by the plan schema', () => {
  it('a negative capacity per day is an error at its cell, not silently dropped', () => {
    const read = readWorkbook(
      workbook(
        treeSheet([
          { id: 'revenue', level: 'KGI', name: 'Revenue', unit: '円', monthly: 1000000 },
          {
            id: 'calls',
            level: 'KDI',
            name: 'Calls',
            parent: 'revenue',
            backcast: 'revenue / unit_price',
            unit: '件',
            capacity: -5,
          },
        ]),
        SETTINGS,
        hypothesesSheet([['unit_price', 'Unit price', 100000]]),
      ),
      'en',
    );
    const p = read.problems.find((x) => x.code === 'schema');
    expect(p).toMatchObject({
      severity: 'error',
      node: 'calls',
      cell: `'KPI Tree'!${a1(6, treeColumn('capacity'))}`,
    });
    expect(render('en', p!.message)).toBe('Must be greater than 0');
    expect(render('ja', p!.message)).toBe('0 より大きい値を指定してください');
  });

  it('a problem the reader already located is not said twice', () => {
    const read = readWorkbook(
      workbook(
        treeSheet([{ id: 'revenue', level: 'KGI', name: '   ', unit: '円', monthly: 1000000 }]),
        SETTINGS,
        hypothesesSheet([]),
      ),
      'en',
    );
    const atName = read.problems.filter((p) => p.cell === `'KPI Tree'!${a1(5, treeColumn('name'))}`);
    expect(atName.map((p) => p.message.key)).toEqual(['reader.missingName']);
  });
});
