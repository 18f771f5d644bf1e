/**
 * The real office.js in the browser tests: requests for Microsoft's CDN
 * (`https://appsforoffice.microsoft.com/lib/1/hosted/…`, where the pages load it from) are
 * answered from @microsoft/office-js's `dist/` folder, the same files the CDN serves, so the
 * pane boots on the real library while the machine has no network.
 */
import { existsSync, readFileSync, statSync } from 'fs';
import { dirname, join, resolve, sep } from 'path';
import type { BrowserContext, Page } from 'playwright-core';

/** The folder that holds office.js and the files it loads after itself. */
export const OFFICE_JS_DIST = join(dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');
const HOSTED = /^https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/([^?#]*)/;

export interface OfficeJsRoute {
  /** Files answered from the package, in the order asked for (`office.js`, `en-us/office_strings.js`, …). */
  readonly served: string[];
  /** Files asked for that the package does not have (answered 404). */
  readonly missing: string[];
}

/** Answers the CDN's office.js files from @microsoft/office-js for this page or context. */
export async function serveOfficeJs(target: Page | BrowserContext): Promise<OfficeJsRoute> {
  const served: string[] = [];
  const missing: string[] = [];
  await target.route(/^https:\/\/appsforoffice\.microsoft\.com\//, async (route) => {
    const url = route.request().url();
    const rel = HOSTED.exec(url)?.[1];
    const file = rel === undefined ? null : resolve(OFFICE_JS_DIST, decodeURIComponent(rel));
    if (
      file === null ||
      !file.startsWith(OFFICE_JS_DIST + sep) ||
      !existsSync(file) ||
      !statSync(file).isFile()
    ) {
      missing.push(rel ?? url);
      await route.fulfill({ status: 404, body: 'not in @microsoft/office-js' });
      return;
    }
    served.push(rel!);
    await route.fulfill({
      status: 200,
      contentType: file.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'application/octet-stream',
      body: readFileSync(file),
    });
  });
  return { served, missing };
}
