/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react';
import { readAnalysis } from '../../src/app/analysis';
import { kgiGap } from '../../src/core/review/kgiGap';
import { formatDelta } from '../../src/taskpane/format';
import { appOn } from '../support/app';
import { renderPane, settle } from './render';
import { funnelWorkbook } from './support';

describe('Review view: where the KGI gap comes from', () => {
  it('lists the drivers largest first with the contributions the core splits the gap into', async () => {
    const host = await funnelWorkbook('ja');
    await renderPane({ host, lang: 'ja', today: '2026-12-09' });
    fireEvent.click(screen.getByRole('tab', { name: 'レビュー' }));
    fireEvent.click(await screen.findByRole('button', { name: 'レビュータブを作成' }));
    await settle();
    expect(await screen.findByText('要因の累計実績がそろうと分解します')).toBeDefined();

    const tab = host.workbook().getWorksheet('週次レビュー 2026-W50')!;
    const rows = new Map<string, number>();
    tab.eachRow((r, n) => rows.set(String(r.getCell(1).value), n));
    const actuals = { revenue: 200000, contracts: 2, meetings: 13, appointments: 26, calls: 80 };
    await host.writeCells(
      Object.entries(actuals).map(([id, value]) => ({ sheet: tab.name, address: `F${rows.get(id)}`, value })),
    );
    await settle(100);
    const analysis = await readAnalysis(appOn(host, 'ja'));
    const gap = kgiGap(analysis.model!, analysis.data, '2026-W50')!;
    expect(gap.drivers).toHaveLength(5);
    expect(
      await screen.findByText(`月間売上：累計目標との差 ${formatDelta('ja', gap.total!)}円`),
    ).toBeDefined();
    const items = [...document.querySelectorAll('[data-driver]')];
    expect(items.map((i) => i.getAttribute('data-driver'))).toEqual(gap.drivers.map((d) => d.key));
    expect(items[0].textContent).toBe(
      `${gap.drivers[0].name}${formatDelta('ja', gap.drivers[0].contribution)}円`,
    );
    const sum = gap.drivers.reduce((s, d) => s + d.contribution, 0);
    expect(sum).toBeCloseTo(gap.total!, 6);
  });
});
