import { renderFormula } from '../../../src/core/formula/render';
import { CHECKS, withChecks } from '../../../src/core/workbook/checksSheet';
import { sheetRows, type Cell, type SheetSpec, type WorkbookSpec } from '../../../src/core/layout/spec';
import type { Lang } from '../../../src/core/i18n';
import { lintModel, type Finding } from '../../../src/core/rules';
import { lintText } from './support';
import { layoutWholeWorkbook } from '../../../src/core/workbook/layoutWorkbook';

const PLAN = `version: 1
title: Sales team
month: 2026-12
hypotheses:
  - { id: unit_price, name: Price, value: 100000 }
  - { id: close_rate, name: Close rate, value: 0.2 }
kpis:
  - { id: revenue, level: KGI, name: Monthly revenue, target: 1000000, owner: A, deadline: 2026-12-31 }
  - { id: contracts, level: KPI, parent: revenue, name: Contracts signed, unit: contracts, backcast: revenue / unit_price, owner: A }
  - { id: meetings, level: KDI, parent: contracts, name: Improve calls, unit: calls, backcast: contracts / close_rate, owner: A, controllable: true }
`;

function built(lang: Lang, text = PLAN): { spec: WorkbookSpec; findings: Finding[] } {
  const { model } = lintText(text);
  const { spec, backcast, problems } = layoutWholeWorkbook(model, lang);
  if (spec === null) throw new Error('no spec');
  return { spec, findings: lintModel(model, { backcast, problems, lang }) };
}

const sheet = (spec: WorkbookSpec, key: string): SheetSpec => {
  const s = spec.sheets.find((x) => x.key === key);
  if (!s) throw new Error(`no sheet ${key}`);
  return s;
};
const value = (s: SheetSpec, row: number, column: number): unknown => sheetRows(s)[row - 1]?.[column - 1]?.v;

describe('withChecks', () => {
  const { spec, findings } = built('en');
  const checked = withChecks(spec, findings, 'en');
  const tree = sheet(checked, 'tree');
  const checks = sheet(checked, 'checks');
  const checksColumn = sheet(spec, 'tree').rows[3].length + 1;

  it('has findings to show: an error on the KGI, a warning on the vague KDI', () => {
    expect(findings.map((f) => [f.rule, f.severity, f.node])).toEqual([
      ['smart-measurable', 'error', 'revenue'],
      ['smart-specific', 'warning', 'meetings'],
    ]);
  });

  it('puts the Checks sheet right after the tree and keeps the other sheets', () => {
    expect(checked.sheets.map((s) => s.key)).toEqual(['tree', 'checks', ...spec.sheets.filter((s) => s.key !== 'tree').map((s) => s.key)]);
    expect(checks.name).toBe('Checks');
  });

  it('lists every finding with severity, rule, node, name, message and the cell as a link', () => {
    expect(checks.rows[CHECKS.headerRow - 1].map((c) => c?.v)).toEqual(['Severity', 'Check', 'ID', 'Name', 'Finding', 'Cell', 'Suggested fix']);
    const first = checks.rows[CHECKS.firstRow - 1];
    expect(first.slice(0, 4).map((c) => c?.v)).toEqual(['error', 'Measurable (SMART)', 'revenue', 'Monthly revenue']);
    expect(String(first[4]?.v)).toContain('"Monthly revenue" (KGI) has no unit');
    expect(first[5]).toMatchObject({ v: "'KPI Tree'!F5", link: "'KPI Tree'!F5" });
    expect(checks.rows[CHECKS.firstRow].slice(0, 3).map((c) => c?.v)).toEqual(['warning', 'Specific (SMART)', 'meetings']);
    expect(String(value(checks, 2, 1))).toContain('Errors: 1 · warnings: 1 · info: 0');
    expect(checks.tabColor).toBe('C00000');
  });

  it('is cleared below its header on a rebuild, so a longer list from an earlier build leaves nothing', () => {
    expect(checks.clearBelow).toBe(CHECKS.headerRow);
    expect(checks.rows).toHaveLength(CHECKS.firstRow - 1 + findings.length);
  });

  it('points cells at the sheet names a rebuild keeps', () => {
    const renamed: WorkbookSpec = { ...spec, sheets: spec.sheets.map((s) => (s.key === 'tree' ? { ...s, name: "Bob's tree" } : s)) };
    const out = withChecks(renamed, findings, 'en');
    expect(value(sheet(out, 'checks'), CHECKS.firstRow, 6)).toBe("'Bob''s tree'!F5");
    expect(sheet(out, 'checks').rows[CHECKS.firstRow - 1][5]?.link).toBe("'Bob''s tree'!F5");
    expect(renderFormula(sheet(out, 'tree').conditionalFormats[0].formula)).toContain('COUNTIFS(Checks!$C$5:$C$6,$A5');
  });

  it('adds a checks column to the tree with the names of the checks per row, empty where there is none', () => {
    expect(value(tree, 4, checksColumn)).toBe('Checks');
    expect(value(tree, 5, checksColumn)).toBe('Measurable (SMART)');
    expect(sheetRows(tree)[5][checksColumn - 1]).toEqual({ v: null, s: 'text' });
    expect(value(tree, 7, checksColumn)).toBe('Specific (SMART)');
    expect(tree.widths[checksColumn - 1]).toBe(28);
  });

  it('marks rows with errors and warnings by what the Checks sheet lists for their id', () => {
    expect(tree.conditionalFormats.map((cf) => [cf.range, renderFormula(cf.formula), cf.style.fill])).toEqual([
      [`A5:${String.fromCharCode(64 + checksColumn)}7`, 'AND($A5<>"",COUNTIFS(Checks!$C$5:$C$6,$A5,Checks!$A$5:$A$6,"error")>0)', 'FFC7CE'],
      [
        `A5:${String.fromCharCode(64 + checksColumn)}7`,
        'AND($A5<>"",COUNTIFS(Checks!$C$5:$C$6,$A5,Checks!$A$5:$A$6,"warning")>0,COUNTIFS(Checks!$C$5:$C$6,$A5,Checks!$A$5:$A$6,"error")=0)',
        'FFEB9C',
      ],
    ]);
    expect(checks.conditionalFormats.map((cf) => [cf.range, renderFormula(cf.formula)])).toEqual([
      ['A5:A6', '$A5="error"'],
      ['A5:A6', '$A5="warning"'],
    ]);
  });

  it('touches no input cell and no other cell of the tree', () => {
    const before = sheet(spec, 'tree');
    const after = sheetRows(tree);
    sheetRows(before).forEach((r, i) => r.forEach((c, j) => j !== checksColumn - 1 && expect(after[i][j]).toEqual(c)));
  });

  it('registers the styles its cells use', () => {
    for (const s of checked.sheets) for (const r of sheetRows(s)) for (const c of r) if (c?.s) expect(checked.styles[c.s]).toBeDefined();
  });

  it('replaces its own marks when called again', () => {
    const again = withChecks(checked, findings.slice(1), 'en');
    expect(again).toEqual(withChecks(spec, findings.slice(1), 'en'));
    expect(again.sheets.filter((s) => s.key === 'checks')).toHaveLength(1);
    expect(value(sheet(again, 'tree'), 5, checksColumn)).toBeNull();
    expect(sheet(again, 'tree').conditionalFormats).toHaveLength(1);
  });

  it('says there is nothing to fix when there is nothing, with no marks', () => {
    const clean = withChecks(spec, [], 'en');
    expect(value(sheet(clean, 'checks'), CHECKS.firstRow, 1)).toBe('No findings: every KPI passes the checks.');
    expect(sheet(clean, 'tree').conditionalFormats).toEqual([]);
    expect(sheet(clean, 'checks').conditionalFormats).toEqual([]);
    expect(sheet(clean, 'checks').tabColor).toBe('70AD47');
    const column = sheetRows(sheet(clean, 'tree')).slice(4).map((r: readonly (Cell | null)[]) => r[checksColumn - 1]?.v);
    expect(column).toEqual([null, null, null]);
  });

  it('speaks Japanese in a Japanese workbook, quoting the sheet name in formulas', () => {
    const ja = built('ja');
    const out = withChecks(ja.spec, ja.findings, 'ja');
    const checksJa = sheet(out, 'checks');
    expect(checksJa.name).toBe('チェック');
    expect(value(checksJa, CHECKS.firstRow, 1)).toBe('エラー');
    expect(value(checksJa, CHECKS.firstRow, 6)).toBe("'KPIツリー'!F5");
    expect(renderFormula(sheet(out, 'tree').conditionalFormats[0].formula)).toBe(
      `AND($A5<>"",COUNTIFS('チェック'!$C$5:$C$6,$A5,'チェック'!$A$5:$A$6,"エラー")>0)`,
    );
  });
});
