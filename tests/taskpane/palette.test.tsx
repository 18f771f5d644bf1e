/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { findConfirmation, renderPane, settle } from './render';

/**
 * The open palette. Queries inside it pass `hidden: true`: in jsdom, Fluent's modal layer
 * (tabster) toggles aria-hidden on the surface as focus settles, which a real browser does
 * not show; the e2e test drives the same palette by its accessible roles in Chromium.
 */
async function palette(): Promise<HTMLElement> {
  return screen.findByRole('dialog', { hidden: true });
}
const hidden = { hidden: true } as const;
import { funnelWorkbook } from './support';

/** Each option's label, shortcut and the reason it is disabled, as the palette shows them. */
function optionsOf(dialog: HTMLElement) {
  return within(dialog)
    .getAllByRole('option', hidden)
    .map((o) => ({
      label: o.querySelector('[data-label]')?.textContent,
      shortcut: o.querySelector('[data-shortcut]')?.textContent,
      reason: o.querySelector('[data-reason]')?.textContent,
      disabled: o.getAttribute('aria-disabled') === 'true',
    }));
}

describe('command list', () => {
  it('opens with Ctrl+Shift+P, filters as you type, moves with the arrows and runs with Enter', async () => {
    const host = await funnelWorkbook('en');
    await renderPane({ host });
    fireEvent.keyDown(window, { key: 'P', ctrlKey: true, shiftKey: true });
    const dialog = await palette();
    const input = await within(dialog).findByRole('combobox', { ...hidden, name: 'Type to filter commands' });
    const labels = () => optionsOf(dialog).map((o) => o.label);
    expect(labels()).toEqual([
      'Build the KPI tree from a template',
      'Run checks and rebuild from the workbook',
      'New weekly review',
      'Print this week’s review',
      'Recalibrate hypotheses from this month’s actuals',
      'Show the targets and hypotheses',
      'Show the problems',
      'Switch to 日本語',
      'Download the workbook (.xlsx)',
    ]);
    // Each command with its shortcut, where it has one.
    expect(optionsOf(dialog).filter((o) => o.shortcut).map((o) => [o.label, o.shortcut])).toEqual([
      ['Show the targets and hypotheses', 'Ctrl+Shift+E'],
      ['Show the problems', 'Ctrl+Shift+M'],
    ]);
    fireEvent.change(input, { target: { value: 'show' } });
    expect(labels()).toEqual(['Show the targets and hypotheses', 'Show the problems']);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(within(dialog).getByRole('option', { ...hidden, selected: true }).querySelector('[data-label]')!.textContent).toBe('Show the problems');
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(screen.queryByRole('dialog', hidden)).toBeNull());
    expect(screen.getByRole('tab', { selected: true }).textContent).toMatch(/^Problems/);
  });

  it('says why a command cannot run, and does not run it', async () => {
    await renderPane({ lang: 'ja' });
    fireEvent.keyDown(window, { key: 'p', ctrlKey: true, shiftKey: true });
    const dialog = await palette();
    const byLabel = Object.fromEntries(optionsOf(dialog).map((o) => [o.label, o]));
    expect(byLabel['目標と仮説を表示']).toMatchObject({ disabled: true, reason: 'ブックに KPI ツリーがありません。先に「はじめる」で作成してください。' });
    expect(byLabel['新しい週次レビュー']).toMatchObject({ disabled: true, reason: 'ブックに KPI ツリーがありません。先に「はじめる」で作成してください。' });
    expect(byLabel['テンプレートから KPI ツリーを作成']).toMatchObject({ disabled: false, reason: undefined });
    fireEvent.click(within(dialog).getByRole('option', { ...hidden, name: /目標と仮説を表示/ }));
    expect(screen.queryByRole('dialog', hidden)).not.toBeNull();
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('はじめる');
  });

  it('runs a command by its shortcut, without the palette', async () => {
    const host = await funnelWorkbook('en');
    await renderPane({ host });
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Tree');
    fireEvent.keyDown(window, { key: 'M', ctrlKey: true, shiftKey: true });
    expect(screen.getByRole('tab', { selected: true }).textContent).toMatch(/^Problems/);
    fireEvent.keyDown(window, { key: 'E', ctrlKey: true, shiftKey: true });
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Tree');
  });

  it('gives the focus back to where it was once a command has run', async () => {
    const host = await funnelWorkbook('en');
    await renderPane({ host });
    const button = screen.getByRole('button', { name: /^Commands/ });
    expect(button.getAttribute('aria-keyshortcuts')).toBe('Control+Shift+P');
    expect(button.textContent).toContain('Ctrl+Shift+P');
    button.focus();
    fireEvent.click(button);
    const dialog = await palette();
    fireEvent.click(within(dialog).getByRole('option', { ...hidden, name: /Show the problems/ }));
    await waitFor(() => expect(screen.queryByRole('dialog', hidden)).toBeNull());
    await act(async () => new Promise((r) => setTimeout(r, 20)));
    expect(document.activeElement).toBe(button);
  });

  it('runs the weekly review for this week from the list, as the ribbon button does', async () => {
    const host = await funnelWorkbook('en');
    await renderPane({ host, today: '2026-12-16' });
    fireEvent.click(screen.getByRole('button', { name: /^Commands/ }));
    const dialog = await palette();
    const input = await within(dialog).findByRole('combobox', hidden);
    fireEvent.change(input, { target: { value: 'review' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await settle();
    expect(await findConfirmation(/Wrote Review 2026-W51/)).toBeDefined();
    expect(host.workbook().getWorksheet('Review 2026-W51')).toBeDefined();
  });

  it('switches the language', async () => {
    await renderPane();
    fireEvent.click(screen.getByRole('button', { name: /^Commands/ }));
    fireEvent.click(await within(await palette()).findByRole('option', { ...hidden, name: 'Switch to 日本語' }));
    expect(await screen.findByRole('tab', { name: 'はじめる' })).toBeDefined();
    expect(document.documentElement.lang).toBe('ja');
  });
});
