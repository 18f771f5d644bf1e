/**
 * Running `kpi-tree review` again for a week that has a tab refreshes what the tool
 * generates and touches nothing people wrote: not the inputs, not a note typed beside a
 * KPI or an action, not a comment, not the row of a KPI that has since left the tree.
 */
import type ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { openXlsx } from '../support/edits';
import { cliWorkspace, edit, rowOf, sheet } from '../support/cliWorkbooks';
import { REVIEW } from '../../src/core/layout/reviewColumns';

const C = REVIEW.col;
const A = REVIEW.action;
const TAB = '週次レビュー 2026-W50';
const NEXT = '週次レビュー 2026-W51';
/**
 * The rate table between the last node and the actions, with the gap table beside it: their
 * title and header, the longer of the four hypotheses and the five drivers with their total, and a blank row.
 */
const RATES = 2 + Math.max(4, 5 + 1) + 1;

const work = cliWorkspace('kpi-review-refresh-', { env: { LANG: 'ja_JP.UTF-8' } });

/** The row of the action whose issue is `issue`. */
function actionRow(ws: ExcelJS.Worksheet, issue: string): number {
  for (let r = REVIEW.firstRow; r < 200; r++) if (ws.getCell(r, A.issue).value === issue) return r;
  throw new Error(`no action ${issue}`);
}

const review = async (file: string, week: string): Promise<void> => {
  expect(await main(['review', file, '--week', week], work.io())).toBe(0);
};

/** Adds a KPI for 山田 to the tree sheet (it lands before 佐藤's rows in the review) and syncs. */
async function addReferrals(file: string): Promise<void> {
  await edit(file, (wb) => {
    const tree = sheet(wb, 'KPIツリー');
    const row = 11;
    const values: Record<number, string> = {
      1: 'referrals',
      2: 'KPI',
      3: '紹介件数',
      4: 'revenue',
      5: 'revenue / unit_price',
      6: '件',
      14: '山田',
      15: '2026-12-31',
    };
    for (const [col, v] of Object.entries(values)) tree.getCell(row, Number(col)).value = v;
  });
  expect(await main(['sync', file], work.io())).toBe(0);
}

/** Deletes the row of a KPI from the tree sheet, as a person would, and syncs. */
async function removeFromTree(file: string, id: string): Promise<void> {
  await edit(file, (wb) => {
    const tree = sheet(wb, 'KPIツリー');
    for (let r = 5; r < 20; r++) {
      if (tree.getCell(r, 1).value === id) {
        tree.spliceRows(r, 1);
        break;
      }
    }
  });
  expect(await main(['sync', file], work.io())).toBe(0);
}

describe('a review tab refreshed', () => {
  it('keeps notes beside KPIs and actions beside them, the header notes in place, and comments on inputs', async () => {
    const file = await work.build('notes.xlsx');
    await review(file, '2026-W50');
    await edit(file, (wb) => {
      const ws = sheet(wb, TAB);
      const calls = rowOf(ws, 'calls');
      ws.getCell(calls, C.actual).value = 40;
      ws.getCell(calls, C.actual).note = '週報から集計';
      ws.getCell(calls, C.q3 + 2).value = '架電の横メモ';
      ws.getCell(5, 6).value = '今週は展示会あり';
      const first = rowOf(ws, 'calls') + RATES + 4;
      ws.getCell(first, A.issue).value = 'アポ不足';
      ws.getCell(first, A.status).value = '進行中';
      ws.getCell(first, A.fromWeek + 2).value = '部長確認済み';
    });
    await review(file, '2026-W50');
    await addReferrals(file);
    await review(file, '2026-W50');

    const ws = sheet(await openXlsx(file), TAB);
    const calls = rowOf(ws, 'calls');
    expect(ws.getCell(calls - 1, C.id).value).toBe('appointments');
    expect(rowOf(ws, 'referrals')).toBeLessThan(rowOf(ws, 'appointments'));
    expect(ws.getCell(calls, C.actual).value).toBe(40);
    expect(ws.getCell(calls, C.actual).note).toBe('週報から集計');
    expect(ws.getCell(calls, C.q3 + 2).value).toBe('架電の横メモ');
    expect(ws.getCell(5, 6).value).toBe('今週は展示会あり');
    const action = actionRow(ws, 'アポ不足');
    expect(ws.getCell(action, A.fromWeek + 2).value).toBe('部長確認済み');
    expect(ws.getCell(action, A.status).value).toBe('進行中');
  });

  it('keeps a note beside an action when a newly carried action comes in above it', async () => {
    const file = await work.build('carried.xlsx');
    await review(file, '2026-W50');
    await review(file, '2026-W51');
    await edit(file, (wb) => {
      const next = sheet(wb, NEXT);
      const first = rowOf(next, 'calls') + RATES + 4;
      next.getCell(first, A.issue).value = '単価低下';
      next.getCell(first, A.fromWeek + 1).value = 'W51 で起票';
      const prev = sheet(wb, TAB);
      prev.getCell(rowOf(prev, 'calls') + RATES + 4, A.issue).value = '後から追加したW50の課題';
    });
    await review(file, '2026-W51');

    const next = sheet(await openXlsx(file), NEXT);
    const carried = actionRow(next, '後から追加したW50の課題');
    const own = actionRow(next, '単価低下');
    expect(own).toBe(carried + 1);
    expect(next.getCell(carried, A.fromWeek).value).toBe('2026-W50');
    expect(next.getCell(own, A.fromWeek + 1).value).toBe('W51 で起票');
  });

  it('keeps the row, actual and answers of a KPI that has left the tree', async () => {
    const file = await work.build('removed.xlsx');
    await review(file, '2026-W50');
    await edit(file, (wb) => {
      const ws = sheet(wb, TAB);
      const calls = rowOf(ws, 'calls');
      ws.getCell(calls, C.actual).value = 40;
      ws.getCell(calls, C.q1).value = 'リスト不足';
    });
    await removeFromTree(file, 'calls');
    await review(file, '2026-W50');

    const wb = await openXlsx(file);
    const ws = sheet(wb, TAB);
    const calls = rowOf(ws, 'calls');
    expect([
      ws.getCell(calls, C.name).value,
      ws.getCell(calls, C.actual).value,
      ws.getCell(calls, C.q1).value,
    ]).toEqual(['架電数', 40, 'リスト不足']);
    expect(wb.definedNames.model.some((n) => n.name === 'W_calls')).toBe(false);
    // The history still has the week's actual for it.
    const history = sheet(wb, '履歴');
    let found = false;
    history.eachRow((r) => {
      if (r.getCell(1).value === '2026-W50' && r.getCell(2).value === 'calls') found = true;
    });
    expect(found).toBe(true);
  });

  it('drops the row of a KPI that left the tree before anyone typed anything for it', async () => {
    const file = await work.build('removed-empty.xlsx');
    await review(file, '2026-W50');
    await removeFromTree(file, 'calls');
    await review(file, '2026-W50');
    const ws = sheet(await openXlsx(file), TAB);
    expect(() => rowOf(ws, 'calls')).toThrow('no row for calls');
  });
});

describe('the rate table refreshed', () => {
  it('is written once, in place, however often the week is refreshed; a note beside it stays beside it', async () => {
    const file = await work.build('rates.xlsx');
    await review(file, '2026-W50');
    await edit(file, (wb) => {
      const ws = sheet(wb, TAB);
      ws.getCell(rowOf(ws, 'calls') + 3 + 2, C.q3 + 1).value = '成約率は月末に見直す';
    });
    await review(file, '2026-W50');
    await review(file, '2026-W50');
    const ws = sheet(await openXlsx(file), TAB);
    const rows: number[] = [];
    ws.eachRow((row, r) => {
      if (row.getCell(C.id).value === 'close_rate') rows.push(r);
    });
    expect(rows).toEqual([rowOf(ws, 'calls') + 3 + 2]);
    expect(ws.getCell(rows[0], C.q3 + 1).value).toBe('成約率は月末に見直す');
    expect(ws.getCell(rows[0], C.hint).value).toBe('成約件数 ÷ 商談数');
  });
});
