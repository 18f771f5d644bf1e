/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react';
import { renderPane, settle } from './render';
import { funnelWorkbook } from './support';

describe('Review view: hypotheses against the actuals', () => {
  it('lists the hypothesis furthest from its actual first, with both rates and the nodes it is read from', async () => {
    const host = await funnelWorkbook('ja');
    await renderPane({ host, lang: 'ja', today: '2026-12-09' });
    fireEvent.click(screen.getByRole('tab', { name: 'レビュー' }));
    fireEvent.click(await screen.findByRole('button', { name: 'レビュータブを作成' }));
    await settle();
    expect(
      await screen.findByText('タブに今週の実績を入力すると、仮説と実績の率を比べられます。'),
    ).toBeDefined();

    const tab = host.workbook().getWorksheet('週次レビュー 2026-W50')!;
    const rows = new Map<string, number>();
    tab.eachRow((r, n) => rows.set(String(r.getCell(1).value), n));
    const actuals = { revenue: 200000, contracts: 2, meetings: 13, appointments: 26, calls: 80 };
    await host.writeCells(
      Object.entries(actuals).map(([id, value]) => ({ sheet: tab.name, address: `F${rows.get(id)}`, value })),
    );
    await settle(100);
    const line = await screen.findByText('成約件数 ÷ 商談数：累計 15.4%（仮説 20%、今週 15.4%）');
    const item = line.closest('[data-rate]');
    expect(item?.getAttribute('data-rate')).toBe('close_rate');
    expect(item?.textContent).toContain('成約率');
    expect(item?.parentElement?.firstElementChild).toBe(item);
  });
});
