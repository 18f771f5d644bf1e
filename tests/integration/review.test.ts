/**
 * `kpi-tree review` against a real spreadsheet engine: the tab's weekly targets are the
 * tree's W_ values, actuals give achievement, status and the diagnosis hint, a second run
 * keeps what people typed, and the next week carries the open actions. Both languages.
 */
import { main } from '../../src/cli/main';
import { openXlsx } from '../support/edits';
import { cliWorkspace, rowOf, sheet, value } from '../support/cliWorkbooks';
import { libreOfficeSuite, readDefinedNameValues, recalculate, type CellScalar } from '../support/libreoffice';
import { REVIEW } from '../../src/core/layout/reviewColumns';

const C = REVIEW.col;
const work = cliWorkspace('kpi-review-');

describe('kpi-tree review (no spreadsheet engine)', () => {
  it('rejects a week far from the plan month with exit 2 and a message naming it', async () => {
    const file = await work.build('range.xlsx', 'en');
    const out = work.io();
    expect(await main(['review', file, '--week', '2026-W20', '--lang', 'en'], out)).toBe(2);
    expect(out.stderr.join('\n')).toContain('2026-W20');
    expect(await main(['review', file, '--week', '2026-W53x'], out)).toBe(2);
    expect(await main(['review', file, '--week', '2027-W01', '--lang', 'en'], work.io())).toBe(0);
  });

  it('keeps typed actuals and answers when run twice, with one tab only, and carries open actions', async () => {
    const file = await work.build('twice.xlsx', 'ja');
    expect(await main(['review', file, '--week', '2026-W50'], work.io())).toBe(0);
    let wb = await openXlsx(file);
    const tab = '週次レビュー 2026-W50';
    let ws = sheet(wb, tab);
    const r = rowOf(ws, 'calls');
    ws.getCell(r, C.actual).value = 123;
    ws.getCell(r, C.q1).value = '=HYPERLINK("x")';
    ws.getCell(r, C.q2).value = '量';
    // Five nodes, then the rate table and the gap table beside it (title, header, five drivers and their
    // total beside four hypotheses, a blank row), then the actions' title and header.
    const actionsHeader = REVIEW.firstRow + 5 + 9 + 2;
    expect(ws.getCell(actionsHeader, 1).value).toBe('課題');
    ws.getCell(actionsHeader + 1, 1).value = 'アポ不足';
    ws.getCell(actionsHeader + 1, 2).value = '架電リスト追加';
    ws.getCell(actionsHeader + 1, 5).value = '進行中';
    ws.getCell(actionsHeader + 2, 1).value = 'トーク改善';
    ws.getCell(actionsHeader + 2, 2).value = 'スクリプト改訂';
    ws.getCell(actionsHeader + 2, 5).value = '完了';
    await wb.xlsx.writeFile(file);

    expect(await main(['review', file, '--week', '2026-W50'], work.io())).toBe(0);
    wb = await openXlsx(file);
    expect(wb.worksheets.filter((w) => w.name.includes('2026-W50'))).toHaveLength(1);
    ws = sheet(wb, tab);
    expect(ws.getCell(r, C.actual).value).toBe(123);
    expect(ws.getCell(r, C.q1).value).toBe('=HYPERLINK("x")');
    expect(ws.getCell(r, C.q2).value).toBe('量');
    expect(ws.getCell(actionsHeader + 2, 5).value).toBe('完了');
    expect(wb.definedNames.model.some((n) => n.name === 'W_calls')).toBe(true);

    expect(await main(['review', file, '--week', '2026-W51'], work.io())).toBe(0);
    wb = await openXlsx(file);
    const next = sheet(wb, '週次レビュー 2026-W51');
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
  ] as const)('%s: targets equal W_ for the week; a short activity is a quantity miss; a miss over on-target activity with the appointment rate under its hypothesis is quality', async (lang, tab, missed, quantity) => {
    const file = await work.build(`lo-${lang}.xlsx`, lang);
    expect(await main(['review', file, '--week', '2026-W50', '--lang', lang], work.io())).toBe(0);
    const wb = await openXlsx(file);
    const ws = sheet(wb, tab);
    const names = await readDefinedNameValues(file);
    const weekIndex = (names.get('WEEKS') as CellScalar[]).indexOf('2026-W50');
    expect(weekIndex).toBeGreaterThanOrEqual(0);

    // Quantity: calls at half of the week's target.
    const calc1 = await recalculate(file, { tempRoot: work.dir });
    const values1 = await readDefinedNameValues(calc1);
    const wb1 = await openXlsx(calc1);
    const ws1 = sheet(wb1, tab);
    for (const id of ['revenue', 'contracts', 'meetings', 'appointments', 'calls']) {
      expect(value(ws1.getCell(rowOf(ws1, id), C.target))).toBeCloseTo((values1.get(`W_${id}`) as number[])[weekIndex] as number, 6);
    }
    const callsRow = rowOf(ws, 'calls');
    const apptRow = rowOf(ws, 'appointments');
    const callsTarget = (values1.get('W_calls') as number[])[weekIndex] as number;
    const apptTarget = (values1.get('W_appointments') as number[])[weekIndex] as number;
    ws.getCell(callsRow, C.actual).value = Math.floor(callsTarget / 2);
    await wb.xlsx.writeFile(file);
    const calc2 = await openXlsx(await recalculate(file, { tempRoot: work.dir }));
    const s2 = sheet(calc2, tab);
    expect(value(s2.getCell(callsRow, C.achievement))).toBeCloseTo(Math.floor(callsTarget / 2) / callsTarget, 6);
    expect(value(s2.getCell(callsRow, C.status))).toBe(missed);
    expect(String(value(s2.getCell(callsRow, C.hint)))).toContain(quantity);
    expect([null, '']).toContain(value(s2.getCell(apptRow, C.achievement)));

    // Quality: calls on target, appointments missed, so the appointment rate fell under its hypothesis.
    ws.getCell(callsRow, C.actual).value = callsTarget;
    ws.getCell(apptRow, C.actual).value = Math.floor(apptTarget * 0.5);
    await wb.xlsx.writeFile(file);
    const calc3 = await openXlsx(await recalculate(file, { tempRoot: work.dir }));
    const s3 = sheet(calc3, tab);
    expect([null, '']).toContain(value(s3.getCell(callsRow, C.hint)));
    expect(value(s3.getCell(callsRow, C.status))).toBe(lang === 'ja' ? '達成' : 'achieved');
    expect(String(value(s3.getCell(apptRow, C.hint)))).toContain(lang === 'ja' ? '→ 質' : '→ quality');
  });
});
