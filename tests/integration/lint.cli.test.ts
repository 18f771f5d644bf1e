import { promises as fs } from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { fromExcelSerial } from '../../src/core/calendar/date';
import { EXAMPLE, cli, openXlsx } from '../support/edits';
import { cliWorkspace, edit, sheet, type LintJsonFinding } from '../support/cliWorkbooks';

const FIXTURES = path.resolve(__dirname, '../fixtures/rules');

const work = cliWorkspace('kpi-tree-lint-');

async function copyFixture(name: string, as = name): Promise<string> {
  const to = path.join(work.dir, as);
  await fs.copyFile(path.join(FIXTURES, name), to);
  return to;
}

const parse = (out: string): { findings: LintJsonFinding[]; summary: Record<string, number>; fixed?: unknown[] } => JSON.parse(out);
const brief = (f: LintJsonFinding): string[] => [f.rule, f.severity, String(f.node), String(f.cell)];

describe('kpi-tree lint PLAN', () => {
  it('exits 0 on the example, which has no error, and says what it found in the plan language', async () => {
    const r = await cli(work.dir, 'lint', EXAMPLE);
    expect(r.code).toBe(0);
    expect(r.out).toContain("'KPIツリー'!N5 (sales-funnel.yaml:16)  情報  活動と成果のバランス（activity-result-balance）  山田さんは成果");
    expect(r.out.trimEnd().split('\n').pop()).toBe('エラー 0 件、警告 0 件、情報 1 件');
    expect(r.err).toBe('');
  });

  it('speaks English with --lang en, sheet names included', async () => {
    const r = await cli(work.dir, 'lint', EXAMPLE, '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.out).toContain("'KPI Tree'!N5 (sales-funnel.yaml:16)  info  Balance of activities and results (activity-result-balance)  山田 tracks only results");
  });

  it('exits 1 when a finding is an error, listing errors first like a compiler', async () => {
    const plan = await copyFixture('smart-measurable.kgi-no-unit.yaml', 'no-unit.yaml');
    const r = await cli(work.dir, 'lint', path.basename(plan));
    expect(r.code).toBe(1);
    expect(r.out.split('\n')[0]).toMatch(/^'KPI Tree'!F5 \(no-unit\.yaml:14\) {2}error {2}Measurable \(SMART\) \(smart-measurable\) {2}"Monthly revenue" \(KGI\) has no unit/);
    expect(r.out).toContain('errors: 1, warnings: 0, info: 0');
  });

  it('exits 1, not 2, on a tree with structural errors: they are findings', async () => {
    await copyFixture('tree-cycle.two-nodes.yaml', 'cycle.yaml');
    const r = await cli(work.dir, 'lint', 'cycle.yaml', '--format', 'json');
    expect(r.code).toBe(1);
    expect(parse(r.out).findings.map(brief)).toContainEqual(['tree-cycle', 'error', 'loop_a', "'KPI Tree'!D8"]);
  });

  it('writes {"findings": [...]} with --format json: messages rendered, keys kept', async () => {
    const r = await cli(work.dir, 'lint', path.join(FIXTURES, 'smart-specific.vague-ja.yaml'), '--format', 'json');
    expect(r.code).toBe(0);
    const json = parse(r.out);
    expect(json.summary).toEqual({ error: 0, warning: 1, info: 0 });
    expect(json.findings).toEqual([
      expect.objectContaining({
        rule: 'smart-specific',
        severity: 'warning',
        node: 'visits',
        cell: "'KPIツリー'!C7",
        messageKey: 'rules.smartSpecific.vague',
        message: expect.stringContaining('「頑張って訪問する」は曖昧です'),
      }),
    ]);
    const en = parse((await cli(work.dir, 'lint', path.join(FIXTURES, 'smart-specific.vague-ja.yaml'), '--format', 'json', '--lang', 'en')).out);
    expect(en.findings[0].message).toContain('"頑張って訪問する" is vague');
    expect(en.findings[0].cell).toBe("'KPI Tree'!C7");
  });

  it('exits 0 with no finding on a clean plan', async () => {
    const r = await cli(work.dir, 'lint', path.join(FIXTURES, 'clean.en.yaml'));
    expect(r).toEqual({ code: 0, out: 'No findings: every KPI passes the checks.\n', err: '' });
  });

  it.each([
    ['a missing file', ['lint', 'nope.yaml']],
    ['no file at all', ['lint']],
    ['a file that is not a plan', ['lint', 'notes.txt']],
    ['broken YAML', ['lint', 'broken.yaml']],
    ['a plan that fails its schema', ['lint', 'schema.yaml']],
    ['a bad --format', ['lint', EXAMPLE, '--format', 'xml']],
    ['a file that is not a workbook', ['lint', 'fake.xlsx']],
  ])('exits 2 on %s, with a message and nothing on stdout', async (_what, argv) => {
    await fs.writeFile(path.join(work.dir, 'notes.txt'), 'hello');
    await fs.writeFile(path.join(work.dir, 'broken.yaml'), 'version: 1\nkpis: [ { id: a\n');
    await fs.writeFile(path.join(work.dir, 'schema.yaml'), 'version: 1\ntitle: T\nmonth: 2026-12\nkpis: []\n');
    await fs.writeFile(path.join(work.dir, 'fake.xlsx'), 'not a zip');
    const r = await cli(work.dir, ...argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).not.toBe('');
  });

  it('--fix writes the safe fixes into the plan, keeping its comments, and reports each', async () => {
    const plan = await copyFixture('smart-time-bound.missing.yaml', 'fix-me.yaml');
    const before = await fs.readFile(plan, 'utf8');
    const r = await cli(work.dir, 'lint', 'fix-me.yaml', '--fix');
    expect(r.code).toBe(0);
    expect(r.out).toContain('fixed kpis[0].deadline: Set the deadline of "Monthly revenue" to 2026-12-28');
    expect(r.out).toContain('Applied 1 safe fixes to fix-me.yaml');
    expect(r.out).toContain('No findings');
    const after = await fs.readFile(plan, 'utf8');
    expect(after).toBe(before.replace('target: 1000000, owner: Yamada }', 'target: 1000000, owner: Yamada, deadline: 2026-12-28 }'));
    expect((await cli(work.dir, 'lint', 'fix-me.yaml', '--fix')).out).toContain('No safe fix to apply.');
  });

  it('--fix leaves fixes that need judgement as suggestions', async () => {
    const plan = await copyFixture('missing-owner.kpi.yaml', 'owner.yaml');
    const before = await fs.readFile(plan, 'utf8');
    const r = await cli(work.dir, 'lint', 'owner.yaml', '--fix', '--format', 'json');
    expect(r.code).toBe(0);
    expect(parse(r.out).fixed).toEqual([]);
    expect(parse(r.out).findings[0].fix).toMatchObject({ safe: false });
    expect(await fs.readFile(plan, 'utf8')).toBe(before);
  });
});

/** Finds a node's row and a column by its header, never by fixed letters. */
function locate(ws: ExcelJS.Worksheet, id: string, header: string): ExcelJS.Cell {
  let column = 0;
  ws.getRow(4).eachCell((c, n) => {
    if (c.value === header) column = n;
  });
  let row = 0;
  ws.eachRow((r, n) => {
    if (r.getCell(1).value === id) row = n;
  });
  if (!row || !column) throw new Error(`no ${id}/${header}`);
  return ws.getCell(row, column);
}

/** Builds the example into NAME, then types VALUE into a node's cell on its tree sheet; gives that cell. */
async function buildAndType(name: string, id: string, header: string, value: string): Promise<ExcelJS.Cell> {
  await cli(work.dir, 'build', EXAMPLE, '--out', name);
  return edit(path.join(work.dir, name), (wb) => {
    const cell = locate(sheet(wb, 'KPIツリー'), id, header);
    cell.value = value;
    return cell;
  });
}

describe('kpi-tree lint FILE.xlsx', () => {
  it('finds in a built workbook what it finds in its plan, at the same cells', async () => {
    const built = await cli(work.dir, 'build', EXAMPLE, '--out', 'example.xlsx');
    expect(built.code).toBe(0);
    const fromPlan = parse((await cli(work.dir, 'lint', EXAMPLE, '--format', 'json')).out);
    const r = await cli(work.dir, 'lint', 'example.xlsx', '--format', 'json');
    expect(r.code).toBe(0);
    expect(parse(r.out).findings.map(brief)).toEqual(fromPlan.findings.map(brief));
  });

  it('flags a name cell edited after the build to 「頑張って訪問する」', async () => {
    const name = await buildAndType('edited.xlsx', 'calls', '名称', '頑張って訪問する');

    const r = await cli(work.dir, 'lint', 'edited.xlsx');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(new RegExp(`'KPIツリー'!${name.address} {2}警告 {2}具体性（SMART の S）（smart-specific） +「頑張って訪問する」は曖昧です`));
  });

  it('reports a damaged tree as findings with their cells, and exits 1', async () => {
    const parent = await buildAndType('damaged.xlsx', 'meetings', '親', 'calls');

    const r = await cli(work.dir, 'lint', 'damaged.xlsx', '--format', 'json');
    expect(r.code).toBe(1);
    expect(parse(r.out).findings.map(brief)).toContainEqual(['tree-cycle', 'error', 'meetings', `'KPIツリー'!${parent.address}`]);
  });

  it('--fix writes a safe fix into its cell, keeps a .bak, and the workbook then passes', async () => {
    const plan = await copyFixture('smart-time-bound.missing.yaml', 'no-deadline.yaml');
    expect((await cli(work.dir, 'build', path.basename(plan), '--out', 'no-deadline.xlsx')).code).toBe(0);
    const first = parse((await cli(work.dir, 'lint', 'no-deadline.xlsx', '--format', 'json')).out);
    expect(first.findings.map(brief)).toEqual([['smart-time-bound', 'warning', 'revenue', "'KPI Tree'!O5"]]);

    const r = await cli(work.dir, 'lint', 'no-deadline.xlsx', '--fix');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`fixed 'KPI Tree'!O5: Set the deadline of "Monthly revenue" to 2026-12-28`);
    expect(r.out).toContain('No findings');
    await expect(fs.stat(path.join(work.dir, 'no-deadline.xlsx.bak'))).resolves.toBeTruthy();
    const wb = await openXlsx(path.join(work.dir, 'no-deadline.xlsx'));
    const cell = sheet(wb, 'KPI Tree').getCell('O5');
    // A serial with a date format: ExcelJS reads it back as a Date.
    const v = cell.value;
    expect(v instanceof Date ? v.toISOString().slice(0, 10) : fromExcelSerial(v as number)).toBe('2026-12-28');
    expect(cell.numFmt).toBe('yyyy-mm-dd');
    // The Checks sheet and the row mark no longer list what was fixed.
    const checks = sheet(wb, 'Checks');
    expect([checks.getCell('A5').value, checks.getCell('B5').value]).toEqual(['No findings: every KPI passes the checks.', null]);
    expect(String(checks.getCell('A2').value)).toMatch(/^Errors: 0 · warnings: 0 · info: 0/);
    expect(locate(sheet(wb, 'KPI Tree'), 'revenue', 'Checks').value).toBeNull();
  });

  it('--fix on a workbook whose tree has errors writes the safe fix and says the Checks sheet waits for sync', async () => {
    const plan = await copyFixture('smart-time-bound.missing.yaml', 'broken-deadline.yaml');
    expect((await cli(work.dir, 'build', path.basename(plan), '--out', 'broken-deadline.xlsx')).code).toBe(0);
    const file = path.join(work.dir, 'broken-deadline.xlsx');
    await edit(file, (wb) => {
      locate(sheet(wb, 'KPI Tree'), 'contracts', 'Parent').value = 'meetings';
    });

    const r = await cli(work.dir, 'lint', 'broken-deadline.xlsx', '--fix');
    expect(r.code).toBe(1);
    expect(r.out).toContain(`fixed 'KPI Tree'!O5: Set the deadline of "Monthly revenue" to 2026-12-28`);
    expect(r.out).toContain('The Checks sheet was not refreshed: the tree has errors');
    expect(r.out).toMatch(/tree-cycle/);
    const back = await openXlsx(file);
    expect(sheet(back, 'KPI Tree').getCell('O5').value).toBeTruthy();
  });
});

describe('kpi-tree lint: the checks sales practice asks for', () => {
  it('names a KDI that needs the customer and a KPI that hangs on the economy, in Japanese, with the activity to count instead', async () => {
    const r = await cli(work.dir, 'lint', path.join(FIXTURES, 'kdi-needs-response.meetings-ja.yaml'));
    expect(r.code).toBe(0);
    const line = r.out.split('\n').find((l) => l.includes('kdi-needs-response') && l.includes('「商談数」'));
    expect(line).toMatch(/^'KPIツリー'!C7 \(kdi-needs-response\.meetings-ja\.yaml:\d+\) +警告 +顧客の反応が必要な KDI（kdi-needs-response） +「商談数」は KDI ですが、「商談」は顧客の反応があって初めて生まれる成果/);
    expect(line).toContain('KDI にはそこに至る行動（アポ打診の架電・メール数）を置き');
    expect(r.out).toContain('提案：「商談数」の区分を KPI に変更（判断が必要です）');
    expect(r.out).not.toMatch(/kdi-needs-response +「アポ打診の架電数」/);

    const economy = await cli(work.dir, 'lint', path.join(FIXTURES, 'uncontrollable-kpi.economy-ja.yaml'), '--format', 'json');
    expect(economy.code).toBe(0);
    const found = parse(economy.out).findings.filter((f) => f.rule === 'uncontrollable-kpi');
    expect(found.map(brief)).toEqual([
      ['uncontrollable-kpi', 'warning', 'recovery_orders', "'KPIツリー'!C7"],
      ['uncontrollable-kpi', 'warning', 'churn', "'KPIツリー'!C8"],
    ]);
    expect(found[0]).toMatchObject({ ruleName: '外部要因に左右される KPI', message: expect.stringContaining('外部要因「景気」') });
  });

  it('speaks English with --lang en, and names each check in its language in JSON', async () => {
    const r = await cli(work.dir, 'lint', path.join(FIXTURES, 'kdi-needs-response.deals-won-en.yaml'), '--format', 'json', '--lang', 'en');
    const json = parse(r.out);
    expect(json.findings.filter((f) => f.rule === 'kdi-needs-response')).toEqual([
      expect.objectContaining({ node: 'deals', ruleName: "KDI that needs the customer's response", message: expect.stringContaining('the activity that leads to it — proposals sent —') }),
      expect.objectContaining({ node: 'meetings', message: expect.stringContaining('calls and emails asking for a meeting') }),
    ]);
  });

  it('exits 1 on a tree of 12 KPIs and 8 KDIs, though no owner and no level is over its limit', async () => {
    const r = await cli(work.dir, 'lint', path.join(FIXTURES, 'too-many-kpis.tree-error.yaml'));
    expect(r.code).toBe(1);
    expect(r.out.split('\n')[0]).toMatch(/^'KPI Tree'!B21 \(too-many-kpis\.tree-error\.yaml:\d+\) +error +Too many KPIs \(too-many-kpis\) +The tree holds 20 KPIs and KDIs \(12 KPIs, 8 KDIs\), more than 15/);
    expect(r.out).toContain('errors: 1, warnings: 0, info: 1');
    // A team that agreed on a larger tree says so in its settings.
    const plan = await fs.readFile(path.join(FIXTURES, 'too-many-kpis.tree-error.yaml'), 'utf8');
    await fs.writeFile(path.join(work.dir, 'big-tree.yaml'), `${plan}checks:\n  thresholds: { max_kpis_in_tree: 20, error_kpis_in_tree: 30 }\n`);
    const relaxed = await cli(work.dir, 'lint', 'big-tree.yaml');
    expect(relaxed.code).toBe(0);
    expect(relaxed.out).not.toContain('too-many-kpis');
  });
});
