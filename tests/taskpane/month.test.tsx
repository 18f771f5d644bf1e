/** @jest-environment jsdom */
/**
 * The Review view's picture of the month, on the December 2026 funnel with actuals typed in
 * the W49 and W50 tabs (revenue 100,000 and 200,000; contracts 1 and 2). The month has 20
 * working days (W49 4, W50 5, W51 5, W52 5, W53 1), so from W50 (9 days, 300,000 to date)
 * revenue heads for 300,000 ÷ 9 × 20 = 666,667 by the month's end, and contracts for
 * 3 ÷ 9 × 20 = 6.67. The chart draws each to-date figure, the table beside it holds them.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { writeReview } from '../../src/app/review';
import { REVIEW } from '../../src/core/layout/reviewColumns';
import type { Lang } from '../../src/core/i18n';
import type { MemoryHost } from '../../src/hosts/xlsx/memoryHost';
import { appOn } from '../support/app';
import { renderPane } from './render';
import { funnelWorkbook } from './support';

async function typeActuals(host: MemoryHost, week: string, actuals: Record<string, number>): Promise<void> {
  const tab = (await host.read()).sheets.find((s) => s.name.includes(week))!;
  const rowOf = (id: string): number => tab.rows.findIndex((r) => r?.[REVIEW.col.id - 1]?.value === id) + 1;
  const letter = String.fromCharCode(64 + REVIEW.col.actual);
  await host.writeCells(
    Object.entries(actuals).map(([id, value]) => ({
      sheet: tab.name,
      address: `${letter}${rowOf(id)}`,
      value,
    })),
  );
}

async function monthWorkbook(lang: Lang): Promise<MemoryHost> {
  const host = await funnelWorkbook(lang);
  await writeReview(appOn(host, lang), { week: '2026-W49' });
  await typeActuals(host, '2026-W49', { revenue: 100000, contracts: 1 });
  await writeReview(appOn(host, lang), { week: '2026-W50' });
  await typeActuals(host, '2026-W50', { revenue: 200000, contracts: 2 });
  return host;
}

/** The table's rows as the eye reads them: week, to-date target, to-date actual, forecast. */
function tableRows(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent ?? ''));
}

describe('Review view: the month by week', () => {
  it('shows the KGI’s to-date target, actual and forecast by week, in the chart and in its table, then a chosen node’s', async () => {
    const host = await monthWorkbook('ja');
    await renderPane({ host, lang: 'ja', today: '2026-12-09' });
    fireEvent.click(screen.getByRole('tab', { name: 'レビュー' }));

    const table = await screen.findByRole('table', { name: '月間売上の週ごとの累計目標・累計実績・見込み' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['週', '累計目標', '累計実績', '現ペースの見込み']);
    expect(tableRows(table)).toEqual([
      ['第1週 12/1〜12/6', '200,000', '100,000', '–'],
      ['第2週 12/7〜12/13', '450,000', '300,000', '300,000'],
      ['第3週 12/14〜12/20', '700,000', '–', '466,667'],
      ['第4週 12/21〜12/27', '950,000', '–', '633,333'],
      ['第5週 12/28〜12/31', '1,000,000', '–', '666,667'],
    ]);
    expect(
      screen.getByText(
        '第2週までの累計実績は 300,000（累計目標 450,000）。月末見込みは 666,667（月間目標 1,000,000）です。',
      ),
    ).toBeDefined();
    // The chooser opens on the KGI.
    const chooser = screen.getByRole('combobox', { name: '指標' });
    expect(chooser.textContent).toContain('月間売上');

    // The chart, loaded on demand, draws the same points, each named for screen readers.
    const panel = table.closest('[data-month-chart]') as HTMLElement;
    expect(panel.getAttribute('data-month-chart')).toBe('revenue');
    await waitFor(() => expect(panel.querySelector('svg')).not.toBeNull());
    // Each point's name: its week, its line and its figure.
    const points = () =>
      [...panel.querySelectorAll('[aria-label]')]
        .map((e) => e.getAttribute('aria-label') ?? '')
        .filter((l) => /^第\d週 .+: /.test(l));
    await waitFor(() => expect(points()).toContain('第1週 12/1〜12/6: 累計目標 200,000'));
    expect(points()).toEqual(
      expect.arrayContaining([
        '第5週 12/28〜12/31: 累計目標 1,000,000',
        '第1週 12/1〜12/6: 累計実績 100,000',
        '第2週 12/7〜12/13: 累計実績 300,000',
        '第2週 12/7〜12/13: 現ペースの見込み 300,000',
        '第5週 12/28〜12/31: 現ペースの見込み 666,667',
      ]),
    );
    expect(points().filter((p) => p.includes('累計実績'))).toEqual([
      '第1週 12/1〜12/6: 累計実績 100,000',
      '第2週 12/7〜12/13: 累計実績 300,000',
    ]);
    expect(points().filter((p) => p.includes('累計目標'))).toHaveLength(5);
    expect(points().filter((p) => p.includes('現ペースの見込み'))).toHaveLength(4);
    expect(screen.queryByText('グラフを表示できませんでした。数値は下の表のとおりです。')).toBeNull();

    // Another node, chosen: its own weeks, in its own unit.
    fireEvent.click(chooser);
    fireEvent.click(await screen.findByRole('option', { name: '成約件数' }));
    const contracts = await screen.findByRole('table', {
      name: '成約件数の週ごとの累計目標・累計実績・見込み',
    });
    const rows = tableRows(contracts);
    expect(rows.map((r) => r[2])).toEqual(['1', '3', '–', '–', '–']);
    expect(rows.map((r) => r[3])).toEqual(['–', '3', '5', '6', '7']);
    expect(rows[4][1]).toBe('10');
    expect(screen.getByText(/月末見込みは 7（月間目標 10）です。/)).toBeDefined();
    await waitFor(() => expect(points()).toContain('第2週 12/7〜12/13: 累計実績 3'));
  });

  it('names its lines and weeks in English, and says what it waits for before any actual', async () => {
    const host = await funnelWorkbook('en');
    await writeReview(appOn(host, 'en'), { week: '2026-W50' });
    await renderPane({ host, lang: 'en', today: '2026-12-09' });
    fireEvent.click(screen.getByRole('tab', { name: 'Review' }));
    const table = await screen.findByRole('table', {
      name: 'Monthly revenue: to-date target, actual and forecast by week',
    });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Week', 'To-date target', 'To-date actual', 'Forecast at this pace']);
    expect(tableRows(table)[0]).toEqual(['Week 1 Dec 1–6', '200,000', '–', '–']);
    expect(
      screen.getByText('No actuals yet: enter them in the review tabs to see them against the plan.'),
    ).toBeDefined();
  });
});
