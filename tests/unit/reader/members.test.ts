/**
 * The member sheet read back and rebuilt: members found by their ID below the table's
 * headers (either language), a member typed into an empty row picked up, what cannot be
 * read named by its cell, and a sync that keeps what people typed and wrote around it.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import type ExcelJS from 'exceljs';
import { analyzeWorkbook } from '../../../src/core/analyze';
import { render, t, type Lang } from '../../../src/core/i18n';
import { MEMBERS } from '../../../src/core/layout/memberColumns';
import { loadPlanText } from '../../../src/core/model/parsePlan';
import type { Model } from '../../../src/core/model/types';
import { readWorkbook } from '../../../src/core/reader/readWorkbook';
import { readWorkbookData } from '../../../src/hosts/xlsx/readData';
import { buildInMemory, modelOfPlan, reopen, syncInMemory } from '../../support/memorySync';

const EXAMPLES = join(__dirname, '..', '..', '..', 'examples');
const team = (lang: Lang): Model =>
  modelOfPlan(readFileSync(join(EXAMPLES, lang === 'ja' ? 'team.yaml' : 'team.en.yaml'), 'utf8'));

function memberSheet(wb: ExcelJS.Workbook, lang: Lang = 'en'): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(t(lang, 'sheet.members'));
  if (ws === undefined) throw new Error('no member sheet');
  return ws;
}

function names(wb: ExcelJS.Workbook): Map<string, string> {
  return new Map(wb.definedNames.model.map((n) => [n.name, n.ranges[0]]));
}

/** A new member typed into the first empty row of the table, as a person would. */
function typeMember(ws: ExcelJS.Worksheet, row: number, values: Record<string, ExcelJS.CellValue>): void {
  for (const [address, value] of Object.entries(values)) ws.getCell(`${address}${row}`).value = value;
}

describe('the member sheet read back', () => {
  it.each(['ja', 'en'] as const)(
    'gives the plan’s members back, their shares, targets and own hypotheses (%s)',
    async (lang) => {
      const model = team(lang);
      const read = readWorkbook(readWorkbookData(await reopen(buildInMemory(model, lang))), 'en');
      expect(read.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(read.model?.members).toEqual(model.members);
      expect(read.members).toMatchObject({
        sheet: t(lang, 'sheet.members'),
        headerRow: MEMBERS.headerRow,
        memberRows: [
          { id: 'yamada', row: 6 },
          { id: 'sato', row: 7 },
          { id: 'suzuki', row: 8 },
        ],
        foreignRows: [],
        targetsRow: 13,
      });
    },
  );

  it('picks up a member typed into an empty row, with their own hypothesis', async () => {
    const wb = await reopen(buildInMemory(team('en')));
    const ws = memberSheet(wb);
    ws.getCell('C6').value = 0.4;
    typeMember(ws, 9, { A: 'ito', B: 'Ito', C: 0.1, H: 0.4 });
    const read = readWorkbook(readWorkbookData(await reopen(wb)), 'en');
    expect(read.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(read.model?.members.map((m) => [m.id, m.share ?? m.target, m.hypotheses])).toEqual([
      ['yamada', 0.4, {}],
      ['sato', 0.3, { close_rate: 0.25 }],
      ['suzuki', 200000, {}],
      ['ito', 0.1, { meeting_rate: 0.4 }],
    ]);
  });

  it('names the cell of a member without an ID, a share that is no number and an own value that is none', async () => {
    const wb = await reopen(buildInMemory(team('en')));
    const ws = memberSheet(wb);
    typeMember(ws, 9, { B: 'Ito', C: 0.1 });
    ws.getCell('C6').value = 'half';
    ws.getCell('G7').value = 'high';
    const read = readWorkbook(readWorkbookData(await reopen(wb)), 'en');
    const errors = read.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.cell, p.message.key])).toEqual([
      ["'By member'!C6", 'reader.notNumber'],
      ["'By member'!G7", 'reader.notNumber'],
      ["'By member'!A9", 'reader.memberMissingId'],
    ]);
    expect(render('ja', errors[2].message)).toBe(
      '担当者の行に ID がありません。「tanaka」のような英数字の ID を入力してください',
    );
  });

  it('names the member’s cell when the shares add up to more than the team’s goal', async () => {
    const wb = await reopen(buildInMemory(team('ja'), 'ja'));
    memberSheet(wb, 'ja').getCell('C6').value = 0.9;
    const analysis = analyzeWorkbook(readWorkbookData(await reopen(wb)), 'ja');
    const over = analysis.problems.find((p) => p.code === 'over-allocated-target');
    // 山田 900,000 + 佐藤 300,000 passes 1,000,000 at 佐藤's share.
    expect(over).toMatchObject({ severity: 'error', cell: "'担当別'!C7" });
    expect(render('ja', over!.message)).toContain(
      '担当者への配分の合計 1,400,000 が、チームの KGI 1,000,000 を 400,000 上回っています',
    );
    expect(() => syncInMemory(wb)).toThrow(/sync refused/);
  });

  it('finds a renamed member sheet by its headers', async () => {
    const wb = await reopen(buildInMemory(team('en')));
    memberSheet(wb).name = 'Team';
    const read = readWorkbook(readWorkbookData(await reopen(wb)), 'en');
    expect(read.members?.sheet).toBe('Team');
    expect(read.model?.members.map((m) => m.id)).toEqual(['yamada', 'sato', 'suzuki']);
  });
});

describe('a sync of the member sheet', () => {
  it('writes the targets of a member typed into an empty row, with their names, and reads them back', async () => {
    const wb = await reopen(buildInMemory(team('en')));
    const ws = memberSheet(wb);
    ws.getCell('C6').value = 0.4;
    typeMember(ws, 9, { A: 'ito', B: 'Ito', C: 0.1 });
    syncInMemory(wb);
    const after = await reopen(wb);
    const n = names(after);
    for (const prefix of ['MK_', 'MT_', 'MD_', 'MW_']) expect(n.has(`${prefix}ito`)).toBe(true);
    expect(n.get('MK_ito')).toBe("'By member'!$E$9");
    const read = analyzeWorkbook(readWorkbookData(after), 'en');
    expect(read.model?.members.map((m) => m.id)).toEqual(['yamada', 'sato', 'suzuki', 'ito']);
    const calls = read.backcast?.nodes.find((x) => x.id === 'calls');
    // Yamada 400,000 → 4 → 20 → 40 → 122; Ito 100,000 → 1 → 5 → 10 → 31.
    expect(calls?.byMember.map((m) => m.monthly)).toEqual([122, 73, 61, 31]);
    expect(calls?.monthly).toBe(122 + 73 + 61 + 31);
    // The tree's target is the member sheet's total, which now adds four members.
    const tree = after.getWorksheet('KPI Tree') as ExcelJS.Worksheet;
    const formula = (tree.getCell('G9').value as { formula: string }).formula;
    expect(formula).toBe("'By member'!$E$20");
    expect((memberSheet(after).getCell('E20').value as { formula: string }).formula).toBe(
      'SUM($F$20,$M$20,$T$20,$AA$20)',
    );
  });

  it('keeps notes on members, people’s own column and note rows, and drops a removed member’s names', async () => {
    const wb = await reopen(buildInMemory(team('en')));
    const ws = memberSheet(wb);
    ws.getCell('K5').value = 'Region';
    ws.getCell('K6').value = 'East';
    ws.getCell('K7').value = 'West';
    ws.getCell('B7').note = 'Joined in October';
    ws.getCell('A10').value = 'Shares agreed on 1 December';
    // A note typed right below the targets table's last row.
    ws.getCell('A21').value = 'Targets checked by Tanaka';
    // Suzuki leaves: his row is cleared.
    for (const c of ['A', 'B', 'D']) ws.getCell(`${c}8`).value = null;
    syncInMemory(wb);
    const after = await reopen(wb);
    const sheet = memberSheet(after);
    const read = readWorkbook(readWorkbookData(after), 'en');
    expect(read.model?.members.map((m) => m.id)).toEqual(['yamada', 'sato']);
    expect(names(after).has('MK_suzuki')).toBe(false);
    expect(names(after).has('MT_suzuki')).toBe(false);
    // The people's column moved past the targets table (its columns are the tool's), its values beside their members.
    const header = sheet.getRow(MEMBERS.headerRow);
    let region = 0;
    header.eachCell((c, col) => {
      if (c.value === 'Region') region = col;
    });
    expect(region).toBeGreaterThan(0);
    expect(sheet.getCell(6, region).value).toBe('East');
    expect(sheet.getCell(7, region).value).toBe('West');
    expect(sheet.getCell('B7').note).toBe('Joined in October');
    const noteRow: number[] = [];
    sheet.eachRow((row, r) => {
      if (row.getCell(1).value === 'Shares agreed on 1 December') noteRow.push(r);
    });
    sheet.eachRow((row, r) => {
      if (row.getCell(1).value === 'Targets checked by Tanaka') noteRow.push(r);
    });
    expect(noteRow).toHaveLength(2);
    expect(read.members?.foreignRows).toEqual(noteRow);
    // And the next sync keeps it again.
    syncInMemory(after);
    let kept = 0;
    memberSheet(after).eachRow((row) => {
      if (
        row.getCell(1).value === 'Shares agreed on 1 December' ||
        row.getCell(1).value === 'Targets checked by Tanaka'
      )
        kept++;
    });
    expect(kept).toBe(2);
  });

  it('keeps the sheet, emptied, when its last member has gone, and the tree’s own backcast again', async () => {
    const wb = await reopen(buildInMemory(team('en')));
    const ws = memberSheet(wb);
    for (const r of [6, 7, 8]) for (const c of ['A', 'B', 'C', 'D', 'G']) ws.getCell(`${c}${r}`).value = null;
    syncInMemory(wb);
    const after = await reopen(wb);
    expect(after.getWorksheet('By member')).toBeDefined();
    expect([...names(after).keys()].filter((n) => /^M[KTDW]_|^MEMBER_NODES$/.test(n))).toEqual([]);
    const tree = after.getWorksheet('KPI Tree') as ExcelJS.Worksheet;
    expect((tree.getCell('G9').value as { formula: string }).formula).toBe(
      'ROUNDUP(ROUND(T_appointments/H_appointment_rate,6),0)',
    );
  });

  it('builds a plan over the workbook keeping the members typed there, and adding the plan’s', async () => {
    const wb = await reopen(buildInMemory(team('en')));
    const ws = memberSheet(wb);
    ws.getCell('C7').value = 0.2;
    typeMember(ws, 9, { A: 'ito', B: 'Ito', C: 0.05 });
    const plan = loadPlanText(
      readFileSync(join(EXAMPLES, 'team.en.yaml'), 'utf8').replace(
        '  - { id: suzuki, name: Suzuki, target: 200000 }',
        '  - { id: suzuki, name: Suzuki, target: 100000 }\n  - { id: kato, name: Kato, share: 0.05 }',
      ),
      'yaml',
    ).model as Model;
    syncInMemory(wb, plan);
    const read = readWorkbook(readWorkbookData(await reopen(wb)), 'en');
    expect(read.model?.members.map((m) => [m.id, m.share ?? m.target])).toEqual([
      ['yamada', 0.5],
      ['sato', 0.2],
      ['suzuki', 200000],
      ['kato', 0.05],
      ['ito', 0.05],
    ]);
  });

  it('writes no member sheet for a plan without members', () => {
    const wb = buildInMemory(modelOfPlan());
    expect(wb.worksheets.map((w) => w.name)).not.toContain('By member');
    expect([...names(wb).keys()].filter((n) => /^M[KTDW]_|^MEMBER_NODES$/.test(n))).toEqual([]);
  });
});
