import { quoteSheetName } from '../../../src/core/formula';

describe('quoteSheetName', () => {
  it.each(['Hypotheses', 'Calendar', 'Sheet1', 'KPI_Tree', 'Review_2026_W49', 'ABCD1', 'Report'])(
    'leaves the plain name %s bare',
    (sheet) => {
      expect(quoteSheetName(sheet)).toBe(sheet);
    },
  );

  it.each<[string, string]>([
    ['KPI Tree', "'KPI Tree'"],
    ['KPIツリー', "'KPIツリー'"],
    ['仮説', "'仮説'"],
    ['週次レビュー 2026-W49', "'週次レビュー 2026-W49'"],
    ["Bob's", "'Bob''s'"],
    ["''", "''''''"],
    ['2026-W49', "'2026-W49'"],
    ['2026', "'2026'"],
    ['A1', "'A1'"],
    ['a1', "'a1'"],
    ['KPI1', "'KPI1'"],
    ['XFD1048576', "'XFD1048576'"],
    ['R1C1', "'R1C1'"],
    ['RC', "'RC'"],
    ['R', "'R'"],
    ['C', "'C'"],
    ['r2c', "'r2c'"],
    ['TRUE', "'TRUE'"],
    ['false', "'false'"],
    ['Q&A', "'Q&A'"],
    ['a.b', "'a.b'"],
    ['_x', "'_x'"],
    ['', "''"],
  ])('quotes %p as %s', (sheet, quoted) => {
    expect(quoteSheetName(sheet)).toBe(quoted);
  });
});
