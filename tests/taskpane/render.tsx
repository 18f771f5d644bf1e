import { act, configure, render, screen, waitFor } from '@testing-library/react';
import type { IsoDate } from '../../src/core/brand';
import type { Lang } from '../../src/core/i18n';
import { createMemoryHost, type MemoryHost } from '../../src/hosts/xlsx/memoryHost';
import { App } from '../../src/taskpane/App';
import { preloadOperations } from '../../src/taskpane/operations';

// The pane's work (reading, LibreOffice-free recalculation) is real; on a busy machine it takes longer than RTL's 1 s default.
configure({ asyncUtilTimeout: 10_000 });

// jsdom has no canvas: the month chart measures its axis labels with one when there is one,
// and does without otherwise; say so quietly instead of jsdom's "not implemented" error.
if (typeof HTMLCanvasElement !== 'undefined') HTMLCanvasElement.prototype.getContext = () => null;

/** The pane on an in-memory workbook, as in standalone mode, on a fixed day. */
export async function renderPane(options: { lang?: Lang; host?: MemoryHost; today?: string } = {}) {
  const host = options.host ?? createMemoryHost(undefined, { debounceMs: 10 });
  const today = (options.today ?? '2026-12-09') as IsoDate;
  // As the pane does at boot: the writing operations are loaded before anyone presses a button.
  await preloadOperations();
  const view = render(<App env={{ host, standalone: host, today: () => today }} initialLang={options.lang ?? 'en'} />);
  // The first reading of the workbook has finished when a view is chosen.
  await waitFor(() => expect(screen.getByRole('tab', { selected: true })).toBeDefined());
  await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
  return { host, ...view };
}

/** Lets debounced change events and the re-reading they cause finish. */
export async function settle(ms = 60): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
  });
  await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
}

/**
 * The confirmation (a toast) that says `text`: found in the toast itself, not in the
 * copy Fluent reads out to screen readers.
 */
export async function findConfirmation(text: string | RegExp): Promise<HTMLElement> {
  const toasts = () => [...document.querySelectorAll<HTMLElement>('[data-confirmation]')];
  const matches = (el: HTMLElement) => (typeof text === 'string' ? el.textContent?.includes(text) : text.test(el.textContent ?? ''));
  return waitFor(() => {
    const found = toasts().find(matches);
    if (!found) throw new Error(`No confirmation says ${String(text)}; shown: ${JSON.stringify(toasts().map((t) => t.textContent))}`);
    return found;
  });
}
