/**
 * `kpi-tree review` refuses what it cannot review: a week far from the plan, a workbook
 * that is not a KPI Tree workbook, a tree sheet that was damaged. Each gets exit 2, a
 * message naming what is wrong, and the file exactly as it was (its .bak too).
 */
import { existsSync } from 'fs';
import { readFile } from 'fs/promises';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { cliWorkspace, edit, sheet } from '../support/cliWorkbooks';

const work = cliWorkspace('kpi-review-safety-');

/** Runs review and checks it changed nothing; returns what it said. */
async function refused(file: string, ...argv: string[]): Promise<string> {
  const before = await readFile(file);
  const backup = existsSync(`${file}.bak`) ? await readFile(`${file}.bak`) : null;
  const out = work.io();
  expect(await main(['review', file, ...argv], out)).toBe(2);
  expect(out.stdout).toEqual([]);
  expect((await readFile(file)).equals(before)).toBe(true);
  expect(existsSync(`${file}.bak`) ? await readFile(`${file}.bak`) : null).toEqual(backup);
  return out.stderr.join('\n');
}

describe('kpi-tree review refuses, and leaves the file as it was', () => {
  it('a week outside the plan month and the months next to it', async () => {
    const file = await work.build('far.xlsx', 'ja');
    const said = await refused(file, '--week', '2027-W10', '--lang', 'ja');
    expect(said).toContain('週 2027-W10 は対象月 2026-12 とその前後の月の外です');
    expect(await refused(file, '--week', '2026-W49x', '--lang', 'en')).toContain('--week "2026-W49x" is not an ISO week');
    // Without --lang, a Japanese workbook is reported in Japanese whatever the system's language.
    expect(await refused(file, '--week', '2026-W49x')).toContain('--week「2026-W49x」は 2026-W49 のような ISO 週ではありません');
  });

  it('a workbook that is not a KPI Tree workbook, naming the sheet and columns it lacks', async () => {
    const file = join(work.dir, 'plain.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').getCell('A1').value = 'budget';
    await wb.xlsx.writeFile(file);
    const said = await refused(file, '--week', '2026-W50');
    expect(said).toContain('not a KPI Tree workbook');
    expect(said).toContain('ID, Level, Name and Parent');
  });

  it('a KPI Tree workbook whose Settings sheet was deleted, saying the month is missing', async () => {
    const file = await work.build('no-settings.xlsx', 'en');
    await edit(file, (wb) => wb.removeWorksheet(sheet(wb, 'Settings').id));
    expect(await refused(file, '--week', '2026-W50')).toMatch(/month/i);
  });

  it.each([
    ['a cycle typed into a parent cell', 'D6', 'calls', /cycle/],
    ['a backcast naming nothing known', 'E7', 'contracts / nope', /nope/],
    ['a name cell emptied', 'C7', null, /no name/],
  ] as const)(
    'a damaged tree (%s), listing each error with its cell',
    async (_what, address, value, detail) => {
      const file = await work.build(`damaged-${address}.xlsx`, 'ja');
      await edit(file, (wb) => {
        sheet(wb, 'KPIツリー').getCell(address).value = value;
      });
      const said = await refused(file, '--week', '2026-W50', '--lang', 'en');
      expect(said).toContain(`'KPIツリー'!${address}`);
      expect(said).toMatch(detail);
      expect(said).toContain('no review was made and the file is unchanged');
    },
  );

  it('an existing tab is not touched either when the tree was damaged after it was made', async () => {
    const file = await work.build('damaged-later.xlsx', 'en');
    expect(await main(['review', file, '--week', '2026-W50'], work.io())).toBe(0);
    await edit(file, (wb) => {
      sheet(wb, 'Review 2026-W50').getCell('F15').value = 99;
      sheet(wb, 'KPI Tree').getCell('D6').value = 'calls';
    });
    await refused(file, '--week', '2026-W50');
  });
});
