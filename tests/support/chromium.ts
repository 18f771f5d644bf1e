/**
 * Debian's Chromium for the browser tests, driven by playwright-core (which cannot
 * download a browser here). `chromiumSuite()` skips with the reason when Chromium is
 * missing, unless KPI_TREE_REQUIRE_CHROMIUM=1 or CI=true, where the suite fails instead.
 */
import { existsSync } from 'fs';
import { chromium, type Browser } from 'playwright-core';
import { engineRequired } from './engines';

export const CHROMIUM_ENV = 'KPI_TREE_CHROMIUM';
export const REQUIRE_CHROMIUM_ENV = 'KPI_TREE_REQUIRE_CHROMIUM';

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = [env[CHROMIUM_ENV], '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => !!p);
  return candidates.find((p) => existsSync(p)) ?? null;
}

/** Headless, and quiet on a machine with no network: no background connections. */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export function chromiumSuite(env: NodeJS.ProcessEnv = process.env): { readonly required: boolean; describe(name: string, body: (executable: string) => void): void } {
  const path = chromiumPath(env);
  const required = engineRequired(env, REQUIRE_CHROMIUM_ENV);
  return {
    required,
    describe(name, body) {
      if (path) describe(name, () => body(path));
      else if (required)
        describe(name, () => {
          it(`requires Chromium (${REQUIRE_CHROMIUM_ENV}=1 or CI=true)`, () => {
            throw new Error(`Chromium was not found (set ${CHROMIUM_ENV}, or apt-get install chromium); ${REQUIRE_CHROMIUM_ENV}=1 or CI=true forbids skipping`);
          });
        });
      else {
        const label = `${name} [skipped: Chromium not installed (apt-get install chromium)]`;
        console.warn(`${label} (set ${REQUIRE_CHROMIUM_ENV}=1 to make this a failure)`);
        describe.skip(label, () => body(''));
      }
    },
  };
}
