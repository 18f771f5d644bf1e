/**
 * `kpi-tree review` against a real spreadsheet engine: the tab's weekly targets are the
 * tree's W_ values, actuals give achievement, status and the diagnosis hint, a second run
 * keeps what people typed, and the next week carries the open actions. Both languages.
 */
import { mkdtemp, rm } from 'fs/promises';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import type { Io } from '../../src/cli/io';
import { REVIEW } from '../../src/core/layout/reviewSheet';
import { libreOfficeSuite, readDefinedNameValues, recalculate, type CellScalar } from '../support/libreoffice';

const PLAN = join(__dirname, '../../examples/sales-funnel.yaml');
const C = REVIEW.col;

function io(cwd: string): Io & { errors: string[] } {
  const errors: string[] = [];
  return { out: () => undefined, err: (t) => errors.push(t), cwd, env: {}, errors };
}

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function rowOf(ws: ExcelJS.Worksheet, id: string): number {
  for (let r = REVIEW.firstRow; r < REVIEW.firstRow + 20; r++) if (ws.getCell(r, C.id).value === id) return r;
  throw new Error(`no row for ${id}`);
}

function value(cell: ExcelJS.Cell): CellScalar {
  if (cell.type === ExcelJS.ValueType.Formula) return (cell.result as CellScalar) ?? null;
  return (cell.value as CellScalar) ?? null;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kpi-review-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function build(name: string, lang: 'ja' | 'en'): Promise<string> {
  const file = join(dir, name);
  expect(await main(['build', PLAN, '--out', file, '--lang', lang], io(dir))).toBe(0);
  return file;
}

describe('kpi-tree review (no spreadsheet engine)', () => {
  it('rejects a week far from the plan month with exit 2 and a message naming it', async () => {
    const file = await build('range.xlsx', 'en');
    const out = io(dir);
    expect(await main(['review', file, '--week', '2026-W20', '--lang', 'en'], out)).toBe(2);
    expect(out.errors.join('\n')).toContain('2026-W20');
    expect(await main(['review', file, '--week', '2026-W53x'], out)).toBe(2);
    expect(await main(['review', file, '--week', '2027-W01', '--lang', 'en'], io(dir))).toBe(0);
  });

  it('keeps typed actuals and answers when run twice, with one tab only, and carries open actions', async () => {
    const file = await build('twice.xlsx', 'ja');
    expect(await main(['review', file, '--week', '2026-W50'], io(dir))).toBe(0);
    let wb = await open(file);
    const tab = '週次レビュー 2026-W50';
    let ws = wb.getWorksheet(tab)!;
    const r = rowOf(ws, 'calls');
    ws.getCell(r, C.actual).value = 123;
    ws.getCell(r, C.q1).value = '=HYPERLINK("x")';
    ws.getCell(r, C.q2).value = '量';
    const actionsHeader = REVIEW.firstRow + 5 + 2;
    expect(ws.getCell(actionsHeader, 1).value).toBe('課題');
    ws.getCell(actionsHeader + 1, 1).value = 'アポ不足';
    ws.getCell(actionsHeader + 1, 2).value = '架電リスト追加';
    ws.getCell(actionsHeader + 1, 5).value = '進行中';
    ws.getCell(actionsHeader + 2, 1).value = 'トーク改善';
    ws.getCell(actionsHeader + 2, 2).value = 'スクリプト改訂';
    ws.getCell(actionsHeader + 2, 5).value = '完了';
    await wb.xlsx.writeFile(file);

    expect(await main(['review', file, '--week', '2026-W50'], io(dir))).toBe(0);
    wb = await open(file);
    expect(wb.worksheets.filter((w) => w.name.includes('2026-W50'))).toHaveLength(1);
    ws = wb.getWorksheet(tab)!;
    expect(ws.getCell(r, C.actual).value).toBe(123);
    expect(ws.getCell(r, C.q1).value).toBe('=HYPERLINK("x")');
    expect(ws.getCell(r, C.q2).value).toBe('量');
    expect(ws.getCell(actionsHeader + 2, 5).value).toBe('完了');
    expect(wb.definedNames.model.some((n) => n.name === 'W_calls')).toBe(true);

    expect(await main(['review', file, '--week', '2026-W51'], io(dir))).toBe(0);
    wb = await open(file);
    const next = wb.getWorksheet('週次レビュー 2026-W51')!;
    expect(next.getCell(actionsHeader + 1, 1).value).toBe('アポ不足');
    expect(next.getCell(actionsHeader + 1, 5).value).toBe('進行中');
    expect(next.getCell(actionsHeader + 1, 6).value).toBe('2026-W50');
    expect(next.getCell(actionsHeader + 2, 1).value).toBeNull();
    expect(next.getCell(8, 2).value).toBe(0.5);
    expect(wb.getWorksheet('履歴')).toBeDefined();
  });
});

const lo = libreOfficeSuite();
lo.describe('review tab in LibreOffice', () => {
  it.each([
    ['ja', '週次レビュー 2026-W50', '未達', '量'],
    ['en', 'Review 2026-W50', 'missed', 'quantity'],
  ] as const)('%s: targets equal W_ for the week; a short activity is a quantity miss; a miss over on-target activity is design', async (lang, tab, missed, quantity) => {
    const file = await build(`lo-${lang}.xlsx`, lang);
    expect(await main(['review', file, '--week', '2026-W50', '--lang', lang], io(dir))).toBe(0);
    const wb = await open(file);
    const ws = wb.getWorksheet(tab)!;
    const names = await readDefinedNameValues(file);
    const weekIndex = (names.get('WEEKS') as CellScalar[]).indexOf('2026-W50');
    expect(weekIndex).toBeGreaterThanOrEqual(0);

    // Quantity: calls at half of the week's target.
    const calc1 = await recalculate(file, { tempRoot: dir });
    const values1 = await readDefinedNameValues(calc1);
    const wb1 = await open(calc1);
    const ws1 = wb1.getWorksheet(tab)!;
    for (const id of ['revenue', 'contracts', 'meetings', 'appointments', 'calls']) {
      expect(value(ws1.getCell(rowOf(ws1, id), C.target))).toBeCloseTo((values1.get(`W_${id}`) as number[])[weekIndex] as number, 6);
    }
    const callsRow = rowOf(ws, 'calls');
    const apptRow = rowOf(ws, 'appointments');
    const callsTarget = (values1.get('W_calls') as number[])[weekIndex] as number;
    const apptTarget = (values1.get('W_appointments') as number[])[weekIndex] as number;
    ws.getCell(callsRow, C.actual).value = Math.floor(callsTarget / 2);
    await wb.xlsx.writeFile(file);
    const calc2 = await open(await recalculate(file, { tempRoot: dir }));
    const s2 = calc2.getWorksheet(tab)!;
    expect(value(s2.getCell(callsRow, C.achievement))).toBeCloseTo(Math.floor(callsTarget / 2) / callsTarget, 6);
    expect(value(s2.getCell(callsRow, C.status))).toBe(missed);
    expect(String(value(s2.getCell(callsRow, C.hint)))).toContain(quantity);
    expect([null, '']).toContain(value(s2.getCell(apptRow, C.achievement)));

    // Design: calls on target, appointments missed.
    ws.getCell(callsRow, C.actual).value = callsTarget;
    ws.getCell(apptRow, C.actual).value = Math.floor(apptTarget * 0.5);
    await wb.xlsx.writeFile(file);
    const calc3 = await open(await recalculate(file, { tempRoot: dir }));
    const s3 = calc3.getWorksheet(tab)!;
    expect([null, '']).toContain(value(s3.getCell(callsRow, C.hint)));
    expect(value(s3.getCell(callsRow, C.status))).toBe(lang === 'ja' ? '達成' : 'achieved');
    expect(String(value(s3.getCell(apptRow, C.hint)))).toContain(lang === 'ja' ? '設計' : 'design');
  });
});
