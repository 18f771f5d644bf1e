/** @jest-environment jsdom */
/**
 * The Review view's Recalibrate section: the W50 funnel's actuals (meetings 13, appointments
 * 26, calls 80) give アポ獲得率 26 ÷ 80 = 32.5 %, a sample of 80 whose Wilson interval is
 * 23.2 %–43.4 % (width 20.1 points: trusted), and 商談化率 13 ÷ 26 = 50 % on a sample of 26
 * (too small). Applying writes 32.5 % with 33 % kept as the previous value; Undo puts both back.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { readAnalysis, hypothesisCell } from '../../src/app/analysis';
import type { Lang } from '../../src/core/i18n';
import { REVIEW } from '../../src/core/layout/reviewColumns';
import type { MemoryHost } from '../../src/hosts/xlsx/memoryHost';
import { appOn } from '../support/app';
import { findConfirmation, renderPane, settle } from './render';
import { funnelWorkbook } from './support';

const ACTUALS = { revenue: 200000, contracts: 2, meetings: 13, appointments: 26, calls: 80 };
const TAB = { ja: '週次レビュー 2026-W50', en: 'Review 2026-W50' } as const;

async function typeActuals(host: MemoryHost, lang: Lang): Promise<void> {
  const tab = host.workbook().getWorksheet(TAB[lang])!;
  const rows = new Map<string, number>();
  tab.eachRow((r, n) => rows.set(String(r.getCell(REVIEW.col.id).value), n));
  const letter = String.fromCharCode(64 + REVIEW.col.actual);
  await host.writeCells(
    Object.entries(ACTUALS).map(([id, value]) => ({ sheet: tab.name, address: `${letter}${rows.get(id)}`, value })),
  );
}

/** The hypothesis's value cell and the cell beside it in the Previous value column. */
async function cellsOf(host: MemoryHost, lang: Lang, id: string): Promise<{ value: unknown; previous: unknown }> {
  const analysis = await readAnalysis(appOn(host, lang));
  const at = hypothesisCell(analysis, id)!;
  const ws = host.workbook().getWorksheet(at.sheet)!;
  const row = analysis.read.hypotheses!.hypothesisRows.find((r) => r.id === id)!.row;
  return { value: ws.getCell(at.address).value, previous: ws.getCell(row, analysis.read.hypotheses!.columns.previous!).value };
}

describe('Review view: recalibrate the hypotheses', () => {
  it('ja: lists each rate with its sample and interval, applies the trusted proposal, and undoes it', async () => {
    const host = await funnelWorkbook('ja');
    await renderPane({ host, lang: 'ja', today: '2026-12-09' });
    fireEvent.click(screen.getByRole('tab', { name: 'レビュー' }));
    fireEvent.click(await screen.findByRole('button', { name: 'レビュータブを作成' }));
    await settle();
    await typeActuals(host, 'ja');
    await settle(100);

    const section = await screen.findByRole('region', { name: '仮説の見直し' });
    const item = (id: string) => section.querySelector(`[data-calibrate="${id}"]`)!;
    await waitFor(() => expect(item('appointment_rate').textContent).toContain('（アポ数 26 ÷ 架電数 80、95% 23.2%〜43.4%）'));
    expect(item('appointment_rate').textContent).toContain('33% → 32.5%');
    expect(item('appointment_rate').textContent).toContain('信頼できる');
    expect(item('meeting_rate').textContent).toContain('標本不足');
    expect(item('close_rate').textContent).toContain('（成約件数 2 ÷ 商談数 13、95% 4.3%〜42.2%）');
    expect(await cellsOf(host, 'ja', 'appointment_rate')).toEqual({ value: 0.33, previous: null });

    fireEvent.click(within(section).getByRole('button', { name: '信頼できる提案を反映' }));
    await settle();
    const confirmation = await findConfirmation('仮説を更新しました：アポ獲得率を 33% から 32.5% に');
    expect(await cellsOf(host, 'ja', 'appointment_rate')).toEqual({ value: 0.325, previous: 0.33 });
    expect((await cellsOf(host, 'ja', 'meeting_rate')).value).toBe(0.5);

    fireEvent.click(within(confirmation).getByRole('button', { name: '元に戻す' }));
    await settle();
    expect(await cellsOf(host, 'ja', 'appointment_rate')).toEqual({ value: 0.33, previous: null });
    await findConfirmation('仮説を元に戻しました。');
  });

  it('en: the command list opens the section; applying every proposal includes the untrusted ones', async () => {
    const host = await funnelWorkbook('en');
    await renderPane({ host, lang: 'en', today: '2026-12-09' });
    fireEvent.click(screen.getByRole('tab', { name: 'Review' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Generate the review tab' }));
    await settle();
    await typeActuals(host, 'en');
    await settle(100);
    fireEvent.click(screen.getByRole('tab', { name: /^Problems/ }));

    fireEvent.keyDown(window, { key: 'P', ctrlKey: true, shiftKey: true });
    const dialog = await screen.findByRole('dialog', { hidden: true });
    fireEvent.click(within(dialog).getByRole('option', { hidden: true, name: /Recalibrate hypotheses/ }));
    const section = await screen.findByRole('region', { name: 'Recalibrate hypotheses' });
    expect(screen.getByRole('tab', { selected: true }).textContent).toMatch(/^Review/);
    await waitFor(() => expect(section.querySelector('[data-calibrate="close_rate"]')!.textContent).toContain('Too small to trust'));

    fireEvent.click(within(section).getByRole('button', { name: 'Apply all proposals' }));
    await settle();
    const confirmation = await findConfirmation(/Hypotheses updated: /);
    // 2 ÷ 13 → 15.4 %, 26 ÷ 80 → 32.5 %; the meeting rate (13 ÷ 26 = 50 %) is the hypothesis already.
    expect(confirmation.textContent).toContain('20% → 15.4%');
    expect(confirmation.textContent).toContain('33% → 32.5%');
    expect((await cellsOf(host, 'en', 'close_rate')).value).toBe(0.154);
    fireEvent.click(within(confirmation).getByRole('button', { name: 'Undo' }));
    await settle();
    expect(await cellsOf(host, 'en', 'close_rate')).toEqual({ value: 0.2, previous: null });
  });
});
