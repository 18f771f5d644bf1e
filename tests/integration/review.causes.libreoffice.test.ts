/**
 * The cause of a miss (時間 / スキル / 環境), the second dropdown beside 量/質/設計: what
 * people choose survives a column inserted before it, `sync` and a refresh, and the
 * history sheet counts each cause per node over the weeks — live for open weeks, kept for
 * a closed one — after LibreOffice recalculates. Both languages.
 */
import type ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { openXlsx } from '../support/edits';
import { cliWorkspace, edit, sheet, value } from '../support/cliWorkbooks';
import { libreOfficeSuite, recalculate } from '../support/libreoffice';
import { editInCalc } from '../support/libreofficeEdit';
import { tabView } from '../support/reviewTabs';

const WORDS = {
  ja: { tab: (w: string) => `週次レビュー ${w}`, history: '履歴', time: '時間', skill: 'スキル', environment: '環境' },
  en: {
    tab: (w: string) => `Review ${w}`,
    history: 'Review History',
    time: 'Time',
    skill: 'Skill',
    environment: 'Environment',
  },
} as const;

const work = cliWorkspace('kpi-review-causes-lo-');

async function run(...argv: string[]): Promise<void> {
  const io = work.io();
  const code = await main(argv, io);
  expect(io.stderr.join('\n')).toBe('');
  expect(code).toBe(0);
}

async function chooseCauses(file: string, tab: string, causes: Record<string, string>): Promise<void> {
  await edit(file, (wb) => {
    const view = tabView(sheet(wb, tab));
    for (const [id, cause] of Object.entries(causes)) view.ws.getCell(view.rowOf(id), view.col('cause')).value = cause;
  });
}

/** The history's count of each cause by node id, read by the count table's own headers. */
function counts(ws: ExcelJS.Worksheet, words: readonly string[]): Map<string, number[]> {
  let header = 0;
  let first = 0;
  ws.eachRow((row, r) => {
    row.eachCell((cell, c) => {
      if (header === 0 && value(cell) === words[0]) {
        header = r;
        first = c;
      }
    });
  });
  expect(header).toBeGreaterThan(0);
  const out = new Map<string, number[]>();
  for (let r = header + 1; r <= ws.rowCount; r++) {
    const id = value(ws.getCell(r, first - 1));
    if (typeof id !== 'string' || id === '') break;
    out.set(
      id,
      words.map((_, i) => value(ws.getCell(r, first + i)) as number),
    );
  }
  return out;
}

const lo = libreOfficeSuite();
lo.describe('the cause of a miss, kept and counted, in LibreOffice', () => {
  it.each(['ja', 'en'] as const)('%s: kept through an inserted column, sync and a refresh; counted per node over the weeks', async (lang) => {
    const w = WORDS[lang];
    const causeWords = [w.time, w.skill, w.environment];
    const file = await work.build(`causes-${lang}.xlsx`, lang);
    await run('review', file, '--week', '2026-W50', '--lang', lang);
    await run('review', file, '--week', '2026-W51', '--lang', lang);
    const fresh = tabView(sheet(await openXlsx(file), w.tab('2026-W50')));
    expect(fresh.col('cause')).toBe(fresh.col('q2') + 1);
    await chooseCauses(file, w.tab('2026-W50'), { calls: w.time, contracts: w.skill });
    await chooseCauses(file, w.tab('2026-W51'), { calls: w.time, meetings: w.environment });

    // A colleague inserts a column before the name in W50; then sync and a refresh run.
    const at = fresh.col('name');
    await editInCalc(file, [{ sheet: w.tab('2026-W50'), op: 'insertColumn', at }]);
    await run('sync', file);
    await run('review', file, '--week', '2026-W50', '--lang', lang);
    const kept = tabView(sheet(await openXlsx(file), w.tab('2026-W50')));
    expect(kept.col('cause')).toBe(fresh.col('cause') + 1);
    expect([kept.cell('calls', 'cause'), kept.cell('contracts', 'cause'), kept.cell('meetings', 'cause')]).toEqual([
      w.time,
      w.skill,
      null,
    ]);

    const live = counts(sheet(await openXlsx(await recalculate(file, { tempRoot: work.dir })), w.history), causeWords);
    expect(live.get('calls')).toEqual([2, 0, 0]);
    expect(live.get('contracts')).toEqual([0, 1, 0]);
    expect(live.get('meetings')).toEqual([0, 0, 1]);
    expect(live.get('revenue')).toEqual([0, 0, 0]);

    // W50 closed: the history keeps its causes as values; W51's stay live and follow a change.
    await run('review', file, '--week', '2026-W50', '--close', '--lang', lang);
    await chooseCauses(file, w.tab('2026-W51'), { calls: w.skill });
    const after = counts(sheet(await openXlsx(await recalculate(file, { tempRoot: work.dir })), w.history), causeWords);
    expect(after.get('calls')).toEqual([1, 1, 0]);
    expect(after.get('contracts')).toEqual([0, 1, 0]);
  });
});
