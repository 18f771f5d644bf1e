/**
 * `kpi-tree oneonone` on the team example, with 山田 owning the calls: the tab shows their
 * own targets, last week's commitment from the review and their open actions with the
 * completion rate; what is typed in it (through ExcelJS, as in Excel) survives a refresh;
 * the actions decided in it go into the week's review tab with 山田 as owner, once.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { ONE_ON_ONE } from '../../src/core/layout/oneOnOneIdentity';
import { cliWorkspace, edit, sheet, value } from '../support/cliWorkbooks';
import { openXlsx } from '../support/edits';
import { oneOnOneOf, ownedTeamPlan, rowOfKey, rowsOf } from '../support/oneOnOneTabs';
import { tabOf, tabView } from '../support/reviewTabs';

const T = ONE_ON_ONE.text;
const C = ONE_ON_ONE.col;

const work = cliWorkspace('kpi-oneonone-', {
  env: { LANG: 'ja_JP.UTF-8' },
  setup: async (dir) => {
    await ownedTeamPlan(dir);
  },
});

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = work.io();
  const code = await main(argv, io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
}

async function ok(...argv: string[]): Promise<string> {
  const r = await run(...argv);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return r.out;
}

/** Builds the team, reviews W50 with 山田's calls, a commitment and two of 山田's actions (one done). */
async function reviewedTeam(name: string): Promise<string> {
  const file = await work.build(name, undefined, path.join(work.dir, 'team.yaml'));
  await ok('review', file, '--week', '2026-W50');
  await edit(file, (wb) => {
    const view = tabView(tabOf(wb, '2026-W50'));
    view.ws.getCell(view.rowOf('calls'), view.col('actual')).value = 120;
    view.ws.getCell(view.rowOf('calls'), view.col('q3')).value = '午前中に架電をまとめる';
    view.ws.getCell(view.rowOf('contracts'), view.col('q3')).value = 'チームの約束（山田さんのではない）';
    const row = view.actionHeaderRow + 1;
    const put = (r: number, key: Parameters<typeof view.actionCol>[0], v: string | Date): void => {
      view.ws.getCell(r, view.actionCol(key)).value = v;
    };
    put(row, 'issue', '架電リストが古い');
    put(row, 'action', 'リストを更新する');
    put(row, 'owner', '山田');
    put(row, 'due', new Date(Date.UTC(2026, 11, 16)));
    put(row, 'status', '進行中');
    put(row + 1, 'issue', 'トークが長い');
    put(row + 1, 'action', 'スクリプトを短くする');
    put(row + 1, 'owner', 'yamada');
    put(row + 1, 'status', '完了');
    put(row + 2, 'issue', '佐藤さんの課題');
    put(row + 2, 'action', '佐藤さんのアクション');
    put(row + 2, 'owner', '佐藤');
  });
  await ok('review', file, '--week', '2026-W51');
  return file;
}

describe('kpi-tree oneonone', () => {
  it('shows the member’s targets, last week’s commitment, open actions and completion rate', async () => {
    const file = await reviewedTeam('shows.xlsx');
    const out = await ok('oneonone', file, '--member', 'yamada', '--week', '2026-W51');
    expect(out).toContain('山田 1on1 2026-W51');
    const wb = await openXlsx(file);
    const ws = oneOnOneOf(wb, '2026-W51', 'yamada');
    expect(ws.name).toBe('山田 1on1 2026-W51');
    expect(String(ws.getCell(ONE_ON_ONE.titleRow, T.label).value)).toBe('山田さんとの1on1 第3週 12/14〜12/20（2026-W51）');

    // Only the node 山田 owns; its targets are 山田's own (By member sheet), its actuals the reviews'.
    const calls = rowOfKey(ws, 'calls');
    expect(rowsOf(ws, 'contracts')).toEqual([]);
    const monthly = ws.getCell(calls, C.monthly).value as { formula: string };
    expect(monthly.formula).toBe('INDEX(MT_yamada,MATCH("calls",MEMBER_NODES,0))');
    expect((ws.getCell(calls, C.weekly).value as { formula: string }).formula).toBe(
      'INDEX(MW_yamada,MATCH("calls",MEMBER_NODES,0),3)',
    );
    expect((ws.getCell(calls, C.mtdActual).value as { formula: string }).formula).toContain(
      "'週次レビュー 2026-W50'!",
    );
    expect(value(ws.getCell(calls, C.mtdActual))).toBe(120);

    const commitment = rowOfKey(ws, '#commitment:calls');
    expect(ws.getCell(commitment, T.body).value).toBe('午前中に架電をまとめる');
    expect(rowsOf(ws, '#commitment:contracts')).toEqual([]);

    const open = rowsOf(ws, '#open');
    expect(open.map((r) => ws.getCell(r, T.body).value)).toEqual(['リストを更新する']);
    expect(ws.getCell(open[0], T.fromWeek).value).toBe('2026-W50');
    expect(ws.getCell(rowOfKey(ws, '#completion'), T.body).value).toBe(0.5);
    expect(ws.getCell(rowOfKey(ws, '#log'), T.body + 3).value).toBe(0);

    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.pageSetup.fitToHeight).toBe(1);
    expect(ws.pageSetup.fitToWidth).toBe(1);
  });

  it('keeps what was typed on refresh and sends the decided actions to the week’s review, once', async () => {
    const file = await reviewedTeam('keeps.xlsx');
    await ok('oneonone', file, '--member', '山田', '--week', '2026-W51');
    await edit(file, (wb) => {
      const ws = oneOnOneOf(wb, '2026-W51', 'yamada');
      ws.getCell(rowOfKey(ws, '#agenda:reflection'), T.body).value = '架電は計画どおり';
      ws.getCell(rowOfKey(ws, '#agenda:feedback'), T.body).value = '=HYPERLINK("x")';
      ws.getCell(rowOfKey(ws, '#commitment:calls'), T.outcome).value = '午前にまとめて接続率が上がった';
      const action = rowsOf(ws, '#action')[0];
      ws.getCell(action, T.label).value = '紹介が少ない';
      ws.getCell(action, T.body).value = '既存顧客に紹介を依頼する';
      ws.getCell(action, T.due).value = new Date(Date.UTC(2026, 11, 18));
      // People's own: a note past the tool's columns, and a line in the empty row under the agenda.
      ws.getCell(rowOfKey(ws, 'calls'), C.mtdAchievement + 2).value = '月末は繁忙';
      ws.getCell(rowOfKey(ws, '#agenda:feedback') + 1, T.label).value = '次回は同行営業の話';
    });
    const again = await ok('oneonone', file, '--member', 'yamada', '--week', '2026-W51');
    expect(again).toContain('更新しました');
    let wb = await openXlsx(file);
    let ws = oneOnOneOf(wb, '2026-W51', 'yamada');
    expect(ws.getCell(rowOfKey(ws, '#agenda:reflection'), T.body).value).toBe('架電は計画どおり');
    expect(ws.getCell(rowOfKey(ws, '#agenda:feedback'), T.body).value).toBe('=HYPERLINK("x")');
    expect(ws.getCell(rowOfKey(ws, '#commitment:calls'), T.outcome).value).toBe(
      '午前にまとめて接続率が上がった',
    );
    const action = rowsOf(ws, '#action')[0];
    expect(ws.getCell(action, T.body).value).toBe('既存顧客に紹介を依頼する');
    expect(ws.getCell(action, T.owner).value).toBe('山田');
    expect(rowsOf(ws, '#action')).toHaveLength(1 + ONE_ON_ONE.spareActions);
    expect(ws.getCell(rowOfKey(ws, 'calls'), C.mtdAchievement + 2).value).toBe('月末は繁忙');
    // The log: the month's weeks so far, this one held now that something of it is recorded.
    const log = rowOfKey(ws, '#log');
    expect([0, 1, 2, 3].map((i) => ws.getCell(log, T.body + i).value)).toEqual(['—', '—', '○', 1 / 3]);
    expect(ws.getCell(rowOfKey(ws, '#header:log'), T.body + 2).value).toBe('2026-W51');
    expect(ws.getCell(rowOfKey(ws, '#header:log'), T.body + 3).value).toBe('実施率（1／3回）');
    expect(ws.getCell(rowOfKey(ws, '#agenda:feedback') + 1, T.label).value).toBe('次回は同行営業の話');

    await ok('review', file, '--week', '2026-W51');
    await ok('review', file, '--week', '2026-W51');
    wb = await openXlsx(file);
    const view = tabView(tabOf(wb, '2026-W51'));
    const actions: string[] = [];
    for (let r = view.actionHeaderRow + 1; r <= view.ws.rowCount; r++) {
      const a = view.ws.getCell(r, view.actionCol('action')).value;
      if (a)
        actions.push(
          `${String(a)}/${String(view.ws.getCell(r, view.actionCol('owner')).value)}/${String(view.ws.getCell(r, view.actionCol('fromWeek')).value)}`,
        );
    }
    expect(actions.filter((a) => a.startsWith('既存顧客に紹介を依頼する'))).toEqual([
      '既存顧客に紹介を依頼する/山田/2026-W51',
    ]);
    ws = oneOnOneOf(wb, '2026-W51', 'yamada');
    expect(sheet(wb, '山田 1on1 2026-W51')).toBe(ws);

    // A rebuild of the workbook leaves the tab and its identity alone: the next run refreshes it.
    await ok('sync', file);
    expect(await ok('oneonone', file, '--member', 'yamada', '--week', '2026-W51')).toContain('更新しました');
    ws = oneOnOneOf(await openXlsx(file), '2026-W51', 'yamada');
    expect(ws.getCell(rowOfKey(ws, '#agenda:reflection'), T.body).value).toBe('架電は計画どおり');
  });

  it('refuses an unknown member, a week outside the month and a missing --member, writing nothing', async () => {
    const file = await work.build('refuse.xlsx', undefined, path.join(work.dir, 'team.yaml'));
    const before = await fs.readFile(file);
    const unknown = await run('oneonone', file, '--member', 'tanaka', '--week', '2026-W51');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('tanaka');
    expect(unknown.err).toContain('yamada (山田)');
    const far = await run('oneonone', file, '--member', 'yamada', '--week', '2027-W02');
    expect(far.code).toBe(2);
    const missing = await run('oneonone', file, '--week', '2026-W51');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('--member');
    expect(await fs.readFile(file)).toEqual(before);
  });

  it('speaks English in an English workbook', async () => {
    const file = await work.build('en.xlsx', 'en', path.join(work.dir, 'team.yaml'));
    const out = await ok('oneonone', file, '--member', 'sato', '--week', '2026-W50', '--lang', 'en');
    expect(out).toContain('Wrote the 1on1 tab "佐藤 1on1 2026-W50"');
    const ws = oneOnOneOf(await openXlsx(file), '2026-W50', 'sato');
    expect(String(ws.getCell(ONE_ON_ONE.titleRow, T.label).value)).toBe('1on1 with 佐藤, Week 2 Dec 7–13 (2026-W50)');
    // 佐藤 owns nothing: every node, with the member's own actual to type.
    expect(rowsOf(ws, 'calls')).toHaveLength(1);
    expect(rowsOf(ws, 'contracts')).toHaveLength(1);
  });
});
