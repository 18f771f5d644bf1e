import { promises as fs } from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { cli, openXlsx } from '../support/edits';
import { cliWorkspace, edit, sheet, type LintJsonFinding } from '../support/cliWorkbooks';

/**
 * The checks configuration in the workbook: the plan's `checks:` block is written to the
 * Settings sheet, and what a team types there is what `lint` (and every rebuild) applies.
 */
const PLAN = `version: 1
title: 営業1課
month: 2026-12
lang: ja
hypotheses:
  - { id: unit_price, name: 平均受注単価, value: 100000, unit: 円 }
  - { id: close_rate, name: 成約率, value: 0.2 }
kpis:
  - { id: revenue, level: KGI, name: 月間売上, unit: 円, target: 1000000, owner: 山田, deadline: 2026-12-31 }
  - { id: contracts, level: KPI, parent: revenue, name: 成約件数, unit: 件, backcast: revenue / unit_price, owner: 山田 }
  - { id: visits, level: KDI, parent: contracts, name: 訪問数, unit: 件, backcast: contracts / close_rate, owner: 山田, controllable: true }
checks:
  rules: { activity-result-balance: off }
  thresholds: { min_name_length: 4 }
`;

async function lintJson(cwd: string, file: string): Promise<LintJsonFinding[]> {
  const r = await cli(cwd, 'lint', file, '--format', 'json');
  expect(r.err).toBe('');
  return (JSON.parse(r.out) as { findings: LintJsonFinding[] }).findings;
}

const brief = (f: LintJsonFinding): string => `${f.rule} ${f.severity} ${f.node} ${f.cell}`;

/** The row of a key on the Settings sheet, and its value cell. */
function settingsCell(wb: ExcelJS.Workbook, key: string): ExcelJS.Cell {
  const ws = wb.worksheets.find((w) => w.name === '設定' || w.name === 'Settings');
  if (!ws) throw new Error('no settings sheet');
  let row = 0;
  ws.eachRow((r, n) => {
    if (r.getCell(1).value === key) row = n;
  });
  if (!row) throw new Error(`no settings row ${key}`);
  return ws.getCell(row, 2);
}

/** Types values on the Settings sheet, key by key; gives the address of each. */
async function typeSettings(
  file: string,
  values: Record<string, string | number | null>,
): Promise<Record<string, string>> {
  return edit(file, (wb) => {
    const addresses: Record<string, string> = {};
    for (const [key, value] of Object.entries(values)) {
      const cell = settingsCell(wb, key);
      cell.value = value;
      addresses[key] = cell.address;
    }
    return addresses;
  });
}

async function read(file: string, key: string): Promise<ExcelJS.CellValue> {
  return settingsCell(await openXlsx(file), key).value;
}

const work = cliWorkspace('kpi-tree-settings-', {
  setup: (dir) => fs.writeFile(path.join(dir, 'plan.yaml'), PLAN),
});

describe('checks settings in the workbook', () => {
  it("carries the plan's checks: block to the Settings sheet, so the workbook lints as the plan does", async () => {
    expect((await cli(work.dir, 'build', 'plan.yaml', '--out', 'carried.xlsx')).code).toBe(0);
    expect(await read(path.join(work.dir, 'carried.xlsx'), 'checks.rules.activity-result-balance')).toBe('off');
    expect(await read(path.join(work.dir, 'carried.xlsx'), 'checks.thresholds.min_name_length')).toBe(4);
    expect(await read(path.join(work.dir, 'carried.xlsx'), 'checks.rules.smart-specific')).toBeNull();

    const fromPlan = await lintJson(work.dir, 'plan.yaml');
    // 訪問数 is 3 characters: too short at the plan's threshold of 4; the balance hint is off.
    expect(fromPlan.map(brief)).toEqual(["smart-specific warning visits 'KPIツリー'!C7"]);
    expect(fromPlan[0].message).toContain('4 文字以上');
    expect((await lintJson(work.dir, 'carried.xlsx')).map(brief)).toEqual(fromPlan.map(brief));
  });

  it('applies what a team types on the Settings sheet, and names the cell of a value it cannot use', async () => {
    expect((await cli(work.dir, 'build', 'plan.yaml', '--out', 'typed.xlsx')).code).toBe(0);
    const file = path.join(work.dir, 'typed.xlsx');
    const at = await typeSettings(file, {
      'checks.rules.smart-specific': 'off',
      'checks.rules.missing-owner': 'loud',
      'checks.thresholds.max_depth': 0,
    });
    const findings = await lintJson(work.dir, 'typed.xlsx');
    expect(findings.map(brief)).toEqual([
      `checks-config warning null '設定'!${at['checks.rules.missing-owner']}`,
      `checks-config warning null '設定'!${at['checks.thresholds.max_depth']}`,
    ]);
    expect(findings[0].message).toContain('「loud」');
    expect(findings[1].message).toContain('既定値 5');

    // The Checks sheet that sync writes follows the same settings.
    expect((await cli(work.dir, 'sync', 'typed.xlsx')).code).toBe(0);
    const wb = await openXlsx(file);
    const rules: unknown[] = [];
    sheet(wb, 'チェック').eachRow((r, n) => {
      if (n >= 5) rules.push(r.getCell(2).value);
    });
    expect(rules).toEqual(['チェックの設定', 'チェックの設定']);
  });

  it('keeps typed settings through sync and through a build from the plan, where the workbook wins key by key', async () => {
    expect((await cli(work.dir, 'build', 'plan.yaml', '--out', 'kept.xlsx')).code).toBe(0);
    const file = path.join(work.dir, 'kept.xlsx');
    await typeSettings(file, { 'checks.thresholds.min_name_length': 2, 'checks.rules.tree-too-deep': 'error' });
    expect((await cli(work.dir, 'sync', 'kept.xlsx')).code).toBe(0);
    expect(await read(file, 'checks.thresholds.min_name_length')).toBe(2);
    expect(await read(file, 'checks.rules.tree-too-deep')).toBe('error');

    expect((await cli(work.dir, 'build', 'plan.yaml', '--out', 'kept.xlsx')).code).toBe(0);
    expect(await read(file, 'checks.thresholds.min_name_length')).toBe(2);
    expect(await read(file, 'checks.rules.tree-too-deep')).toBe('error');
    expect(await read(file, 'checks.rules.activity-result-balance')).toBe('off');
    expect(await lintJson(work.dir, 'kept.xlsx')).toEqual([]);
  });

  it('in English: a row a person adds to the Settings sheet is read, and its cell named on the English sheet', async () => {
    expect((await cli(work.dir, 'build', 'plan.yaml', '--out', 'en.xlsx', '--lang', 'en')).code).toBe(0);
    const file = path.join(work.dir, 'en.xlsx');
    const row = await edit(file, (wb) => {
      const ws = sheet(wb, 'Settings');
      const added = ws.rowCount + 1;
      ws.getCell(added, 1).value = 'checks.rules.smart-specfic';
      ws.getCell(added, 2).value = 'off';
      return added;
    });
    const findings = await lintJson(work.dir, 'en.xlsx');
    expect(findings.map(brief)).toContain(`checks-config warning null Settings!B${row}`);
    expect(findings.find((f) => f.rule === 'checks-config')?.message).toContain(
      'Unknown check "smart-specfic"',
    );
  });
});
