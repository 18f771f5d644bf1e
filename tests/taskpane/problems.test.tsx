/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ruleName } from '../../src/core/rules';
import { findConfirmation, renderPane, settle } from './render';
import { funnelWorkbook, nodeCell, treeSheet } from './support';

describe('Problems view', () => {
  it('lists the findings by KPI, goes to a finding’s cell, applies a quick fix and undoes it', async () => {
    const host = await funnelWorkbook('ja', (h, at) => {
      const ws = treeSheet(h, 'ja');
      const name = at('calls', 'name');
      ws.getCell(name.row, name.col).value = '頑張って訪問する';
      for (const id of ['revenue', 'contracts', 'meetings', 'appointments', 'calls']) {
        const d = at(id, 'deadline');
        ws.getCell(d.row, d.col).value = null;
      }
    });
    await renderPane({ host, lang: 'ja' });
    fireEvent.click(screen.getByRole('tab', { name: /指摘/ }));
    // The findings about a KPI are listed under its name, with a count per severity.
    const calls = await screen.findByRole('heading', { name: /頑張って訪問する/ });
    const list = within(calls.closest('section')!).getByRole('list');
    const vague = within(list).getAllByRole('listitem').find((li) => li.getAttribute('data-rule') === 'smart-specific')!;
    expect(vague.textContent).toContain('頑張って訪問する');
    expect(vague.getAttribute('data-severity')).toBe('warning');
    // Severity by icon and name, not colour alone; the check by its name, its id beside it.
    expect(within(vague).getByRole('img', { name: '警告' })).toBeDefined();
    expect(vague.textContent).toContain('smart-specific');
    expect(ruleName('ja', 'smart-specific')).not.toBe('smart-specific');
    expect(vague.textContent).toContain(`チェック項目「${ruleName('ja', 'smart-specific')}」`);

    // Click the message: the cell is selected.
    fireEvent.click(within(vague).getAllByRole('button')[0]);
    await waitFor(() => expect(host.selection()?.sheet).toBe('KPIツリー'));
    const name = host.selection()!.address;
    expect(treeSheet(host, 'ja').getCell(name).value).toBe('頑張って訪問する');

    // The missing deadline has a safe fix, its button titled with what it does.
    const timeBound = document.querySelector<HTMLElement>('[data-rule="smart-time-bound"]')!;
    const fix = timeBound.querySelector<HTMLButtonElement>('[data-action="fix"]')!;
    expect(fix.textContent).toMatch(/^「月間売上」の期限を \d{4}-\d{2}-\d{2} に設定$/);
    await waitFor(() => expect(fix.disabled).toBe(false));
    fireEvent.click(fix);
    await settle();
    const confirmation = await findConfirmation(`クイック修正「${fix.textContent}」を適用しました。`);
    await waitFor(() => expect(document.querySelector('[data-rule="smart-time-bound"]')).toBeNull());

    fireEvent.click(within(confirmation).getByRole('button', { name: '元に戻す' }));
    await settle();
    await waitFor(() => expect(document.querySelector('[data-rule="smart-time-bound"]')).not.toBeNull());
    expect(await findConfirmation('元の値に戻しました。')).toBeDefined();
  });

  it('updates live when someone edits the sheet', async () => {
    const host = await funnelWorkbook('en');
    await renderPane({ host, lang: 'en' });
    fireEvent.click(screen.getByRole('tab', { name: /Problems/ }));
    await screen.findByRole('heading', { name: 'Problems' });
    expect(document.querySelector('[data-rule="missing-owner"]')).toBeNull();
    // A colleague clears an owner (through the host, which announces the edit as Excel does).
    await host.writeCells([{ sheet: 'KPI Tree', address: await nodeCell(host, 'en', 'meetings', 'owner'), value: null }]);
    await settle(100);
    await waitFor(() => expect(document.querySelector('[data-rule="missing-owner"][data-node="meetings"]')).not.toBeNull());
    // No safe fix: the finding offers what helps, the owner's cell to fill in.
    const finding = document.querySelector<HTMLElement>('[data-rule="missing-owner"][data-node="meetings"]')!;
    fireEvent.click(within(finding).getByRole('button', { name: 'Set an owner' }));
    const owner = await nodeCell(host, 'en', 'meetings', 'owner');
    await waitFor(() => expect(host.selection()).toEqual({ sheet: 'KPI Tree', address: owner }));
  });

  it('writes the checks into the workbook on Run checks', async () => {
    const host = await funnelWorkbook('en');
    host.workbook().removeWorksheet(host.workbook().getWorksheet('Checks')!.id);
    await renderPane({ host, lang: 'en' });
    fireEvent.click(screen.getByRole('tab', { name: /Problems/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Run checks' }));
    expect(await findConfirmation(/Checks written to the workbook/)).toBeDefined();
    expect(host.workbook().getWorksheet('Checks')).toBeDefined();
  });
});

describe('live re-reading', () => {
  it('reads the workbook again for an edit of the tree, not for an edit of people’s own sheet', async () => {
    const host = await funnelWorkbook('en');
    host.workbook().addWorksheet('My notes');
    let reads = 0;
    const counted = { ...host, read: async () => (reads++, host.read()) };
    await renderPane({ host: counted });
    const before = reads;
    await host.writeCells([{ sheet: 'My notes', address: 'A1', value: 'call list for Monday' }]);
    await settle(100);
    expect(reads).toBe(before);
    await host.writeCells([{ sheet: 'KPI Tree', address: await nodeCell(host, 'en', 'meetings', 'owner'), value: 'Ito' }]);
    await settle(100);
    expect(reads).toBe(before + 1);
  });
});
