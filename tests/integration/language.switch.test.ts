/**
 * A language switch (issue 18): `build --lang en` onto a Japanese workbook, or `lang`
 * changed on the Settings sheet, rewrites the Checks sheet in the new language in place
 * of the old one, instead of leaving a Japanese and an English Checks sheet side by side.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { messages } from '../../src/core/i18n';
import { cliWorkspace, edit } from '../support/cliWorkbooks';
import { cli, EXAMPLE, openXlsx, text, treeLayout } from '../support/edits';
import { sheetByKey } from '../support/find';

const ws = cliWorkspace('kpi-tree-lang-');
const CHECKS = [messages['sheet.checks'].ja, messages['sheet.checks'].en];

/** The tool's Checks sheets: a Checks name in either language and the Checks header. */
function checksSheets(wb: ExcelJS.Workbook): ExcelJS.Worksheet[] {
  return wb.worksheets.filter((w) => CHECKS.includes(w.name));
}

function headerOf(sheet: ExcelJS.Worksheet): string {
  return text(sheet.getCell('A4').value);
}

/** The sheet names the tree's conditional formats point at. */
function sheetsMarkedFrom(wb: ExcelJS.Workbook): string[] {
  const tree = treeLayout(wb).ws as unknown as {
    conditionalFormattings?: { rules: { formulae?: string[] }[] }[];
  };
  const formulas = (tree.conditionalFormattings ?? []).flatMap((cf) =>
    cf.rules.flatMap((r) => r.formulae ?? []),
  );
  return [...new Set(formulas.flatMap((f) => [...f.matchAll(/'([^']+)'!/g)].map((m) => m[1])))];
}

/** A warning on the tree, so that the tree's rows are marked from the Checks sheet. */
async function withoutOwner(file: string): Promise<void> {
  await edit(file, (wb) => {
    const t = treeLayout(wb);
    t.ws.getCell(t.rowOf.get('calls') as number, t.col.owner as number).value = null;
  });
}

describe('the Checks sheet after a language switch', () => {
  it('build --lang en onto a Japanese workbook leaves one Checks sheet, in English', async () => {
    // A plan whose calls have no owner: a warning marks the tree's rows from the Checks sheet.
    const plan = path.join(ws.dir, 'no-owner.yaml');
    const example = await fs.readFile(EXAMPLE, 'utf8');
    await fs.writeFile(plan, example.replace(/(id: calls,.*?) owner: 佐藤,/, '$1'));
    expect(await fs.readFile(plan, 'utf8')).not.toBe(example);
    const file = await ws.build('switch.xlsx', 'ja', plan);
    expect((await cli(ws.dir, 'build', plan, '--out', file, '--lang', 'en')).code).toBe(0);
    const wb = await openXlsx(file);
    const checks = checksSheets(wb);
    expect(checks.map((c) => c.name)).toEqual([messages['sheet.checks'].ja]);
    expect(headerOf(checks[0])).toBe(messages['rules.sheet.col.severity'].en);
    expect(sheetsMarkedFrom(wb)).toEqual([checks[0].name]);
  });

  it('lang changed on the Settings sheet, then sync: one Checks sheet, in the new language', async () => {
    const file = await ws.build('settings.xlsx', 'ja');
    await withoutOwner(file);
    await edit(file, (wb) => {
      sheetByKey(wb, 'sheet.settings').eachRow((row) => {
        if (row.getCell(1).value === 'lang') row.getCell(2).value = 'en';
      });
    });
    expect((await cli(ws.dir, 'sync', file)).code).toBe(0);
    const wb = await openXlsx(file);
    const checks = checksSheets(wb);
    expect(checks).toHaveLength(1);
    expect(headerOf(checks[0])).toBe(messages['rules.sheet.col.severity'].en);
    expect(sheetsMarkedFrom(wb)).toEqual([checks[0].name]);

    // And back to Japanese: still one.
    expect((await cli(ws.dir, 'build', EXAMPLE, '--out', file, '--lang', 'ja')).code).toBe(0);
    const back = await openXlsx(file);
    expect(checksSheets(back)).toHaveLength(1);
    expect(headerOf(checksSheets(back)[0])).toBe(messages['rules.sheet.col.severity'].ja);
  });

  it('a sheet of people\'s own called "Checks" is not taken for the tool\'s', async () => {
    const file = await ws.build('own.xlsx', 'ja');
    await edit(file, (wb) => {
      wb.addWorksheet('Checks').getCell('A1').value = 'my own checklist';
    });
    expect((await cli(ws.dir, 'build', EXAMPLE, '--out', file, '--lang', 'en')).code).toBe(0);
    const wb = await openXlsx(file);
    expect(text(wb.getWorksheet('Checks')?.getCell('A1').value ?? null)).toBe('my own checklist');
    expect(headerOf(wb.getWorksheet(messages['sheet.checks'].ja) as ExcelJS.Worksheet)).toBe(
      messages['rules.sheet.col.severity'].en,
    );
  });
});
