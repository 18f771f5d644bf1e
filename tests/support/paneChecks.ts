/**
 * What the browser tests check on every view of the pane: nothing wider than the pane
 * (no sideways scrolling), no serious or critical accessibility violation found by
 * axe-core, and a screenshot of what was checked, kept as a test artifact.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import type { AxeResults, ImpactValue } from 'axe-core';
import type { Locator, Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface Overflow {
  readonly scrollWidth: number;
  readonly clientWidth: number;
  /** Elements whose right edge is past the pane's, for the failure message. */
  readonly wider: readonly string[];
}

/** How wide the page is against the pane it is shown in. */
export function overflowOf(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const clientWidth = root.clientWidth;
    const wider = [...document.body.querySelectorAll<HTMLElement>('*')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.right > clientWidth + 0.5;
      })
      .slice(0, 8)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} "${(el.textContent ?? '').slice(0, 40)}"`,
      );
    return { scrollWidth: Math.max(root.scrollWidth, document.body.scrollWidth), clientWidth, wider };
  });
}

export interface Violation {
  readonly id: string;
  readonly impact: ImpactValue | undefined;
  readonly help: string;
  readonly nodes: readonly string[];
}

const SERIOUS: readonly (ImpactValue | undefined)[] = ['serious', 'critical'];

/**
 * Fluent's focus sentinels (tabster's `<i data-tabster-dummy aria-hidden tabindex=0>`)
 * are focusable on purpose: they pass the focus on at once, and are hidden so that screen
 * readers do not announce them. axe-core reports them under `aria-hidden-focus`; Microsoft's
 * own Accessibility Insights drops exactly these nodes, and so do we.
 */
function isFocusSentinel(ruleId: string, html: string): boolean {
  return ruleId === 'aria-hidden-focus' && /^<i [^>]*data-tabster-dummy/.test(html);
}

/** axe-core's serious and critical violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ content: AXE_SOURCE });
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<AxeResults> } }).axe.run(
      document,
      {
        resultTypes: ['violations'],
      },
    ),
  );
  return results.violations
    .filter((v) => SERIOUS.includes(v.impact))
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes
        .filter((n) => !isFocusSentinel(v.id, n.html))
        .map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
    }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => ({ ...v, nodes: v.nodes.slice(0, 5) }));
}

/** Whether the whole of `locator` is inside the viewport as it is scrolled now. */
export async function inView(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) return false;
  return (
    box.y >= 0 && box.x >= 0 && box.y + box.height <= viewport.height && box.x + box.width <= viewport.width
  );
}

export interface ViewCheck {
  readonly name: string;
  readonly overflow: Overflow;
  readonly violations: readonly Violation[];
}

/** Checks the page as it is now, and keeps its screenshot as `<dir>/<name>.png`. */
export async function checkView(page: Page, dir: string, name: string): Promise<ViewCheck> {
  // Fluent's transitions (tabs, dialogs, a toast fading in) finish before anything is
  // measured; a toast's own timer, an animation as long as the toast stays, is not waited for.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => Number(a.effect?.getComputedTiming().endTime ?? 0) < 2000)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const overflow = await overflowOf(page);
  const violations = await seriousViolations(page);
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
  return { name, overflow, violations };
}
