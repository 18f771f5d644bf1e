/**
 * The add-in's commands on the in-memory host (what standalone mode and the ribbon run):
 * build from a template, rebuild keeping what people typed, reviews, hypotheses with
 * undo, quick fixes. The what-if the pane shows is proven against LibreOffice.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { hypothesisCell, readAnalysis } from '../../../src/app/analysis';
import { buildTree, refreshWorkbook } from '../../../src/app/build';
import { OperationError } from '../../../src/app/errors';
import { fixWrite } from '../../../src/app/fixes';
import { writeHypotheses } from '../../../src/app/hypotheses';
import { writeReview } from '../../../src/app/review';
import { templateModel } from '../../../src/app/templates';
import type { IsoDate } from '../../../src/core/brand';
import { render } from '../../../src/core/i18n';
import { whatIf } from '../../../src/core/whatIf/whatIf';
import { createMemoryHost, type MemoryHost } from '../../../src/hosts/xlsx/memoryHost';
import { libreOfficeSuite, readDefinedNameValues, recalculate } from '../../support/libreoffice';
import { appOn } from '../../support/app';

const TODAY = '2026-12-09' as IsoDate;

async function built(lang: 'ja' | 'en' = 'en'): Promise<MemoryHost> {
  const host = createMemoryHost(undefined, { debounceMs: 1 });
  await buildTree(appOn(host, lang), { model: templateModel('sales-funnel', lang) });
  return host;
}

describe('buildTree', () => {
  it('writes every sheet into an empty workbook, with the checks', async () => {
    const host = await built('ja');
    expect(host.workbook().worksheets.map((w) => w.name)).toEqual(['KPIツリー', 'チェック', '仮説', 'カレンダー', '設定', 'マイルストーン']);
    const analysis = await readAnalysis(appOn(host, 'ja'));
    expect(analysis.model?.nodes.map((n) => n.id)).toEqual(templateModel('sales-funnel', 'ja').nodes.map((n) => n.id));
    expect(analysis.backcast?.nodes.find((n) => n.id === 'meetings')?.monthly).toBe(50);
  });

  it('over an existing tree keeps what people typed', async () => {
    const host = await built();
    let analysis = await readAnalysis(appOn(host, 'en'));
    const cell = hypothesisCell(analysis, 'close_rate')!;
    await host.writeCells([{ ...cell, value: 0.4 }]);
    await buildTree(appOn(host, 'en'), { model: templateModel('sales-funnel', 'en') });
    analysis = await readAnalysis(appOn(host, 'en'));
    expect(analysis.model!.hypotheses.find((h) => h.id === 'close_rate')!.value).toBe(0.4);
  });

  it('refuses a plan with an error, writing nothing', async () => {
    const host = createMemoryHost();
    const bad = templateModel('sales-funnel', 'en');
    const broken = { ...bad, hypotheses: bad.hypotheses.map((h) => (h.id === 'unit_price' ? { ...h, value: 0 } : h)) };
    await expect(buildTree(appOn(host, 'en'), { model: broken })).rejects.toBeInstanceOf(OperationError);
    expect(host.workbook().worksheets).toHaveLength(0);
  });
});

describe('refreshWorkbook', () => {
  it('says what is missing in a workbook without a tree', async () => {
    const host = createMemoryHost();
    host.workbook().addWorksheet('Notes').getCell('A1').value = 'mine';
    const error = await refreshWorkbook(appOn(host, 'ja')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OperationError);
    const text = (error as OperationError).problems.map((p) => render('ja', p.message)).join('\n');
    expect(text.length).toBeGreaterThan(0);
    expect(host.workbook().getWorksheet('Notes')!.getCell('A1').value).toBe('mine');
  });

  it('gives a typed row its formulas and refreshes the findings', async () => {
    const host = await built();
    const ws = host.workbook().getWorksheet('KPI Tree')!;
    const analysis = await readAnalysis(appOn(host, 'en'));
    const cols = analysis.read.tree!.columns;
    const last = Math.max(...analysis.read.tree!.nodeRows.map((r) => r.row)) + 1;
    ws.getCell(last, cols.id!).value = 'emails';
    ws.getCell(last, cols.level!).value = 'KDI';
    ws.getCell(last, cols.name!).value = 'Follow-up emails';
    ws.getCell(last, cols.parent!).value = 'appointments';
    ws.getCell(last, cols.backcast!).value = 'appointments * 2';
    ws.getCell(last, cols.unit!).value = 'count';
    const written = await refreshWorkbook(appOn(host, 'en'));
    expect(written.report.cellsWritten).toBeGreaterThan(0);
    const after = await readAnalysis(appOn(host, 'en'));
    expect(after.backcast!.nodes.find((n) => n.id === 'emails')!.monthly).toBe(200);
    expect(after.data.names.some((n) => n.name === 'T_emails')).toBe(true);
  });
});

describe('newReview', () => {
  it('writes the week’s tab and history, selects it, and refreshes it in place the second time', async () => {
    const host = await built('ja');
    const first = await writeReview(appOn(host, 'ja', TODAY), { week: '2026-W50' });
    expect(first).toMatchObject({ sheet: '週次レビュー 2026-W50', existed: false });
    expect(host.selection()).toEqual({ sheet: '週次レビュー 2026-W50', address: 'A1' });
    const again = await writeReview(appOn(host, 'ja', TODAY), { week: '2026-W50' });
    expect(again.existed).toBe(true);
    expect(host.workbook().worksheets.filter((w) => w.name.includes('2026-W50'))).toHaveLength(1);
  });

  it('refuses a week far from the plan, in the user’s language', async () => {
    const host = await built('ja');
    const error = (await writeReview(appOn(host, 'ja', TODAY), { week: '2027-W20' }).catch((e: unknown) => e)) as OperationError;
    expect(error).toBeInstanceOf(OperationError);
    expect(render('ja', error.problems[0].message)).toContain('2027-W20');
    expect(host.workbook().worksheets.some((w) => w.name.includes('2027-W20'))).toBe(false);
  });
});

describe('writeHypotheses', () => {
  it('writes H_ cells and hands back the writes that undo it, formulas included', async () => {
    const host = await built();
    const cell = hypothesisCell(await readAnalysis(appOn(host, 'en')), 'meeting_rate')!;
    // An executive's own formula in the cell survives an undo.
    host.workbook().getWorksheet(cell.sheet)!.getCell(cell.address).value = { formula: '0.25*2' };
    const undo = await writeHypotheses(appOn(host, 'en'), await readAnalysis(appOn(host, 'en')), { close_rate: 0.25, meeting_rate: 0.6 });
    const after = await readAnalysis(appOn(host, 'en'));
    expect(after.model!.hypotheses.find((h) => h.id === 'close_rate')!.value).toBe(0.25);
    await host.writeCells(undo);
    const restored = host.workbook().getWorksheet(cell.sheet)!.getCell(cell.address).value;
    expect(restored).toEqual({ formula: '0.25*2' });
    const closeCell = hypothesisCell(after, 'close_rate')!;
    expect(host.workbook().getWorksheet(closeCell.sheet)!.getCell(closeCell.address).value).toBe(0.2);
  });

  it('refuses a rate outside 0–100 % and what is not a number, naming each hypothesis, and writes nothing', async () => {
    const host = await built('ja');
    const analysis = await readAnalysis(appOn(host, 'ja'));
    const cell = hypothesisCell(analysis, 'close_rate')!;
    const error = (await writeHypotheses(appOn(host, 'ja'), analysis, { close_rate: 1.5, unit_price: Number.NaN, meeting_rate: 0.6 }).catch(
      (e: unknown) => e,
    )) as OperationError;
    expect(error).toBeInstanceOf(OperationError);
    expect(error.problems.map((p) => [p.node, render('ja', p.message)])).toEqual([
      ['close_rate', '成約率は率です。0% より大きく 100% 以下で入力してください。'],
      ['unit_price', '平均受注単価には数値を入力してください。'],
    ]);
    expect(host.workbook().getWorksheet(cell.sheet)!.getCell(cell.address).value).toBe(0.2);
    const meeting = hypothesisCell(analysis, 'meeting_rate')!;
    expect(host.workbook().getWorksheet(meeting.sheet)!.getCell(meeting.address).value).toBe(0.5);
  });

  it('names a hypothesis whose cell is gone', async () => {
    const host = await built();
    const analysis = await readAnalysis(appOn(host, 'en'));
    const error = (await writeHypotheses(appOn(host, 'en'), analysis, { nowhere: 1 }).catch((e: unknown) => e)) as OperationError;
    expect(render('en', error.problems[0].message)).toContain('nowhere');
  });
});

describe('quick fixes', () => {
  it('a tree without deadlines gets the month\'s last working day on its goal (the 28th: 29–31 are days off), in its cell, and undo empties it again', async () => {
    const host = await built();
    const analysis = await readAnalysis(appOn(host, 'en'));
    const cols = analysis.read.tree!.columns;
    const ws = host.workbook().getWorksheet('KPI Tree')!;
    // No node has a deadline any more: reported once, at the goal.
    for (const r of analysis.read.tree!.nodeRows) ws.getCell(r.row, cols.deadline!).value = null;
    const before = await readAnalysis(appOn(host, 'en'));
    const finding = before.findings.find((f) => f.rule === 'smart-time-bound' && f.node === 'revenue');
    expect(finding?.fix?.safe).toBe(true);
    const planned = fixWrite(finding!, before)!;
    await host.writeCells([planned.write]);
    const after = await readAnalysis(appOn(host, 'en'));
    expect(after.model!.nodes.find((n) => n.id === 'revenue')!.deadline).toBe('2026-12-28');
    expect(after.findings.some((f) => f.rule === 'smart-time-bound')).toBe(false);
    await host.writeCells([planned.previous]);
    expect((await readAnalysis(appOn(host, 'en'))).model!.nodes.find((n) => n.id === 'revenue')!.deadline).toBeUndefined();
  });
});

const lo = libreOfficeSuite();
lo.describe('what-if against LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-ops-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the pane’s preview equals the workbook’s targets once the hypotheses are written and recalculated', async () => {
    const host = await built('ja');
    const values = { close_rate: 0.35, appointment_rate: 0.25 };
    const preview = whatIf((await readAnalysis(appOn(host, 'ja'))).model!, values);
    await writeHypotheses(appOn(host, 'en'), await readAnalysis(appOn(host, 'ja')), values);
    const file = join(dir, 'whatif.xlsx');
    writeFileSync(file, await host.save());
    const names = await readDefinedNameValues(await recalculate(file, { tempRoot: dir }));
    for (const row of preview.rows) {
      if (row.after.monthly === null) continue;
      expect({ id: row.id, monthly: names.get(`T_${row.id}`) }).toEqual({ id: row.id, monthly: row.after.monthly });
      expect({ id: row.id, weekly: (names.get(`W_${row.id}`) as unknown[]).flat() }).toEqual({ id: row.id, weekly: row.after.weekly });
    }
  });
});
