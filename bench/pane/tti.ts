/**
 * Time to interactive of the task pane in headless Chromium, standalone mode (the real
 * office.js from @microsoft/office-js answered in place of Microsoft's CDN; outside Office
 * it reports no host): from navigation until the Start view's Build button is visible and
 * enabled. Also the pane's own JavaScript bytes the browser fetched by then, as a check on
 * the chunk map's count.
 */
import type { Browser } from 'playwright-core';
import { serveOfficeJs } from '../../tests/support/officeJs';

export interface PaneTiming {
  readonly ttiMs: readonly number[];
  /** Bytes of JavaScript fetched before interactive (uncompressed, as served). */
  readonly jsBytesFetched: number;
}

export async function paneTiming(browser: Browser, origin: string, runs: number): Promise<PaneTiming> {
  const times: number[] = [];
  let fetched = 0;
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 400, height: 900 }, locale: 'ja-JP' });
    const page = await context.newPage();
    await serveOfficeJs(page);
    let js = 0;
    page.on('response', (r) => {
      if (r.url().startsWith(origin) && r.url().endsWith('.js'))
        void r.body().then(
          (b) => (js += b.length),
          () => undefined,
        );
    });
    const start = Date.now();
    await page.goto(`${origin}/taskpane.html`);
    await page.getByRole('button', { name: 'すべてのシートを作成' }).waitFor({ state: 'visible' });
    await page.waitForFunction(() => {
      const b = [...document.querySelectorAll('button')].find(
        (x) => x.textContent === 'すべてのシートを作成',
      );
      return b !== undefined && !b.disabled;
    });
    times.push(Date.now() - start);
    await page.waitForLoadState('networkidle');
    fetched = js;
    await context.close();
  }
  return { ttiMs: times, jsBytesFetched: fetched };
}
