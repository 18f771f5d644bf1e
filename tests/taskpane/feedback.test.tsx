/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { TextEncoder } from 'util';
import { findConfirmation, renderPane, settle } from './render';
import { funnelWorkbook } from './support';

/** A file as the browser hands it over, with the bytes `arrayBuffer()` gives (jsdom's File lacks it). */
function fileOf(name: string, text: string): File {
  const bytes = new TextEncoder().encode(text);
  const file = new File([bytes], name);
  Object.assign(file, { arrayBuffer: async () => bytes.buffer });
  return file;
}

describe('feedback', () => {
  it('says in plain Japanese why a file cannot be opened, beside the action, and the message goes with its view', async () => {
    const host = await funnelWorkbook('ja');
    await renderPane({ host, lang: 'ja' });
    const sheets = host.workbook().worksheets.map((w) => w.name);
    fireEvent.change(screen.getByLabelText('.xlsx を開く…'), {
      target: { files: [fileOf('目標.csv', 'name,target\n')] },
    });
    const alert = await screen.findByRole('alert');
    expect(alert.closest('[data-footer]')).not.toBeNull();
    expect(alert.textContent).toContain('「目標.csv」は .xlsx 形式のブックではない');
    expect(alert.textContent).not.toMatch(/zip|https?:/i);
    expect(host.workbook().worksheets.map((w) => w.name)).toEqual(sheets);
    fireEvent.click(screen.getByRole('tab', { name: /指摘/ }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('takes a confirmation away on ×, and every confirmation when the language changes', async () => {
    const host = await funnelWorkbook('en');
    host.workbook().removeWorksheet(host.workbook().getWorksheet('Checks')!.id);
    await renderPane({ host, lang: 'en' });
    fireEvent.click(screen.getByRole('tab', { name: /Problems/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Run checks' }));
    const first = await findConfirmation(/Checks written to the workbook/);
    fireEvent.click(within(first).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(document.querySelector('[data-confirmation]')).toBeNull());

    fireEvent.click(screen.getByRole('button', { name: 'Run checks' }));
    await settle();
    await findConfirmation(/Checks written to the workbook/);
    fireEvent.click(screen.getByRole('combobox', { name: 'Language' }));
    fireEvent.click(screen.getByRole('option', { name: '日本語' }));
    await screen.findByRole('tab', { name: 'はじめる' });
    expect(document.querySelector('[data-confirmation]')).toBeNull();
  });
});
