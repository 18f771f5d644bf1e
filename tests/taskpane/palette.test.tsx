/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderPane, settle } from './render';

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

describe('command list', () => {
  it('opens with Ctrl+Shift+P, filters as you type, moves with the arrows and runs with Enter', async () => {
    const host = await funnelWorkbook('en');
    await renderPane({ host });
    fireEvent.keyDown(window, { key: 'P', ctrlKey: true, shiftKey: true });
    const dialog = await palette();
    const input = await within(dialog).findByRole('combobox', { ...hidden, name: 'Type to filter commands' });
    const options = () => within(dialog).getAllByRole('option', hidden).map((o) => o.textContent);
    expect(options()).toEqual([
      'Build the KPI tree from a template',
      'Run checks and rebuild from the workbook',
      'New weekly review',
      'Print this week’s review',
      'Show the targets and hypotheses',
      'Show the problems',
      'Switch to 日本語',
      'Download the workbook (.xlsx)',
    ]);
    fireEvent.change(input, { target: { value: 'show' } });
    expect(options()).toEqual(['Show the targets and hypotheses', 'Show the problems']);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(within(dialog).getByRole('option', { ...hidden, selected: true }).textContent).toBe('Show the problems');
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(screen.queryByRole('dialog', hidden)).toBeNull());
    expect(screen.getByRole('tab', { selected: true }).textContent).toMatch(/^Problems/);
  });

  it('runs the weekly review for this week from the list, as the ribbon button does', async () => {
    const host = await funnelWorkbook('en');
    await renderPane({ host, today: '2026-12-16' });
    fireEvent.click(screen.getByRole('button', { name: 'Commands' }));
    const dialog = await palette();
    const input = await within(dialog).findByRole('combobox', hidden);
    fireEvent.change(input, { target: { value: 'review' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await settle();
    expect(await screen.findByText(/Wrote Review 2026-W51/)).toBeDefined();
    expect(host.workbook().getWorksheet('Review 2026-W51')).toBeDefined();
  });

  it('switches the language', async () => {
    await renderPane();
    fireEvent.click(screen.getByRole('button', { name: 'Commands' }));
    fireEvent.click(await within(await palette()).findByRole('option', { ...hidden, name: 'Switch to 日本語' }));
    expect(await screen.findByRole('tab', { name: 'はじめる' })).toBeDefined();
  });
});
