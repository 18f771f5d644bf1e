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
});
