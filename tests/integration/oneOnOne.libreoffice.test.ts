/**
 * The proof of the 1on1 tab's formulas and of its keeping what people type, in
 * LibreOffice: after recalculation the member's targets on the tab equal the By member
 * sheet's names (`MT_`, `MW_`) and move with a member's share; the actuals are the review
 * tabs' (the week's, and the month's sum to date). A tab typed into and saved by
 * LibreOffice Calc keeps everything on refresh, and the tab prints on one A4 landscape page.
 */
import path from 'node:path';
import { main } from '../../src/cli/main';
import { ONE_ON_ONE } from '../../src/core/layout/oneOnOneIdentity';
import { MEMBERS } from '../../src/core/layout/memberColumns';
import { a1 } from '../../src/core/layout/a1';
import { cliWorkspace, edit, sheet } from '../support/cliWorkbooks';
import { openXlsx } from '../support/edits';
import {
  libreOfficeSuite,
  readCell,
  readDefinedNameValues,
  recalculate,
  type CellScalar,
} from '../support/libreoffice';
import { editInCalc } from '../support/libreofficeEdit';
import { oneOnOneOf, ownedTeamPlan, rowOfKey, rowsOf } from '../support/oneOnOneTabs';
import { isA4Landscape, printToPdf, readPdf } from '../support/print';
import { tabOf, tabView } from '../support/reviewTabs';

jest.setTimeout(600_000);

const lo = libreOfficeSuite();
const work = cliWorkspace('kpi-oneonone-calc-', { env: { LANG: 'ja_JP.UTF-8' } });
const TAB = '山田 1on1 2026-W51';
const C = ONE_ON_ONE.col;
const T = ONE_ON_ONE.text;

async function ok(...argv: string[]): Promise<void> {
  const io = work.io();
  const code = await main(argv, io);
  expect(io.stderr.join('\n')).toBe('');
  expect(code).toBe(0);
}

async function typeActual(file: string, week: string, id: string, n: number): Promise<void> {
  await edit(file, (wb) => {
    const view = tabView(tabOf(wb, week));
    view.ws.getCell(view.rowOf(id), view.col('actual')).value = n;
  });
}

/** The team with 山田's calls reviewed in W50 (120) and W51 (40), and 山田's 1on1 of W51. */
async function teamWithOneOnOne(name: string): Promise<string> {
  const plan = await ownedTeamPlan(work.dir);
  const file = await work.build(name, undefined, plan);
  await ok('review', file, '--week', '2026-W50');
  await typeActual(file, '2026-W50', 'calls', 120);
  await ok('review', file, '--week', '2026-W51');
  await typeActual(file, '2026-W51', 'calls', 40);
  await ok('oneonone', file, '--member', 'yamada', '--week', '2026-W51');
  return file;
}

function near(actual: CellScalar, expected: number): void {
  expect(typeof actual).toBe('number');
  expect(Math.abs((actual as number) - expected)).toBeLessThan(1e-9 * Math.max(1, Math.abs(expected)));
}

lo.describe('the 1on1 tab in LibreOffice', () => {
  it("shows the member's own targets and the reviews' actuals, and follows a change of share", async () => {
    const file = await teamWithOneOnOne('formulas.xlsx');
    const check = async (xlsx: string): Promise<number> => {
      const names = await readDefinedNameValues(xlsx);
      const ids = (names.get('MEMBER_NODES') as CellScalar[]).map(String);
      const i = ids.indexOf('calls');
      const monthly = (names.get('MT_yamada') as CellScalar[])[i] as number;
      const weeks = (names.get('MW_yamada') as CellScalar[][])[i] as number[];
      const row = rowOfKey(oneOnOneOf(await openXlsx(file), '2026-W51', 'yamada'), 'calls');
      const cell = (col: number): Promise<CellScalar> => readCell(xlsx, TAB, a1(row, col));
      near(await cell(C.monthly), monthly);
      near(await cell(C.weekly), weeks[2]);
      near(await cell(C.mtdTarget), weeks[0] + weeks[1] + weeks[2]);
      near(await cell(C.actual), 40);
      near(await cell(C.achievement), 40 / weeks[2]);
      near(await cell(C.mtdActual), 160);
      near(await cell(C.mtdAchievement), 160 / (weeks[0] + weeks[1] + weeks[2]));
      return monthly;
    };
    const before = await check(await recalculate(file));
    await edit(file, (wb) => {
      sheet(wb, '担当別').getCell(MEMBERS.firstRow, MEMBERS.col.share).value = 0.6;
    });
    const after = await check(await recalculate(file));
    expect(after).toBeGreaterThan(before);
  });

  it('keeps what was typed in LibreOffice Calc on refresh, and prints on one A4 landscape page', async () => {
    const file = await teamWithOneOnOne('calc.xlsx');
    const ws = oneOnOneOf(await openXlsx(file), '2026-W51', 'yamada');
    const reflection = rowOfKey(ws, '#agenda:reflection');
    const outcome = rowOfKey(ws, '#commitment:calls');
    const action = rowsOf(ws, '#action')[0];
    await editInCalc(file, [
      { sheet: TAB, op: 'set', row: reflection, col: T.body, value: '架電は計画どおり' },
      { sheet: TAB, op: 'set', row: outcome, col: T.outcome, value: '接続率が上がった' },
      { sheet: TAB, op: 'set', row: action, col: T.label, value: '紹介が少ない' },
      { sheet: TAB, op: 'set', row: action, col: T.body, value: '既存顧客に紹介を依頼する' },
    ]);
    await ok('oneonone', file, '--member', 'yamada', '--week', '2026-W51');
    const after = oneOnOneOf(await openXlsx(file), '2026-W51', 'yamada');
    expect(after.getCell(rowOfKey(after, '#agenda:reflection'), T.body).value).toBe('架電は計画どおり');
    expect(after.getCell(rowOfKey(after, '#commitment:calls'), T.outcome).value).toBe('接続率が上がった');
    const first = rowsOf(after, '#action')[0];
    expect(after.getCell(first, T.label).value).toBe('紹介が少ない');
    expect(after.getCell(first, T.body).value).toBe('既存顧客に紹介を依頼する');

    const pages = readPdf(await printToPdf(file, path.dirname(file)));
    const oneOnOnePages = pages.filter((p) => p.text.includes('山田さんとの1on1'));
    expect(oneOnOnePages).toHaveLength(1);
    expect(isA4Landscape(oneOnOnePages[0])).toBe(true);
    expect(oneOnOnePages[0].text).toContain('架電は計画どおり');
    expect(oneOnOnePages[0].text).toContain('来週変えること（本人の回答）');
  });
});
