/// <reference types="office-js" />
/**
 * The task pane in a real browser (Debian's Chromium, headless), built for production by
 * webpack and served by webpack-dev-server over HTTPS with the Office developer
 * certificate. The page loads the real office.js (@microsoft/office-js, answered in place
 * of Microsoft's CDN): outside Office its `Office.onReady` reports no host, and the pane
 * starts in standalone mode, then is used as a person would: build
 * from a template, try a hypothesis and write it, generate a review, close and reopen its
 * week, open a workbook of their own, go to a problem's cell, apply its quick fix, run a
 * command from the keyboard,
 * and download the .xlsx, which is then checked with ExcelJS. In Japanese and English;
 * screenshots of each view go to test-artifacts/e2e/.
 */
import ExcelJS from 'exceljs';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import type { Browser, Page } from 'playwright-core';
import { readAnalysis } from '../../src/app/analysis';
import { buildTree } from '../../src/app/build';
import { writeReview } from '../../src/app/review';
import { templateModel } from '../../src/app/templates';
import { t, type Lang, type MessageKey, type MessageParams } from '../../src/core/i18n';
import { REVIEW } from '../../src/core/layout/reviewColumns';
import { loadPlanText } from '../../src/core/model/parsePlan';
import type { Model } from '../../src/core/model/types';
import { createMemoryHost } from '../../src/hosts/xlsx/memoryHost';
import { chromiumSuite, launchChromium } from '../support/chromium';
import { checkView, inView, type ViewCheck } from '../support/paneChecks';
import { appOn } from '../support/app';
import { serveOfficeJs } from '../support/officeJs';
import { servePane, type PaneServer } from '../support/paneServer';

const ARTIFACTS = resolve(__dirname, '..', '..', 'test-artifacts', 'e2e');
/** The pane's widths people use: Excel's narrowest, its default, a wide one. */
const WIDTHS = [320, 350, 500] as const;

/** A workbook someone built earlier and edited: every deadline removed; with `actuals`, two weeks reviewed and their actuals typed. */
async function workbookWithoutDeadlines(lang: Lang, file: string, actuals = false): Promise<void> {
  const host = createMemoryHost();
  await buildTree(appOn(host, lang), { model: templateModel('sales-funnel', lang) });
  if (actuals)
    for (const [week, typed] of [['2026-W49', { revenue: 100000, contracts: 1 }], ['2026-W50', { revenue: 200000, contracts: 2 }]] as const) {
      await writeReview(appOn(host, lang), { week });
      const tab = (await host.read()).sheets.find((s) => s.name.endsWith(week))!;
      const rowOf = (id: string) => tab.rows.findIndex((r) => r?.[REVIEW.col.id - 1]?.value === id) + 1;
      const column = String.fromCharCode(64 + REVIEW.col.actual);
      await host.writeCells(Object.entries(typed).map(([id, value]) => ({ sheet: tab.name, address: `${column}${rowOf(id)}`, value })));
    }
  const tree = (await readAnalysis(appOn(host, lang))).read.tree!;
  const ws = host.workbook().getWorksheet(tree.sheet)!;
  for (const r of tree.nodeRows) ws.getCell(r.row, tree.columns.deadline!).value = null;
  writeFileSync(file, await host.save());
}

/** The example team of three members (examples/team.yaml), built into a file. */
async function teamWorkbook(file: string): Promise<void> {
  const model = loadPlanText(readFileSync(resolve(__dirname, '..', '..', 'examples', 'team.yaml'), 'utf8'), 'yaml').model as Model;
  const host = createMemoryHost();
  await buildTree(appOn(host, 'ja'), { model });
  writeFileSync(file, await host.save());
}

async function openDownload(page: Page, click: () => Promise<void>, dir: string, name: string): Promise<ExcelJS.Workbook> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = join(dir, name);
  await download.saveAs(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function definedValue(wb: ExcelJS.Workbook, name: string): unknown {
  const range = wb.definedNames.model.find((m) => m.name === name)?.ranges[0];
  if (!range) return undefined;
  const bang = range.lastIndexOf('!');
  const sheet = range.slice(0, bang).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
  return wb.getWorksheet(sheet)?.getCell(range.slice(bang + 1).replace(/\$/g, '')).value;
}

chromiumSuite().describe('task pane in Chromium (standalone mode)', (executable) => {
  let dir: string;
  let server: PaneServer;
  let browser: Browser;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kpi-e2e-'));
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await servePane({ outdir: join(dir, 'web'), home: dir });
    browser = await launchChromium(executable);
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(['ja', 'en'] as const)('%s: build, what-if, review, close and reopen, open, go to a problem, quick fix, command list, download', async (lang) => {
    const tr = (key: MessageKey, params?: MessageParams) => t(lang, key, params);
    // The developer certificate's CA is not trusted system-wide here.
    const context = await browser.newContext({ viewport: { width: 420, height: 1000 }, locale: lang === 'ja' ? 'ja-JP' : 'en-US', acceptDownloads: true, ignoreHTTPSErrors: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const officeJs = await serveOfficeJs(page);
    const shot = (view: string) => page.screenshot({ path: join(ARTIFACTS, `${lang}-${view}.png`), fullPage: true });

    expect(server.origin).toMatch(/^https:\/\/localhost:\d+$/);
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByText(tr('pane.standalone.title')).waitFor();
    await expectSelectedTab(page, tr('pane.view.start'));
    // The real office.js ran: loaded from the package, it reports no Office host here.
    expect(officeJs.served[0]).toBe('office.js');
    expect(officeJs.missing).toEqual([]);
    expect(await page.evaluate(async () => (await Office.onReady()).host)).toBeNull();
    await shot('start');

    // Start: a goal of 2,000,000 at a 25 % close rate.
    await page.getByLabel(tr('pane.start.target', { unit: lang === 'ja' ? '円' : 'JPY' })).fill('2000000');
    await page.getByRole('button', { name: tr('pane.start.build') }).click();
    await expectSelectedTab(page, tr('pane.view.tree'));
    const calls = page.locator('[data-node="calls"]');
    // 20 contracts ÷ 20 % = 100 meetings ÷ 50 % = 200 appointments ÷ 33 % = 607 calls.
    await expectText(calls, `${tr('pane.tree.monthly')} 607`);
    await shot('tree');

    // What-if: a 25 % close rate, previewed, then written.
    const closeRate = lang === 'ja' ? '成約率（%）' : 'Close rate (%)';
    await page.getByLabel(closeRate, { exact: true }).fill('25');
    const preview = page.getByRole('list', { name: tr('pane.tree.preview') });
    await preview.waitFor();
    await expectText(preview.locator('[data-whatif="calls"]'), '(-');
    await shot('whatif');
    await page.getByRole('button', { name: tr('pane.tree.write') }).click();
    const change = tr('pane.tree.change', { name: lang === 'ja' ? '成約率' : 'Close rate', before: '20%', after: '25%' });
    await confirmation(page, tr('pane.tree.written', { changes: change })).waitFor();
    await expectText(calls, `${tr('pane.tree.monthly')} 485`);

    // Review: this week's tab.
    await page.getByRole('tab', { name: tr('pane.view.review') }).click();
    await page.getByRole('button', { name: tr('pane.review.generate') }).click();
    // Once written, the week has its tab: the button offers to open and refresh it.
    await page.getByRole('button', { name: tr('pane.review.refresh') }).waitFor();
    await shot('review');
    // Closed, the week keeps its numbers and offers to reopen; reopened, it can be closed again.
    await page.getByRole('button', { name: tr('pane.review.close') }).click();
    await page.getByRole('button', { name: tr('pane.review.reopen') }).waitFor();
    await page.getByText(new RegExp(tr('pane.review.closed', { since: '.*' }).replace(/[()（）]/g, '.'))).waitFor();
    await shot('review-closed');
    await page.getByRole('button', { name: tr('pane.review.reopen') }).click();
    await page.getByRole('button', { name: tr('pane.review.close') }).waitFor();
    await page.getByRole('button', { name: tr('pane.review.refresh') }).waitFor();

    let wb = await openDownload(page, () => page.getByRole('button', { name: tr('pane.standalone.download') }).click(), dir, `${lang}-built.xlsx`);
    expect(definedValue(wb, 'H_close_rate')).toBe(0.25);
    expect(wb.worksheets.some((w) => /\d{4}-W\d{2}$/.test(w.name))).toBe(true);

    // A workbook of the user's own, opened in the pane: its problems, their cells, a quick fix.
    const own = join(dir, `${lang}-own.xlsx`);
    await workbookWithoutDeadlines(lang, own);
    await page.getByLabel(tr('pane.standalone.open')).setInputFiles(own);
    await confirmation(page, tr('pane.standalone.opened', { file: `${lang}-own.xlsx` })).waitFor();
    await page.getByRole('tab', { name: new RegExp(tr('pane.view.problems')) }).click();
    const problem = page.locator('[data-rule="smart-time-bound"]');
    await problem.waitFor();
    await shot('problems');
    await problem.getByRole('button').first().click();
    const treeSheet = lang === 'ja' ? 'KPIツリー' : 'KPI Tree';
    const [before, after] = tr('pane.standalone.selection', { sheet: treeSheet, address: '@' }).split('@').map(escapeRegExp);
    await page.getByText(new RegExp(`${before}[A-Z]+\\d+${after}`)).waitFor();
    await shot('problem-selected');
    // The quick fix is titled with what it does.
    const fix = problem.locator('[data-action="fix"]');
    const description = (await fix.textContent()) ?? '';
    expect(description).toContain(lang === 'ja' ? '期限を' : 'deadline');
    await fix.click();
    await confirmation(page, tr('pane.problems.fixed', { description })).waitFor();
    await page.locator('[data-rule="smart-time-bound"]').waitFor({ state: 'detached' });

    // The command list, by keyboard only.
    await page.keyboard.press('Control+Shift+P');
    const filter = page.getByRole('combobox', { name: tr('pane.commands.filter') });
    await filter.waitFor();
    await filter.fill(lang === 'ja' ? '目標' : 'targets');
    await page.keyboard.press('Enter');
    await expectSelectedTab(page, tr('pane.view.tree'));

    wb = await openDownload(page, () => page.getByRole('button', { name: tr('pane.standalone.download') }).click(), dir, `${lang}-fixed.xlsx`);
    // The quick fix set the goal's deadline to the plan month's last working day (29–31 December are days off).
    const fixed = (await readAnalysis(appOn(createMemoryHost(wb), lang))).model!;
    expect(fixed.nodes.find((n) => n.level === 'KGI')!.deadline).toBe('2026-12-28');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the whole team’s targets, then a member’s when chosen', async () => {
    const tr = (key: MessageKey, params?: MessageParams) => t('ja', key, params);
    const context = await browser.newContext({ viewport: { width: 420, height: 1000 }, locale: 'ja-JP', ignoreHTTPSErrors: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await serveOfficeJs(page);
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByText(tr('pane.standalone.title')).waitFor();
    const file = join(dir, 'team.xlsx');
    await teamWorkbook(file);
    await page.getByLabel(tr('pane.standalone.open')).setInputFiles(file);
    await confirmation(page, tr('pane.standalone.opened', { file: 'team.xlsx' })).waitFor();
    await page.getByRole('tab', { name: new RegExp(`^${tr('pane.view.tree')}`) }).click();
    const calls = page.locator('[data-node="calls"]');
    // The team's calls are its members' added up: 152 + 73 + 61.
    await expectText(calls, `${tr('pane.tree.monthly')} 286`);
    await page.getByRole('combobox', { name: tr('pane.tree.member') }).click();
    await page.getByRole('option', { name: '佐藤' }).click();
    await expectText(calls, `${tr('pane.tree.monthly')} 73`);
    await page.locator('[data-member="sato"]').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'ja-tree-member.png'), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each(['ja', 'en'] as const)(
    '%s: every view fits 320, 350 and 500 px, passes axe-core, and first run shows its primary action without scrolling',
    async (lang) => {
      const tr = (key: MessageKey, params?: MessageParams) => t(lang, key, params);
      const shots = join(ARTIFACTS, 'layout');
      mkdirSync(shots, { recursive: true });
      const own = join(dir, `${lang}-layout-own.xlsx`);
      await workbookWithoutDeadlines(lang, own, true);
      const checks: ViewCheck[] = [];
      for (const width of WIDTHS) {
        const context = await browser.newContext({ viewport: { width, height: 640 }, locale: lang === 'ja' ? 'ja-JP' : 'en-US', ignoreHTTPSErrors: true });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        await serveOfficeJs(page);
        const check = async (view: string) => checks.push(await checkView(page, shots, `${lang}-${width}-${view}`));
        const tab = (view: 'start' | 'tree' | 'problems' | 'review') => page.getByRole('tab', { name: new RegExp(`^${tr(`pane.view.${view}`)}`) }).click();

        await page.goto(`${server.origin}/taskpane.html`);
        await page.getByText(tr('pane.standalone.title')).waitFor();
        await expectSelectedTab(page, tr('pane.view.start'));
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
        // First run: what it does, what it builds, and the button, all without scrolling.
        const build = page.getByRole('button', { name: tr('pane.start.build') });
        expect(await inView(page, build)).toBe(true);
        await check('start');
        for (const view of ['tree', 'problems', 'review'] as const) {
          await tab(view);
          // An empty view offers its next step.
          await page.getByRole('button', { name: tr('pane.empty.start') }).waitFor();
          await check(`${view}-empty`);
        }

        await tab('start');
        await page.getByText(tr('pane.start.details'), { exact: true }).click();
        await check('start-details');
        await build.click();
        await expectSelectedTab(page, tr('pane.view.tree'));
        await page.locator('[data-node="calls"]').waitFor();
        await check('tree');
        await page.getByLabel(lang === 'ja' ? '成約率（%）' : 'Close rate (%)', { exact: true }).fill('25');
        await page.getByRole('list', { name: tr('pane.tree.preview') }).waitFor();
        await check('whatif');
        await tab('review');
        await page.getByRole('button', { name: tr('pane.review.generate') }).waitFor();
        // The month's chart loads on demand: checked once drawn.
        await page.locator('[data-chart-area] svg').first().waitFor();
        await check('review');
        await page.keyboard.press('Control+Shift+P');
        await page.getByRole('combobox', { name: tr('pane.commands.filter') }).waitFor();
        await check('palette');
        await page.keyboard.press('Escape');
        await page.getByRole('dialog').waitFor({ state: 'detached' });

        // A workbook with a problem on every node: the longest Problems view.
        await page.getByLabel(tr('pane.standalone.open')).setInputFiles(own);
        await confirmation(page, tr('pane.standalone.opened', { file: `${lang}-layout-own.xlsx` })).waitFor();
        await tab('problems');
        await page.locator('[data-rule="smart-time-bound"]').first().waitFor();
        await check('problems');
        // The month by week with actuals typed: every line of the chart, and its table.
        await tab('review');
        await page.locator('[data-month-table] td', { hasText: '100,000' }).first().waitFor();
        await page.locator(`[data-chart-area] [aria-label*="${tr('pane.review.monthForecast')}"]`).first().waitFor({ state: 'attached' });
        await check('review-month');
        expect(errors).toEqual([]);
        await context.close();
      }
      const views = ['start', 'tree-empty', 'problems-empty', 'review-empty', 'start-details', 'tree', 'whatif', 'review', 'palette', 'problems', 'review-month'];
      expect(checks.map((c) => c.name)).toEqual(WIDTHS.flatMap((w) => views.map((v) => `${lang}-${w}-${v}`)));
      const overflowing = checks.filter((c) => c.overflow.scrollWidth > c.overflow.clientWidth);
      expect(overflowing.map((c) => ({ view: c.name, ...c.overflow }))).toEqual([]);
      expect(checks.filter((c) => c.violations.length > 0).map((c) => ({ view: c.name, violations: c.violations }))).toEqual([]);
    },
  );
});

async function expectSelectedTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name: new RegExp(`^${name}`), selected: true }).waitFor();
}

/** The confirmation (a toast) that says `text`, not the copy read out to screen readers. */
function confirmation(page: Page, text: string) {
  return page.locator('[data-confirmation]', { hasText: text }).first();
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function expectText(locator: ReturnType<Page['locator']>, text: string): Promise<void> {
  await locator.filter({ hasText: text }).waitFor();
}
