import { readWorkbook } from '../../../src/core/reader/readWorkbook';
import { isGeneratedName, toolSheets } from '../../../src/core/reader/toolSheets';
import { render } from '../../../src/core/i18n';

describe('toolSheets', () => {
  it('names the tool’s sheets in either language, review tabs, and sheets its names point to', () => {
    const sheets = ['KPIツリー', 'Hypotheses', 'カレンダー', 'Settings', 'チェック', '履歴', '週次レビュー 2026-W50', 'Review 2026-W51', 'Sales KPI', 'My data', 'Notes 2026-W50'];
    const names = [
      { name: 'T_revenue', sheet: 'Sales KPI', range: '$G$5' },
      { name: 'MyRange', sheet: 'My data', range: '$A$1' },
    ];
    expect([...toolSheets(sheets, names)].sort()).toEqual(
      ['KPIツリー', 'Hypotheses', 'カレンダー', 'Settings', 'チェック', '履歴', '週次レビュー 2026-W50', 'Review 2026-W51', 'Sales KPI'].sort(),
    );
  });

  it('knows the generated names of the workbook contract', () => {
    for (const n of ['T_revenue', 'D_calls', 'W_calls', 'H_close_rate', 'WEEKS', 'WORKDAYS', 'HOLIDAYS']) expect(isGeneratedName(n)).toBe(true);
    for (const n of ['T_', 'X_revenue', 'weeks', 'MyRange']) expect(isGeneratedName(n)).toBe(false);
  });
});

describe('a tree sheet read only in part', () => {
  it('is refused with its name rather than read as a shorter tree', () => {
    const header = ['ID', 'Level', 'Name', 'Parent'].map((value) => ({ value }));
    const result = readWorkbook({ sheets: [{ name: 'Sales KPI', rows: [[], [], [], header, [{ value: 'revenue' }, { value: 'KGI' }, { value: 'Revenue' }]], truncated: true }], names: [] }, 'en');
    expect(result.model).toBeNull();
    expect(result.problems.map((p) => render('en', p.message))).toEqual([expect.stringContaining('"Sales KPI" holds the KPI tree, but only its first rows')]);
  });
});
