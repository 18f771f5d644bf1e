/** @jest-environment jsdom */
/**
 * "Print this week's review" from the pane (issue 19): from the command list and from the
 * Review view, in Japanese and English. In standalone mode (these tests) the workbook is
 * downloaded opening on the review tab; inside Excel the pane asks for Ctrl+P, as no API
 * opens Excel's print dialog (tests/unit/app/print.test.ts).
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import JSZip from 'jszip';
import { TextDecoder, TextEncoder } from 'util';
import { renderPane, settle } from './render';
import { funnelWorkbook } from './support';

const hidden = { hidden: true } as const;

// What every browser has and jsdom lacks: the file's parts are text (tests/e2e runs Chromium itself).
Object.assign(globalThis, { TextDecoder, TextEncoder });

/** The files the pane hands to the browser to download, as bytes. */
function captureDownloads(): Blob[] {
  const blobs: Blob[] = [];
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => {
      blobs.push(blob);
      return `blob:${blobs.length}`;
    },
    revokeObjectURL: () => undefined,
  });
  HTMLAnchorElement.prototype.click = () => undefined;
  return blobs;
}

/** The sheet a downloaded workbook opens on. */
async function activeSheetOf(blob: Blob): Promise<string> {
  const bytes = await new Promise<ArrayBuffer>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const active = Number(/activeTab="(\d+)"/.exec(workbook)?.[1] ?? 0);
  const names = [...workbook.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1]);
  return names[active];
}

describe('print this week’s review', () => {
  it('en: from the command list, writes the week’s tab and downloads the workbook opening on it', async () => {
    const downloads = captureDownloads();
    const host = await funnelWorkbook('en');
    await renderPane({ host, lang: 'en', today: '2026-12-16' });
    fireEvent.click(screen.getByRole('button', { name: /^Commands/ }));
    const dialog = await screen.findByRole('dialog', hidden);
    fireEvent.click(
      await within(dialog).findByRole('option', { ...hidden, name: 'Print this week’s review' }),
    );
    await settle();
    await waitFor(() =>
      expect(document.body.textContent).toContain('Downloaded the workbook, opening on Review 2026-W51'),
    );
    expect(host.selection()).toEqual({ sheet: 'Review 2026-W51', address: 'A1' });
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(await activeSheetOf(downloads[0])).toBe('Review 2026-W51');
  });

  it('ja: from the Review view, for the week chosen there', async () => {
    const downloads = captureDownloads();
    const host = await funnelWorkbook('ja');
    await renderPane({ host, lang: 'ja', today: '2026-12-09' });
    fireEvent.click(screen.getByRole('tab', { name: 'レビュー' }));
    fireEvent.click(await screen.findByRole('button', { name: 'このレビューを印刷' }));
    await settle();
    await waitFor(() =>
      expect(document.body.textContent).toContain(
        '週次レビュー 2026-W50 を開いた状態でブックをダウンロードしました',
      ),
    );
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(await activeSheetOf(downloads[0])).toBe('週次レビュー 2026-W50');
  });
});
