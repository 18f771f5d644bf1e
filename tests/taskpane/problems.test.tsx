/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { findConfirmation, renderPane, settle } from './render';
import { funnelWorkbook, nodeCell, treeSheet } from './support';

describe('Problems view', () => {
  it('lists the findings by severity, goes to a finding’s cell, applies a quick fix and undoes it', async () => {
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
    fireEvent.click(screen.getByRole('tab', { name: /問題/ }));
    const warnings = await screen.findByRole('heading', { name: /^警告/ });
    const list = within(warnings.parentElement!).getByRole('list');
    const vague = within(list).getAllByRole('listitem').find((li) => li.getAttribute('data-rule') === 'smart-specific')!;
    expect(vague.textContent).toContain('頑張って訪問する');

    // Click the message: the cell is selected.
    fireEvent.click(within(vague).getAllByRole('button')[0]);
    await waitFor(() => expect(host.selection()?.sheet).toBe('KPIツリー'));
    const name = host.selection()!.address;
    expect(treeSheet(host, 'ja').getCell(name).value).toBe('頑張って訪問する');

    // The missing deadline has a safe fix.
    const timeBound = within(list).getAllByRole('listitem').find((li) => li.getAttribute('data-rule') === 'smart-time-bound')!;
    fireEvent.click(within(timeBound).getByRole('button', { name: /クイック修正/ }));
    await settle();
    expect(await findConfirmation(/修正しました/)).toBeDefined();
    await waitFor(() => expect(document.querySelector('[data-rule="smart-time-bound"]')).toBeNull());

    fireEvent.click(screen.getByRole('button', { name: '元に戻す' }));
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
