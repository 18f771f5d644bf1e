/**
 * The team through the `kpi-tree` command: `backcast` gives the members and every node's
 * targets per member (JSON and text), a plan without members gives the same JSON as
 * before with empty arrays, too much handed out is refused naming the line or the cell
 * with nothing written, `lint` reports members' checks at their cells, and a member's
 * name that looks like a formula stays text.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { t } from '../../src/core/i18n';
import { MEMBERS } from '../../src/core/layout/memberColumns';
import { cliWorkspace, edit, sheet, type LintJsonFinding } from '../support/cliWorkbooks';
import { openXlsx } from '../support/edits';

const ROOT = path.join(__dirname, '..', '..');
const TEAM = path.join(ROOT, 'examples', 'team.yaml');
const TEAM_EN = path.join(ROOT, 'examples', 'team.en.yaml');
const FUNNEL = path.join(ROOT, 'examples', 'sales-funnel.yaml');

const ws = cliWorkspace('kpi-tree-members-cli-');

interface Figures {
  monthly: number | null;
  perWorkday: number | null;
  weekly: number[] | null;
}
interface BackcastJson {
  weeks: { week: string }[];
  members: { id: string; name: string; kgi: number | null }[];
  nodes: (Figures & { id: string; level: string; byMember: (Figures & { member: string })[] })[];
}

async function backcastJson(file: string): Promise<BackcastJson> {
  const io = ws.io();
  expect(await main(['backcast', file, '--format', 'json'], io)).toBe(0);
  return JSON.parse(io.stdout.join('\n')) as BackcastJson;
}

describe('kpi-tree backcast with members', () => {
  it('gives the members, each with their KGI, and every node’s targets per member in the order of weeks', async () => {
    const json = await backcastJson(TEAM_EN);
    expect(json.members).toEqual([
      { id: 'yamada', name: 'Yamada', kgi: 500000 },
      { id: 'sato', name: 'Sato', kgi: 300000 },
      { id: 'suzuki', name: 'Suzuki', kgi: 200000 },
    ]);
    const calls = json.nodes.find((n) => n.id === 'calls');
    expect(calls?.byMember).toEqual([
      { member: 'yamada', monthly: 152, perWorkday: 7.6, weekly: [30, 38, 38, 38, 8] },
      { member: 'sato', monthly: 73, perWorkday: 3.65, weekly: [15, 18, 18, 18, 4] },
      { member: 'suzuki', monthly: 61, perWorkday: 3.05, weekly: [12, 15, 16, 15, 3] },
    ]);
    // The measured KCI (interest_level) is the team's own target, typed: not handed out.
    expect(json.nodes.find((x) => x.id === 'interest_level')?.byMember.map((m) => m.monthly)).toEqual([null, null, null]);
    for (const n of json.nodes.filter((x) => x.level !== 'KGI' && x.id !== 'interest_level' && x.monthly !== null)) {
      expect(n.monthly).toBe(n.byMember.reduce((sum, m) => sum + (m.monthly ?? 0), 0));
      expect(n.weekly).toEqual(
        json.weeks.map((_, k) => n.byMember.reduce((sum, m) => sum + (m.weekly?.[k] ?? 0), 0)),
      );
    }
  });

  it('reads the same members back from the workbook it built', async () => {
    const file = await ws.build('team.xlsx', 'en', TEAM_EN);
    expect(await backcastJson(file)).toEqual(await backcastJson(TEAM_EN));
  });

  it('gives a plan without members the same JSON as before, with empty members and byMember', async () => {
    const json = await backcastJson(FUNNEL);
    expect(json.members).toEqual([]);
    for (const n of json.nodes) {
      expect(Object.keys(n)).toEqual([
        'id',
        'level',
        'name',
        'unit',
        'aggregate',
        'monthly',
        'perWorkday',
        'weekly',
        'byMember',
        'backcast',
        'backcastInNames',
      ]);
      expect(n.byMember).toEqual([]);
    }
    expect(json.nodes.find((n) => n.id === 'calls')?.monthly).toBe(304);
  });

  it('shows the team, then each member, as readable tables', async () => {
    const io = ws.io();
    expect(await main(['backcast', TEAM, '--lang', 'ja'], io)).toBe(0);
    const text = io.stdout.join('\n');
    expect(text).toContain('チーム（担当者の合計）');
    expect(text).toContain('山田（yamada）— KGI 500,000');
    expect(text).toContain('鈴木（suzuki）— KGI 200,000');
    expect(text.split('\n').find((l) => l.startsWith('calls') && l.includes('304'))).toMatch(/304\s+286/);
  });
});

describe('too much handed out to the members', () => {
  it('refuses a plan (exit 2), naming the field and line, and writes nothing', async () => {
    const plan = path.join(ws.dir, 'over.yaml');
    await fs.writeFile(
      plan,
      (await fs.readFile(TEAM_EN, 'utf8')).replace('target: 200000 }', 'target: 300000 }'),
    );
    const out = path.join(ws.dir, 'over.xlsx');
    const io = ws.io();
    expect(await main(['build', plan, '--out', out], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(
      /^members\[2\]\.target line 30: error: The members are given 1,100,000 in all, 100,000 more than the team's KGI of 1,000,000/m,
    );
    await expect(fs.access(out)).rejects.toThrow();
  });

  it('refuses a sync of a workbook where a share was raised (exit 2), naming the cell, and leaves the file as it was', async () => {
    const file = await ws.build('raised.xlsx', 'ja', TEAM);
    await edit(file, (wb) => {
      sheet(wb, t('ja', 'sheet.members')).getCell(MEMBERS.firstRow, MEMBERS.col.share).value = 0.8;
    });
    const before = await fs.readFile(file);
    const io = ws.io();
    expect(await main(['sync', file], io)).toBe(2);
    expect(io.stderr.join('\n')).toContain(
      "'担当別'!C7: エラー: 担当者への配分の合計 1,300,000 が、チームの KGI 1,000,000 を 300,000 上回っています",
    );
    expect(Buffer.compare(await fs.readFile(file), before)).toBe(0);
  });
});

describe('lint with members', () => {
  it('warns at the KGI when part of the goal goes to nobody, in the workbook’s cells', async () => {
    const file = await ws.build('under.xlsx', 'en', TEAM_EN);
    await edit(file, (wb) => {
      sheet(wb, 'By member').getCell(MEMBERS.firstRow + 2, MEMBERS.col.target).value = 100000;
    });
    const io = ws.io();
    expect(await main(['lint', file, '--format', 'json'], io)).toBe(0);
    const findings = (JSON.parse(io.stdout.join('\n')) as { findings: LintJsonFinding[] }).findings;
    expect(findings).toContainEqual(
      expect.objectContaining({
        rule: 'unallocated-target',
        severity: 'warning',
        cell: "'KPI Tree'!G5",
        message: expect.stringContaining('100,000 JPY of the team') as unknown,
      }),
    );
    expect(findings.filter((f) => f.rule === 'missing-owner')).toEqual([]);
  });
});

describe('members’ names', () => {
  it('stay text in the workbook, even when they look like a formula', async () => {
    const plan = path.join(ws.dir, 'names.yaml');
    await fs.writeFile(
      plan,
      (await fs.readFile(TEAM_EN, 'utf8')).replace('name: Yamada,', `name: '=HYPERLINK("http://x","y")',`),
    );
    const file = path.join(ws.dir, 'names.xlsx');
    expect(await main(['build', plan, '--out', file], ws.io())).toBe(0);
    const wb: ExcelJS.Workbook = await openXlsx(file);
    const members = sheet(wb, 'By member');
    for (const cell of [members.getCell(MEMBERS.firstRow, MEMBERS.col.name), members.getCell('F13')]) {
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe('=HYPERLINK("http://x","y")');
    }
  });
});
