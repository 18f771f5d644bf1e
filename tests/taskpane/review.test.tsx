/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { findReviewTabs } from '../../src/core/review';
import { readWorkbookData } from '../../src/hosts/xlsx/readData';
import { findConfirmation, renderPane, settle } from './render';
import { funnelWorkbook } from './support';

describe('Review view', () => {
  it('offers this week, writes its tab, then says it exists and shows last review’s completion', async () => {
    const host = await funnelWorkbook('ja');
    await renderPane({ host, lang: 'ja', today: '2026-12-09' });
    fireEvent.click(screen.getByRole('tab', { name: 'レビュー' }));
    const week = await screen.findByRole('combobox', { name: '週（ISO）' });
    expect(week.textContent).toContain('2026-W50');
    expect(screen.getByText('この週のレビュータブはまだありません。')).toBeDefined();
    expect(screen.getByText('最初のレビューです。')).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'レビュータブを作成' }));
    await settle();
    // The confirmation appears where the eye is (a toast), not at the top of the pane.
    expect(await findConfirmation(/週次レビュー 2026-W50 を作成しました/)).toBeDefined();
    expect(findReviewTabs(readWorkbookData(host.workbook())).map((t) => t.week)).toEqual(['2026-W50']);
    expect(host.selection()).toEqual({ sheet: '週次レビュー 2026-W50', address: 'A1' });
    await waitFor(() => expect(screen.getByText('この週のレビュータブ「週次レビュー 2026-W50」があります。')).toBeDefined());

    // Two actions in the tab, one done; the next week reports 50 %.
    const tab = host.workbook().getWorksheet('週次レビュー 2026-W50')!;
    let actionsHeader = 0;
    tab.eachRow((r, n) => {
      if (r.getCell(1).value === 'アクション') actionsHeader = n;
    });
    expect(actionsHeader).toBeGreaterThan(0);
    const first = actionsHeader + 2;
    // Typed as people type: the host announces the edit, as Excel does.
    const row = (r: number, values: string[]) => values.map((value, i) => ({ sheet: tab.name, address: `${'ABCDE'[i]}${r}`, value }));
    await host.writeCells([...row(first, ['架電が少ない', '午前に架電枠を確保', '佐藤', '', '完了']), ...row(first + 1, ['商談化率', 'トーク見直し', '山田', '', '進行中'])]);
    await settle(100);
    fireEvent.click(screen.getByRole('combobox', { name: '週（ISO）' }));
    fireEvent.click(await screen.findByRole('option', { name: /2026-W51/ }));
    await waitFor(() => expect(screen.getByText('前回のレビュー（2026-W50）のアクション完了率は 50% です。')).toBeDefined());
  });

  it('offers the next step in a workbook without a tree, and builds from Start', async () => {
    await renderPane({ lang: 'ja' });
    fireEvent.click(screen.getByRole('tab', { name: 'レビュー' }));
    expect(screen.getByText('このブックにはまだ KPI ツリーがありません。')).toBeDefined();
    expect(screen.queryByRole('combobox', { name: '週（ISO）' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'KPI ツリーを作成する' }));
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('はじめる');
  });

  it('closes and reopens a week, offers to close the ended weeks once a later one is written, and shows the re-plan', async () => {
    const host = await funnelWorkbook('en');
    await renderPane({ host, lang: 'en', today: '2026-12-02' });
    fireEvent.click(screen.getByRole('tab', { name: 'Review' }));
    const week = await screen.findByRole('combobox', { name: 'ISO week' });
    expect(week.textContent).toContain('2026-W49');
    fireEvent.click(screen.getByRole('button', { name: 'Generate the review tab' }));
    await settle();
    await screen.findByRole('button', { name: 'Close the week' });
    expect(screen.getByText('Enter this week’s actuals in the tab to see the re-plan.')).toBeDefined();

    // 100,000 of revenue in W49: the re-plan shows what the rest of the month needs.
    const tab = host.workbook().getWorksheet('Review 2026-W49')!;
    let revenue = 0;
    tab.eachRow((r, n) => {
      if (r.getCell(1).value === 'revenue') revenue = n;
    });
    await host.writeCells([{ sheet: tab.name, address: `F${revenue}`, value: 100000 }]);
    await settle(100);
    const kgi = await screen.findByText(/Remaining 900,000 · required per day 56,250 · next week 281,250 · forecast 500,000/);
    expect(kgi.closest('[data-replan]')?.getAttribute('data-replan')).toBe('revenue');
    expect(screen.getByText('Off track')).toBeDefined();

    // A later week written: the pane offers to close the one before.
    fireEvent.click(screen.getByRole('combobox', { name: 'ISO week' }));
    fireEvent.click(await screen.findByRole('option', { name: /2026-W50/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Generate the review tab' }));
    await settle();
    expect(await screen.findByText(/Weeks 2026-W49 have ended and are still open/)).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Close the ended weeks' }));
    await settle();
    expect(await screen.findByText(/Closed Review 2026-W49/)).toBeDefined();
    const closedTab = host.workbook().getWorksheet('Review 2026-W49')!;
    expect(closedTab.getCell(revenue, 5).formula).toBeUndefined();
    expect(closedTab.getCell(revenue, 5).value).toBe(200000);
    expect(closedTab.getCell(9, 2).value).toBe('Closed');

    // Back on W49: closed, so the pane offers to reopen it, and reopening makes it live.
    fireEvent.click(screen.getByRole('combobox', { name: 'ISO week' }));
    fireEvent.click(await screen.findByRole('option', { name: /2026-W49/ }));
    expect(await screen.findByText(/This week is closed since 2026-12-02/)).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Close the week' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Reopen the week' }));
    await settle();
    expect(await screen.findByText(/Reopened Review 2026-W49/)).toBeDefined();
    const reopened = host.workbook().getWorksheet('Review 2026-W49')!;
    expect(reopened.getCell(revenue, 5).formula).toContain('W_revenue');
    expect(reopened.getCell(9, 2).value).toBe('Open');
    await screen.findByRole('button', { name: 'Close the week' });
  }, 400_000);
});
