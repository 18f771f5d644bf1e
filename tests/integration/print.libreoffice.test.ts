/**
 * Sheets that print (issue 19), proven on paper: the demo workbook with one review tab is
 * printed to PDF by LibreOffice and read back with poppler-utils. Every page is A4
 * landscape and carries its header row, the plan's title and the sheet's subject above,
 * the day it was made and the page below; the tree prints one page wide without its id
 * column; the review tab is one page at a readable scale; a larger tree's review breaks
 * between nodes. Then a colleague changes a sheet's page setup in LibreOffice, and a
 * rebuild keeps it, while the sheets nobody changed follow the tool.
 */
import { readFileSync } from 'fs';
import { mkdtemp, readFile, rm, writeFile } from 'fs/promises';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { buildTree, refreshWorkbook } from '../../src/app/build';
import { writeReview } from '../../src/app/review';
import type { IsoDate } from '../../src/core/brand';
import { t, type Lang, type MessageKey } from '../../src/core/i18n';
import { loadPlanText } from '../../src/core/model/parsePlan';
import { createMemoryHost, type MemoryHost } from '../../src/hosts/xlsx/memoryHost';
import { appOn } from '../support/app';
import { libreOfficeSuite } from '../support/libreoffice';
import {
  changePageSetup,
  isA4Landscape,
  isA4Portrait,
  printToPdf,
  readPdf,
  type PrintedPage,
} from '../support/print';
import { unoSuite } from '../support/uno';
import { nodePlan } from '../unit/excel/specs';

jest.setTimeout(300_000);

const lo = libreOfficeSuite();
const uno = unoSuite();
const EXAMPLES = resolve(__dirname, '../../examples');
const BUILT_ON = '2026-12-09' as IsoDate;
const WEEK = '2026-W50';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kpi-tree-print-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** `kpi-tree demo` in the pane's terms: the sales funnel built, and this week's review written. */
async function demoWorkbook(
  lang: Lang,
  planText: string,
  format: 'yaml' | 'json',
  today = BUILT_ON,
): Promise<MemoryHost> {
  const loaded = loadPlanText(planText, format);
  if (!loaded.model) throw new Error('the example plan did not load');
  const host = createMemoryHost();
  const ctx = appOn(host, lang, today);
  await buildTree(
    ctx,
    { model: loaded.model, problems: loaded.problems, locate: loaded.locateNode },
    { sheetsLang: lang },
  );
  await writeReview(ctx, { week: WEEK });
  return host;
}

async function printed(host: MemoryHost, name: string): Promise<PrintedPage[]> {
  const file = join(dir, `${name}.xlsx`);
  await writeFile(file, await host.save());
  return readPdf(await printToPdf(file, dir));
}

const firstLine = (p: PrintedPage): string => p.text.split('\n').find((l) => l.trim() !== '') ?? '';
const lastLine = (p: PrintedPage): string =>
  [...p.text.split('\n')].reverse().find((l) => l.trim() !== '') ?? '';
/** The pages whose page header names this subject. */
const pagesOf = (pages: readonly PrintedPage[], subject: string): PrintedPage[] =>
  pages.filter((p) => firstLine(p).includes(subject));
/** The texts a page does not show (none, when it shows them all). */
const missing = (p: PrintedPage, ...texts: string[]): string[] => texts.filter((s) => !p.text.includes(s));
/**
 * A header's first word (its first four characters in Japanese): header cells wrap their
 * text, so a long header prints over several lines of the page's text.
 */
const start = (lang: Lang, header: string): string =>
  lang === 'ja' ? header.slice(0, 4) : header.split(' ')[0];

lo.describe('the demo workbook with a review tab, printed by LibreOffice', () => {
  describe.each([
    ['ja', 'sales-funnel.yaml'],
    ['en', 'sales-funnel.en.yaml'],
  ] as const)('%s', (lang, planFile) => {
    const planText = readFileSync(join(EXAMPLES, planFile), 'utf8');
    const title = loadPlanText(planText, 'yaml').model!.title;
    const tr = (key: MessageKey, params?: Record<string, string>) => t(lang, key, params);
    let pages: PrintedPage[];
    beforeAll(async () => {
      pages = await printed(await demoWorkbook(lang, planText, 'yaml'), `demo-${lang}`);
    });

    test('every sheet on one A4 landscape page, the long Settings list on two: nine pages where there were 23', () => {
      // Tree, Checks, Hypotheses, Calendar, Settings (2), Milestones, the review tab, History.
      expect(pages.map((p) => isA4Landscape(p))).toEqual(new Array(9).fill(true));
    });

    test('every page: the plan above on the left, the day it was made and the page below', () => {
      pages.forEach((p, i) => {
        expect(firstLine(p).trim().startsWith(title)).toBe(true);
        expect(lastLine(p)).toContain(tr('print.footer.generated', { date: BUILT_ON }));
        const page = tr('print.footer.page')
          .replace('&P', String(i + 1))
          .replace('&N', String(pages.length));
        expect(lastLine(p)).toContain(page);
      });
    });

    test('the tree: one page wide, every column but the id, its header row, the month', () => {
      const [tree, ...more] = pagesOf(pages, tr('print.subject.tree', { month: '2026-12' }));
      expect(more).toEqual([]);
      const headers = [
        'sheet.tree.col.name',
        'sheet.tree.col.monthly',
        'sheet.tree.col.notes',
        'sheet.tree.col.checks',
      ] as const;
      expect(
        missing(tree, ...headers.map((k) => start(lang, tr(k))), '2026-W49', '2026-W53', 'KGI', 'KDI'),
      ).toEqual([]);
      // Each week as people name it, printed above its ISO label.
      const headings = lang === 'ja' ? ['第1週（12/1〜12/6）', '第5週（12/28〜12/31）'] : ['Week 1 (Dec 1–6)', 'Week 5 (Dec 28–31)'];
      expect(missing(tree, ...headings)).toEqual([]);
      const iso = tree.words.find((w) => w.text === '2026-W49');
      const heading = tree.words.find((w) => w.text.startsWith(lang === 'ja' ? '第1週' : 'Week'));
      expect(iso && heading && heading.yMin < iso.yMin && Math.abs(heading.xMin - iso.xMin) < 40).toBe(true);
      // The id column only tools read stays off the paper: each node's row starts with its level.
      expect(tree.words.some((w) => w.text === tr('sheet.tree.col.id'))).toBe(false);
      const left = Math.min(...tree.words.map((w) => w.xMin));
      const levels = tree.words.filter(
        (w) => ['KGI', 'KPI', 'KDI', 'KCI'].includes(w.text) && w.xMin - left < 5,
      );
      // Two KCIs: a practice and a measured one.
      expect(levels.map((w) => w.text)).toEqual(['KGI', 'KPI', 'KPI', 'KPI', 'KDI', 'KCI', 'KCI']);
      for (const level of levels) {
        const before = tree.words.filter((w) => Math.abs(w.yMin - level.yMin) < 2 && w.xMin < level.xMin);
        expect({ level: level.text, before }).toEqual({ level: level.text, before: [] });
      }
    });

    test('the review tab: one page with its KPIs, the three questions and the actions', () => {
      const subject = tr('print.subject.review', { week: WEEK, start: '2026-12-07', end: '2026-12-13' });
      const review = pagesOf(pages, subject);
      expect(review).toHaveLength(1);
      const headers = [
        'review.col.target',
        'review.col.actual',
        'review.q1',
        'review.q2',
        'review.q3',
        'review.actions',
      ] as const;
      expect(missing(review[0], ...headers.map((k) => start(lang, tr(k))))).toEqual([]);
      expect(missing(review[0], 'revenue', 'contracts', 'meetings', 'appointments', 'calls')).toEqual([]);
    });

    test('every other sheet prints its header row, on every page', () => {
      const expectations: [MessageKey, Record<string, string>, MessageKey, number][] = [
        ['print.subject.hypotheses', { month: '2026-12' }, 'sheet.hypotheses.col.value', 1],
        ['print.subject.calendar', { month: '2026-12' }, 'sheet.calendar.col.week', 1],
        ['print.subject.settings', {}, 'sheet.settings.col.key', 2],
        ['print.subject.milestones', { month: '2026-12' }, 'milestones.col.check', 1],
        ['print.subject.checks', {}, 'rules.sheet.col.severity', 1],
        ['print.subject.history', {}, 'review.history.week', 1],
      ];
      for (const [subject, params, header, count] of expectations) {
        const found = pagesOf(pages, tr(subject, params));
        expect({ subject, pages: found.length }).toEqual({ subject, pages: count });
        for (const page of found)
          expect({ subject, missing: missing(page, start(lang, tr(header))) }).toEqual({
            subject,
            missing: [],
          });
      }
    });

    if (lang === 'ja')
      test('the review tab prints at a readable size: its text at over 60 % of 11 pt', () => {
        const review = pagesOf(pages, '週次レビュー 2026-W50（')[0];
        // A full-width character is as wide as its font is tall: 「週」 of the label in A3.
        const week = review.words.find((w) => w.text === '週');
        expect(week).toBeDefined();
        const scale = (week!.xMax - week!.xMin) / 11;
        // Below 0.6 here, check that LibreOffice has Calibri's metrics (fonts-crosextra-carlito).
        expect(scale).toBeGreaterThanOrEqual(0.6);
      });
  });

  test('a review of a larger tree breaks between nodes, each page with its header row', async () => {
    const pages = await printed(await demoWorkbook('ja', nodePlan(60), 'json'), 'large');
    const review = pagesOf(pages, '週次レビュー 2026-W50（');
    expect(review.length).toBeGreaterThan(1);
    for (const p of review) {
      expect(isA4Landscape(p)).toBe(true);
      expect(
        missing(
          p,
          t('ja', 'review.col.target'),
          t('ja', 'review.col.actual'),
          start('ja', t('ja', 'review.q1')),
        ),
      ).toEqual([]);
    }
    // Each node's row is whole on one page: its id and its target's row stand together.
    const ids = ['revenue', ...Array.from({ length: 59 }, (_, i) => `n${i + 1}`)];
    for (const id of ids) {
      const on = review.filter((p) => p.words.some((w) => w.text === id));
      expect({ id, pages: on.length }).toEqual({ id, pages: 1 });
    }
  });
});

uno.describe('a person’s own page setup, changed in LibreOffice, survives a rebuild', () => {
  const REVIEW = `週次レビュー ${WEEK}`;
  let pages: PrintedPage[];
  beforeAll(async () => {
    const before = join(dir, 'person-before.xlsx');
    const edited = join(dir, 'person-edited.xlsx');
    await writeFile(
      before,
      await (
        await demoWorkbook('ja', readFileSync(join(EXAMPLES, 'sales-funnel.yaml'), 'utf8'), 'yaml')
      ).save(),
    );
    await changePageSetup(uno.python!, before, edited, [
      { sheet: REVIEW, orientation: 'portrait', marginsMm: { left: 20, right: 20 } },
      { sheet: 'メモ', create: true, orientation: 'landscape', marginsMm: { top: 30 } },
    ]);
    // A week later: the tree is rebuilt and the review refreshed.
    const host = createMemoryHost();
    await host.open(await readFile(edited));
    const later = appOn(host, 'ja', '2026-12-16' as IsoDate);
    await refreshWorkbook(later);
    await writeReview(later, { week: WEEK });
    pages = await printed(host, 'person-after');
  });

  test('the review tab prints as the person set it: portrait, still one page, its footer as it was', () => {
    const review = pagesOf(pages, '週次レビュー 2026-W50（');
    expect(review).toHaveLength(1);
    expect(isA4Portrait(review[0])).toBe(true);
    expect(lastLine(review[0])).toContain('作成日 2026-12-09');
  });

  test('their own sheet prints as they set it', () => {
    const mine = pages.filter((p) => p.text.includes('Notes of my own'));
    expect(mine).toHaveLength(1);
    expect(isA4Landscape(mine[0])).toBe(true);
  });

  test('the sheets nobody changed follow the tool, after LibreOffice saved them: the new day below', () => {
    const tree = pagesOf(pages, 'KPIツリー（2026-12）');
    expect(tree).toHaveLength(1);
    expect(isA4Landscape(tree[0])).toBe(true);
    expect(lastLine(tree[0])).toContain('作成日 2026-12-16');
  });
});
