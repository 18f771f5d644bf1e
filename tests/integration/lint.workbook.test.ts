import { existsSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { renderFormula } from '../../src/core/formula/render';
import type { Lang } from '../../src/core/i18n';
import { withChecks } from '../../src/core/workbook/checksSheet';
import type { WorkbookSpec } from '../../src/core/layout/spec';
import { loadPlanText } from '../../src/core/model/parsePlan';
import { layoutWholeWorkbook } from '../../src/core/workbook/layoutWorkbook';
import { lintModel, type Finding } from '../../src/core/rules';
import { buildTree } from '../../src/app/build';
import { applySpec } from '../../src/hosts/xlsx/applySpec';
import { createMemoryHost } from '../../src/hosts/xlsx/memoryHost';
import { appOn } from '../support/app';
import { libreOfficeSuite, readCell, recalculate } from '../support/libreoffice';
import { cli, openXlsx } from '../support/edits';
import { cliWorkspace, edit, sheet } from '../support/cliWorkbooks';

/**
 * The checks in a real workbook: what `build` writes once it calls `withChecks`, read
 * back by the reader, rebuilt over itself, and the row marks evaluated by LibreOffice.
 */
const PLAN = `version: 1
title: 営業1課
month: 2026-12
lang: ja
hypotheses:
  - { id: unit_price, name: 平均受注単価, value: 100000, unit: 円 }
  - { id: close_rate, name: 成約率, value: 0.2 }
kpis:
  - { id: revenue, level: KGI, name: 月間売上, target: 1000000, owner: 山田, deadline: 2026-12-31 }
  - { id: contracts, level: KPI, parent: revenue, name: 成約件数, unit: 件, backcast: revenue / unit_price, owner: 山田 }
  - { id: visits, level: KDI, parent: contracts, name: 頑張って訪問する, unit: 件, backcast: contracts / close_rate, owner: 山田, controllable: true }
`;

function checkedSpec(text: string, lang: Lang): { spec: WorkbookSpec; findings: Finding[] } {
  const loaded = loadPlanText(text, 'yaml');
  if (loaded.model === null) throw new Error('no model');
  const { spec, backcast, problems } = layoutWholeWorkbook(loaded.model, lang, loaded.problems, loaded.locateNode);
  if (spec === null) throw new Error('no spec');
  const findings = lintModel(loaded.model, { backcast, problems, locate: loaded.locateNode, lang });
  return { spec: withChecks(spec, findings, lang), findings };
}

async function write(spec: WorkbookSpec, file: string, over?: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  if (over) await wb.xlsx.readFile(over);
  applySpec(wb, spec);
  await wb.xlsx.writeFile(file);
}

const work = cliWorkspace('kpi-tree-checks-');

describe('a workbook with its checks', () => {
  it('is read back by lint with the same findings at the same cells', async () => {
    const { spec, findings } = checkedSpec(PLAN, 'ja');
    const file = path.join(work.dir, 'checked.xlsx');
    await write(spec, file);
    const r = await cli(work.dir, 'lint', 'checked.xlsx', '--format', 'json');
    const read = (JSON.parse(r.out) as { findings: { rule: string; node: string; cell: string }[] }).findings;
    expect(read.map((f) => [f.rule, f.node, f.cell])).toEqual(findings.map((f) => [f.rule, f.node, f.cell]));
    expect(r.code).toBe(1);
  });

  it('holds a Checks sheet whose cells link to the cells concerned, and a checks column', async () => {
    const wb = await openXlsx(path.join(work.dir, 'checked.xlsx'));
    expect(wb.worksheets.map((w) => w.name).slice(0, 2)).toEqual(['KPIツリー', 'チェック']);
    const checks = sheet(wb, 'チェック');
    expect(checks.getCell('A5').value).toBe('エラー');
    expect(checks.getCell('F5').value).toEqual({ text: "'KPIツリー'!F5", hyperlink: "#'KPIツリー'!F5" });
    const tree = sheet(wb, 'KPIツリー');
    const header = tree.getRow(4).values as unknown[];
    const column = header.indexOf('チェック');
    expect(column).toBeGreaterThan(0);
    expect([5, 6, 7].map((r) => tree.getCell(r, column).value)).toEqual(['測定可能性（SMART の M）', null, '具体性（SMART の S）']);
  });

  it('rebuilt after a fix, drops the old marks and keeps what people typed', async () => {
    const first = path.join(work.dir, 'checked.xlsx');
    const wb = await openXlsx(first);
    const tree = sheet(wb, 'KPIツリー');
    const header = tree.getRow(4).values as unknown[];
    tree.getCell(6, header.indexOf('担当者')).value = '佐藤'; // typed by a person
    const edited = path.join(work.dir, 'edited.xlsx');
    await wb.xlsx.writeFile(edited);

    const fixed = checkedSpec(PLAN.replace('name: 月間売上, target', 'name: 月間売上, unit: 円, target'), 'ja');
    const rebuilt = path.join(work.dir, 'rebuilt.xlsx');
    await write(fixed.spec, rebuilt, edited);
    const back = await openXlsx(rebuilt);
    const t2 = sheet(back, 'KPIツリー');
    const column = (t2.getRow(4).values as unknown[]).indexOf('チェック');
    expect([5, 6, 7].map((r) => t2.getCell(r, column).value)).toEqual([null, null, '具体性（SMART の S）']);
    expect(t2.getCell(6, header.indexOf('担当者')).value).toBe('佐藤');
    const checks = sheet(back, 'チェック');
    expect(checks.getCell('A5').value).toBe('警告');
    expect(checks.getCell('A6').value).toBeNull();
  });
});

/** What `build` does onto FILE: the plan built through the application layer into the file's workbook (or a new one), written back. */
async function writeLikeBuild(text: string, file: string, lang: Lang): Promise<void> {
  const loaded = loadPlanText(text, 'yaml');
  if (loaded.model === null) throw new Error('no model');
  const host = existsSync(file) ? createMemoryHost(await new ExcelJS.Workbook().xlsx.readFile(file)) : createMemoryHost();
  await buildTree(appOn(host, lang), { model: loaded.model, problems: loaded.problems, locate: loaded.locateNode }, { sheetsLang: lang });
  await host.workbook().xlsx.writeFile(file);
}

describe('build and rebuild with the checks (the writeModel integration)', () => {
  it('keeps one checks column on a renamed tree sheet, with fresh marks and links to the renamed sheet', async () => {
    const file = path.join(work.dir, 'rebuild.xlsx');
    await writeLikeBuild(PLAN, file, 'ja');
    await edit(file, (wb) => {
      sheet(wb, 'KPIツリー').name = '営業ツリー';
    });

    await writeLikeBuild(PLAN.replace('name: 月間売上, target', 'name: 月間売上, unit: 円, target'), file, 'ja');
    const back = await openXlsx(file);
    const tree = sheet(back, '営業ツリー');
    const header = tree.getRow(4).values as unknown[];
    expect(header.filter((h) => h === 'チェック')).toHaveLength(1);
    const column = header.indexOf('チェック');
    expect([5, 6, 7].map((r) => tree.getCell(r, column).value)).toEqual([null, null, '具体性（SMART の S）']);
    const checks = sheet(back, 'チェック');
    expect([checks.getCell('A5').value, checks.getCell('F5').value]).toEqual(['警告', { text: "'営業ツリー'!C7", hyperlink: "#'営業ツリー'!C7" }]);
    expect(checks.getCell('A6').value).toBeNull();

    const r = await cli(work.dir, 'lint', 'rebuild.xlsx', '--format', 'json');
    expect((JSON.parse(r.out) as { findings: { cell: string }[] }).findings.map((f) => f.cell)).toEqual(["'営業ツリー'!C7"]);
  });
});

const lo = libreOfficeSuite();
lo.describe('row marks in LibreOffice', () => {
  it('the error and warning conditions are true exactly on the rows the Checks sheet lists', async () => {
    const { spec } = checkedSpec(PLAN, 'ja');
    const tree = spec.sheets.find((s) => s.key === 'tree');
    if (!tree) throw new Error('no tree');
    const [error, warning] = tree.conditionalFormats;
    const file = path.join(work.dir, 'marks.xlsx');
    const wb = new ExcelJS.Workbook();
    applySpec(wb, spec);
    // The conditions, copied into probe cells of each node row (the formula is written for row 5).
    const ws = sheet(wb, 'KPIツリー');
    for (const row of [5, 6, 7]) {
      const shift = (f: string): string => f.replace(/\$A5\b/g, `$A${row}`);
      ws.getCell(`AA${row}`).value = { formula: shift(renderFormula(error.formula)), result: 'stale' } as ExcelJS.CellFormulaValue;
      ws.getCell(`AB${row}`).value = { formula: shift(renderFormula(warning.formula)), result: 'stale' } as ExcelJS.CellFormulaValue;
    }
    await wb.xlsx.writeFile(file);
    const out = await recalculate(file);
    const values = [];
    for (const row of [5, 6, 7]) values.push([await readCell(out, 'KPIツリー', `AA${row}`), await readCell(out, 'KPIツリー', `AB${row}`)]);
    expect(values).toEqual([
      [true, false],
      [false, false],
      [false, true],
    ]);
  });
});
