/**
 * A review tab edited by a colleague in LibreOffice (issue 18): columns inserted, moved or
 * hidden, the tab renamed, a note typed under the actions. `review` reads the tab by its
 * headers and its identity, so nothing typed is lost or moved under another question, the
 * renamed tab is still the week's (to date, refresh, carry-over), and a note is no action.
 */
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { openXlsx } from '../support/edits';
import { cliWorkspace, sheet, value } from '../support/cliWorkbooks';
import { libreOfficeSuite, recalculate } from '../support/libreoffice';
import { editInCalc } from '../support/libreofficeEdit';
import { tabOf, tabView } from '../support/reviewTabs';

const work = cliWorkspace('kpi-review-calc-', { env: { LANG: 'ja_JP.UTF-8' } });
const W50 = '週次レビュー 2026-W50';
const W51 = '週次レビュー 2026-W51';

const review = async (file: string, week: string): Promise<void> => {
  const io = work.io();
  const code = await main(['review', file, '--week', week], io);
  expect(io.stderr.join('\n')).toBe('');
  expect(code).toBe(0);
};

/** Types actuals, answers and actions into a tab (found by its headers), in LibreOffice. */
async function typeInCalc(
  file: string,
  tab: string,
  cells: { id: string; key: 'actual' | 'q1' | 'q2' | 'q3'; value: string | number }[],
  actions: { issue: string; action: string; status: string }[] = [],
): Promise<void> {
  const view = tabView(sheet(await openXlsx(file), tab));
  await editInCalc(file, [
    ...cells.map((c) => ({
      sheet: tab,
      op: 'set' as const,
      row: view.rowOf(c.id),
      col: view.col(c.key),
      value: c.value,
    })),
    ...actions.flatMap((a, i) => [
      {
        sheet: tab,
        op: 'set' as const,
        row: view.actionHeaderRow + 1 + i,
        col: view.actionCol('issue'),
        value: a.issue,
      },
      {
        sheet: tab,
        op: 'set' as const,
        row: view.actionHeaderRow + 1 + i,
        col: view.actionCol('action'),
        value: a.action,
      },
      {
        sheet: tab,
        op: 'set' as const,
        row: view.actionHeaderRow + 1 + i,
        col: view.actionCol('status'),
        value: a.status,
      },
    ]),
  ]);
}

const lo = libreOfficeSuite();
lo.describe('a review tab edited in LibreOffice, then reviewed again', () => {
  it('keeps a column inserted in it, with its text, and every answer under its own question', async () => {
    const file = await work.build('inserted.xlsx');
    await review(file, '2026-W50');
    await typeInCalc(file, W50, [
      { id: 'calls', key: 'actual', value: 40 },
      { id: 'calls', key: 'q1', value: 'リスト不足' },
      { id: 'calls', key: 'q2', value: '量' },
      { id: 'calls', key: 'q3', value: '架電リストを追加' },
    ]);
    // A column between the name and the level, with a header and a note of people's own.
    const before = tabView(sheet(await openXlsx(file), W50));
    const at = before.col('level');
    await editInCalc(file, [
      { sheet: W50, op: 'insertColumn', at },
      { sheet: W50, op: 'set', row: before.headerRow, col: at, value: '確認者' },
      { sheet: W50, op: 'set', row: before.rowOf('calls'), col: at, value: '部長' },
    ]);
    await review(file, '2026-W50');

    const wb = await openXlsx(file);
    expect(wb.worksheets.filter((w) => w.name.includes('2026-W50'))).toHaveLength(1);
    const tab = tabView(sheet(wb, W50));
    expect(tab.columnOf('確認者')).toBe(at);
    expect(value(tab.ws.getCell(tab.rowOf('calls'), at))).toBe('部長');
    expect([
      tab.cell('calls', 'actual'),
      tab.cell('calls', 'q1'),
      tab.cell('calls', 'q2'),
      tab.cell('calls', 'q3'),
    ]).toEqual([40, 'リスト不足', '量', '架電リストを追加']);
    expect(tab.col('level')).toBe(at + 1);
    // The tool's formulas point at the columns where they stand now.
    const calc = tabView(sheet(await openXlsx(await recalculate(file, { tempRoot: work.dir })), W50));
    expect(calc.cell('calls', 'achievement')).toBeCloseTo(40 / (calc.cell('calls', 'target') as number), 9);
  });

  it('keeps a moved column where it was moved and a hidden column hidden', async () => {
    const file = await work.build('moved.xlsx');
    await review(file, '2026-W50');
    await typeInCalc(file, W50, [
      { id: 'calls', key: 'q3', value: 'トーク見直し' },
      { id: 'appointments', key: 'actual', value: 12 },
    ]);
    const before = tabView(sheet(await openXlsx(file), W50));
    const q3 = before.col('q3');
    const hint = before.col('hint');
    // Q3 moved to stand right after the name; the hint column hidden.
    await editInCalc(file, [
      { sheet: W50, op: 'moveColumn', from: q3, to: before.col('name') + 1 },
      { sheet: W50, op: 'hideColumn', at: hint + 1 },
    ]);
    await review(file, '2026-W50');

    const wb = await openXlsx(file);
    const tab = tabView(sheet(wb, W50));
    expect(tab.col('q3')).toBe(before.col('name') + 1);
    expect(tab.cell('calls', 'q3')).toBe('トーク見直し');
    expect(tab.cell('appointments', 'actual')).toBe(12);
    expect(tab.col('hint')).toBe(hint + 1);
    expect(tab.ws.getColumn(hint + 1).hidden).toBe(true);
    expect(tab.ws.getColumn(tab.col('actual')).hidden).toBe(false);
  });

  it('knows a renamed tab as its week: to date, refresh and carry-over read it, and no second tab is made', async () => {
    const file = await work.build('renamed.xlsx');
    await review(file, '2026-W50');
    await typeInCalc(
      file,
      W50,
      [{ id: 'calls', key: 'actual', value: 40 }],
      [
        { issue: 'アポ不足', action: '架電リスト追加', status: '完了' },
        { issue: 'トーク', action: 'スクリプト改訂', status: '進行中' },
      ],
    );
    await editInCalc(file, [{ sheet: W50, op: 'rename', name: 'W50 review' }]);

    await review(file, '2026-W51');
    await review(file, '2026-W50');
    let wb = await openXlsx(file);
    expect(wb.worksheets.map((w) => w.name).filter((n) => n.includes('W50'))).toEqual(['W50 review']);
    expect(tabOf(wb, '2026-W50').name).toBe('W50 review');
    // What was typed in the renamed tab is still there after its refresh.
    expect(tabView(sheet(wb, 'W50 review')).cell('calls', 'actual')).toBe(40);

    // Carry-over read the renamed tab: the done action stays done, the open one comes along.
    const next = tabView(sheet(wb, W51));
    const carried = (r: number): string => String(value(next.ws.getCell(r, next.actionCol('issue'))) ?? '');
    expect([carried(next.actionHeaderRow + 1), carried(next.actionHeaderRow + 2)]).toEqual(['トーク', '']);
    expect(value(next.ws.getCell(8, 2))).toBe(0.5);

    // To date: W51's actual adds the renamed W50's.
    await typeInCalc(file, W51, [{ id: 'calls', key: 'actual', value: 50 }]);
    wb = await openXlsx(await recalculate(file, { tempRoot: work.dir }));
    expect(tabView(sheet(wb, W51)).cell('calls', 'mtdActual')).toBe(90);
  });

  it("a new month leaves the old month its tabs: 2026-W53 stays December's, with its numbers, and January gets a tab of its own", async () => {
    const file = await work.build('month.xlsx');
    await review(file, '2026-W52');
    await review(file, '2026-W53');
    const W53 = '週次レビュー 2026-W53';
    await typeInCalc(file, W53, [
      { id: 'revenue', key: 'actual', value: 50000 },
      { id: 'revenue', key: 'q1', value: '年末の駆け込み' },
    ]);
    const december = tabView(sheet(await openXlsx(file), W53));
    const shown = ['target', 'actual', 'achievement', 'status', 'mtdTarget', 'mtdActual', 'forecast'].map(
      (k) => december.cell('revenue', k as 'target'),
    );
    expect(shown[0]).toBe(50000);

    // Someone moves the plan to January in the Settings sheet, in LibreOffice, and syncs.
    const settings = sheet(await openXlsx(file), '設定');
    let monthRow = 0;
    settings.eachRow((row, n) => {
      if (row.getCell(1).value === 'month') monthRow = n;
    });
    await editInCalc(file, [{ sheet: '設定', op: 'set', row: monthRow, col: 2, value: '2027-01' }]);
    const synced = await main(['sync', file], work.io());
    expect(synced).toBe(0);
    await review(file, '2026-W53');
    await review(file, '2027-W01');

    const wb = await openXlsx(await recalculate(file, { tempRoot: work.dir }));
    const old = tabView(sheet(wb, W53));
    expect(value(old.ws.getCell(6, 2))).toBe('2026-12');
    expect(
      ['target', 'actual', 'achievement', 'status', 'mtdTarget', 'mtdActual', 'forecast'].map((k) =>
        old.cell('revenue', k as 'target'),
      ),
    ).toEqual(shown);
    expect(old.cell('revenue', 'q1')).toBe('年末の駆け込み');
    expect(value(old.ws.getCell(9, 2))).toBe('確定');
    // January's review of the same week is another tab, with January's month and no December actual in it.
    const january = tabOf(wb, '2026-W53', '2027-01');
    expect(january.name).not.toBe(W53);
    const jan = tabView(january);
    expect(value(jan.ws.getCell(6, 2))).toBe('2027-01');
    expect(jan.cell('revenue', 'actual')).toBeNull();
    expect(tabOf(wb, '2026-W53', '2026-12').name).toBe(W53);
  });

  it('keeps a note typed under the actions without counting or carrying it as an action', async () => {
    const file = await work.build('note.xlsx');
    await review(file, '2026-W50');
    await typeInCalc(file, W50, [], [{ issue: 'アポ不足', action: '架電リスト追加', status: '完了' }]);
    const wb0 = await openXlsx(file);
    const view = tabView(sheet(wb0, W50));
    const last = lastInputRow(view.ws, view.actionCol('issue'));
    await editInCalc(file, [
      {
        sheet: W50,
        op: 'set',
        row: last + 2,
        col: view.actionCol('issue'),
        value: 'メモ: 来週は展示会のため架電は午前のみ',
      },
    ]);

    await review(file, '2026-W51');
    await review(file, '2026-W50');
    const wb = await openXlsx(file);
    const next = tabView(sheet(wb, W51));
    expect(value(next.ws.getCell(8, 2))).toBe(1);
    const issues: unknown[] = [];
    for (let r = next.actionHeaderRow + 1; r <= next.ws.rowCount; r++)
      issues.push(value(next.ws.getCell(r, next.actionCol('issue'))));
    expect(issues.filter((x) => x !== null && x !== '')).toEqual([]);
    // Still two rows under the action table (which keeps ten spare rows under the typed action).
    const tab = sheet(wb, W50);
    const end = lastInputRow(tab, view.actionCol('issue'));
    expect(end).toBeGreaterThanOrEqual(last);
    expect(value(tab.getCell(end + 2, view.actionCol('issue')))).toBe(
      'メモ: 来週は展示会のため架電は午前のみ',
    );
  });
});

/** The last row of the action table as a person sees it: the last input cell (filled) of its first column. */
function lastInputRow(ws: ExcelJS.Worksheet, col: number): number {
  let last = 0;
  for (let r = 1; r <= ws.rowCount; r++) {
    const fill = ws.getCell(r, col).fill;
    if (fill?.type === 'pattern' && fill.pattern === 'solid') last = r;
  }
  return last;
}
