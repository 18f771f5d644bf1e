/** @jest-environment jsdom */
/**
 * The 1on1 door in the pane's Review view: with members, pick one and write their 1on1 tab
 * for the week chosen; again, and it is refreshed. Without members the part is not shown.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fireEvent, screen } from '@testing-library/react';
import { buildTree } from '../../src/app/build';
import { loadPlanText } from '../../src/core/model/parsePlan';
import { findOneOnOneTabs } from '../../src/core/review/oneOnOneRead';
import { readWorkbookData } from '../../src/hosts/xlsx/readData';
import { createMemoryHost } from '../../src/hosts/xlsx/memoryHost';
import { appOn } from '../support/app';
import { renderPane, settle } from './render';
import { funnelWorkbook } from './support';

const hidden = { hidden: true } as const;

async function teamWorkbook() {
  const text = readFileSync(path.join(__dirname, '..', '..', 'examples', 'team.yaml'), 'utf8');
  const host = createMemoryHost(undefined, { debounceMs: 10 });
  await buildTree(appOn(host, 'ja'), { model: loadPlanText(text, 'yaml').model! });
  return host;
}

describe('1on1 in the Review view', () => {
  it('ja: writes the chosen member’s 1on1 tab for the week, then refreshes it', async () => {
    const host = await teamWorkbook();
    await renderPane({ host, lang: 'ja', today: '2026-12-09' });
    fireEvent.click(screen.getByRole('tab', { name: 'レビュー' }));
    const member = await screen.findByRole('combobox', { name: '担当者' });
    expect(member.textContent).toContain('山田');
    fireEvent.click(member);
    fireEvent.click(await screen.findByRole('option', { ...hidden, name: '佐藤' }));
    fireEvent.click(screen.getByRole('button', { name: '1on1シートを作成・更新' }));
    await settle();
    expect(await screen.findByText('佐藤 1on1 2026-W50 を作成しました。')).toBeDefined();
    const tabs = findOneOnOneTabs(readWorkbookData(host.workbook()));
    expect(tabs.map((t) => [t.member, t.week, t.sheet])).toEqual([
      ['sato', '2026-W50', '佐藤 1on1 2026-W50'],
    ]);
    expect(host.selection()).toEqual({ sheet: '佐藤 1on1 2026-W50', address: 'A1' });

    fireEvent.click(screen.getByRole('button', { name: '1on1シートを作成・更新' }));
    await settle();
    expect(
      await screen.findByText('佐藤 1on1 2026-W50 を更新しました（入力内容はそのままです）。'),
    ).toBeDefined();
  });

  it('en: a workbook without members shows no 1on1 part', async () => {
    const host = await funnelWorkbook('en');
    await renderPane({ host, lang: 'en', today: '2026-12-09' });
    fireEvent.click(screen.getByRole('tab', { name: 'Review' }));
    await screen.findByRole('button', { name: 'Generate the review tab' });
    expect(screen.queryByRole('button', { name: 'Write the 1on1 tab' })).toBeNull();
  });
});
