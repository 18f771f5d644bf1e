/**
 * Running the month (issue 12), recalculated in LibreOffice: each tab's to-date target
 * comes from the plan, the re-plan (remaining, required per day, next week's target) and
 * the forecast equal the core's numbers and the hand-computed December case, a cap is
 * judged the right way round, and a closed week keeps the numbers it was reviewed with
 * through a hypothesis change, `sync` and a refresh, until it is reopened.
 */
import { readFileSync } from 'fs';
import { writeFile } from 'fs/promises';
import { join } from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import type { Lang } from '../../src/core/i18n';
import { REVIEW_NODE_KEYS, type ReviewNodeKey } from '../../src/core/layout/reviewColumns';
import { readWorkbook } from '../../src/core/reader/readWorkbook';
import { computeTargets } from '../../src/core/backcast/targets';
import { reviewFigures, weekDays } from '../../src/core/review/figures';
import { outlookThresholds } from '../../src/core/review/tabsRead';
import { reviewRows } from '../../src/core/review/rows';
import { rateRows } from '../../src/core/review/rateLinks';
import { showsOf } from '../../src/core/review/shows';
import { isReviewWeek, resolveReviewWeek } from '../../src/core/review/week';
import { readWorkbookData } from '../../src/hosts/xlsx/readData';
import { EXAMPLE, openXlsx } from '../support/edits';
import { cliWorkspace, edit, sheet, value } from '../support/cliWorkbooks';
import { libreOfficeSuite, recalculate } from '../support/libreoffice';
import { tabView } from '../support/reviewTabs';

const SAAS = join(__dirname, '../../examples/saas.yaml');
const work = cliWorkspace('kpi-review-month-');
const WORDS = {
  ja: {
    tab: (w: string) => `週次レビュー ${w}`,
    offTrack: '危険',
    missed: '未達',
    closed: '確定',
    open: '作業中',
    history: '履歴',
    none: '—',
  },
  en: {
    tab: (w: string) => `Review ${w}`,
    offTrack: 'Off track',
    missed: 'missed',
    closed: 'Closed',
    open: 'Open',
    history: 'Review History',
    none: '—',
  },
} as const;

const cli = async (lang: Lang, ...argv: string[]): Promise<{ code: number; out: string; err: string }> => {
  const io = work.io();
  const code = await main([...argv, '--lang', lang], io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
};
const ok = async (lang: Lang, ...argv: string[]): Promise<void> => {
  const r = await cli(lang, ...argv);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
};

async function typeActuals(file: string, tab: string, actuals: Record<string, number>): Promise<void> {
  await edit(file, (wb) => {
    const view = tabView(sheet(wb, tab));
    for (const [id, n] of Object.entries(actuals))
      view.ws.getCell(view.rowOf(id), view.col('actual')).value = n;
  });
}

/** Opens the file in LibreOffice, recalculates, and saves it back, as a person would. */
async function openAndSave(file: string): Promise<ExcelJS.Workbook> {
  const out = await recalculate(file, { tempRoot: work.dir });
  await writeFile(file, readFileSync(out));
  return openXlsx(file);
}

/** What the core says each figure of a tab shows, from the workbook as it stands. */
function coreShows(
  wb: ExcelJS.Workbook,
  week: string,
  actuals: Record<string, number>,
  earlier: Record<string, number[]> = {},
) {
  const read = readWorkbook(readWorkbookData(wb), 'en');
  const model = read.model!;
  const planned = computeTargets(model);
  const w = resolveReviewWeek(week, planned.calendar!, true);
  if (!isReviewWeek(w)) throw new Error(week);
  const rows = reviewRows(model, planned.backcast!, w);
  const figures = reviewFigures({
    rows,
    days: weekDays(planned.calendar!, w.index),
    actuals: new Map(Object.entries(actuals)),
    earlier: new Map(Object.entries(earlier)),
    thresholds: outlookThresholds(model),
    rates: rateRows(model, new Set(rows.map((r) => r.id))),
  });
  return { rows, shows: showsOf(figures, read.lang) };
}

const FIGURES: readonly ReviewNodeKey[] = [
  'target',
  'achievement',
  'status',
  'mtdTarget',
  'mtdActual',
  'remaining',
  'perDay',
  'nextWeek',
  'forecast',
  'outlook',
  'hint',
];

function expectCoreNumbers(
  tab: ReturnType<typeof tabView>,
  rows: readonly { id: string }[],
  shows: ReturnType<typeof coreShows>['shows'],
): void {
  for (const r of rows) {
    for (const key of FIGURES) {
      const want = shows.get(r.id)?.[key];
      const got = tab.cell(r.id, key);
      if (typeof want === 'number') expect([r.id, key, got]).toEqual([r.id, key, expect.closeTo(want, 6)]);
      else expect([r.id, key, got ?? '']).toEqual([r.id, key, want ?? '']);
    }
  }
}

const lo = libreOfficeSuite();
lo.describe('running the month in LibreOffice', () => {
  it.each(['ja', 'en'] as const)(
    '%s: December 2026, W49 at 100,000: 900,000 remain, 56,250 a day, 281,250 next week',
    async (lang) => {
      const w = WORDS[lang];
      const file = await work.build(`december-${lang}.xlsx`, lang);
      await ok(lang, 'review', file, '--week', '2026-W49');
      await typeActuals(file, w.tab('2026-W49'), { revenue: 100000, contracts: 1, calls: 40 });
      const wb = await openAndSave(file);
      const tab = tabView(sheet(wb, w.tab('2026-W49')));
      expect([
        tab.cell('revenue', 'remaining'),
        tab.cell('revenue', 'perDay'),
        tab.cell('revenue', 'nextWeek'),
      ]).toEqual([900000, 56250, 281250]);
      expect([tab.cell('revenue', 'forecast'), tab.cell('revenue', 'outlook')]).toEqual([500000, w.offTrack]);
      expect(tab.cell('contracts', 'nextWeek')).toBe(3);
      // The top block: working days so far, left and next week's, and the KGI's forecast.
      expect([10, 11, 12, 13].map((r) => value(tab.ws.getCell(r, 2)))).toEqual([4, 16, 5, 500000]);
      expect(value(tab.ws.getCell(13, 3))).toBe(w.offTrack);
      const core = coreShows(wb, '2026-W49', { revenue: 100000, contracts: 1, calls: 40 });
      expectCoreNumbers(tab, core.rows, core.shows);
    },
  );

  it('to date from the plan: W51 without a W49 tab counts 700,000 and names W49 as a week without actuals', async () => {
    const file = await work.build('todate.xlsx', 'ja');
    await ok('ja', 'review', file, '--week', '2026-W50');
    await typeActuals(file, WORDS.ja.tab('2026-W50'), { revenue: 250000 });
    await ok('ja', 'review', file, '--week', '2026-W51');
    await typeActuals(file, WORDS.ja.tab('2026-W51'), { revenue: 200000, calls: 61 });
    const wb = await openAndSave(file);
    const tab = tabView(sheet(wb, WORDS.ja.tab('2026-W51')));
    expect(tab.cell('revenue', 'mtdTarget')).toBe(700000);
    expect(tab.cell('revenue', 'mtdActual')).toBe(450000);
    expect(value(tab.ws.getCell(14, 2))).toBe('2026-W49');
    const core = coreShows(wb, '2026-W51', { revenue: 200000, calls: 61 }, { revenue: [250000] });
    expectCoreNumbers(tab, core.rows, core.shows);
  });

  it('a cap: 300,000 of churned MRR and 8 churned accounts over their caps are missed, with the allowance re-planned', async () => {
    const file = await work.build('cap.xlsx', 'ja', SAAS);
    await ok('ja', 'review', file, '--week', '2027-W02');
    await typeActuals(file, WORDS.ja.tab('2027-W02'), {
      churn_mrr: 300000,
      churned_accounts: 8,
      new_mrr: 100000,
    });
    const wb = await openAndSave(file);
    const tab = tabView(sheet(wb, WORDS.ja.tab('2027-W02')));
    expect([tab.cell('churn_mrr', 'status'), tab.cell('churned_accounts', 'status')]).toEqual([
      WORDS.ja.missed,
      WORDS.ja.missed,
    ]);
    const core = coreShows(wb, '2027-W02', { churn_mrr: 300000, churned_accounts: 8, new_mrr: 100000 });
    expectCoreNumbers(tab, core.rows, core.shows);
  });

  it('a closed week keeps its numbers through a hypothesis change, sync and a refresh; reopened, they are live again', async () => {
    const w = WORDS.en;
    const file = await work.build('close.xlsx', 'en', EXAMPLE);
    await ok('en', 'review', file, '--week', '2026-W49');
    await typeActuals(file, w.tab('2026-W49'), { revenue: 100000, contracts: 1 });
    await ok('en', 'review', file, '--week', '2026-W50');
    await typeActuals(file, w.tab('2026-W50'), { revenue: 250000, contracts: 2 });
    const before = tabView(sheet(await openAndSave(file), w.tab('2026-W49')));
    // A hint naming a Japanese node in an English tab is mixed script: LibreOffice saves it as rich text.
    const plain = (v: unknown): unknown =>
      v !== null && typeof v === 'object' && 'richText' in v
        ? (v as ExcelJS.CellRichTextValue).richText.map((p) => p.text).join('')
        : v;
    const snapshot = (t: ReturnType<typeof tabView>) =>
      ['revenue', 'contracts', 'meetings'].map((id) =>
        REVIEW_NODE_KEYS.filter((k) => FIGURES.includes(k)).map((k) => plain(t.cell(id, k))),
      );
    const seen = snapshot(before);

    const closed = await cli('en', 'review', file, '--week', '2026-W49', '--close');
    expect(closed.code).toBe(0);
    expect(closed.out).toContain('Closed Review 2026-W49');
    let tab = tabView(sheet(await openXlsx(file), w.tab('2026-W49')));
    expect(snapshot(tab)).toEqual(seen);
    expect(tab.ws.getCell(tab.rowOf('revenue'), tab.col('target')).formula).toBeUndefined();
    expect([value(tab.ws.getCell(9, 2)), tab.ws.getCell(9, 3).value]).toEqual([w.closed, expect.any(Date)]);
    // The actual stays editable: an input, not locked into a value of the tool's.
    expect(tab.ws.getCell(tab.rowOf('revenue'), tab.col('actual')).value).toBe(100000);

    // An executive doubles the unit price: the open week moves, the closed one does not.
    await edit(file, (wb) => {
      const name = wb.definedNames.model.find((n) => n.name === 'H_unit_price')!.ranges[0];
      const [s, address] = name.replace(/'/g, '').split('!');
      sheet(wb, s).getCell(address.replace(/\$/g, '')).value = 200000;
    });
    let wb = await openAndSave(file);
    expect(snapshot(tabView(sheet(wb, w.tab('2026-W49'))))).toEqual(seen);
    const w50 = tabView(sheet(wb, w.tab('2026-W50')));
    expect(w50.cell('contracts', 'target')).toBe(1);

    // sync, build onto the file and a refresh leave it as it is; a refresh says why.
    await ok('en', 'sync', file);
    await ok('en', 'build', EXAMPLE, '--out', file);
    wb = await openAndSave(file);
    expect(snapshot(tabView(sheet(wb, w.tab('2026-W49'))))).toEqual(seen);
    const bytes = readFileSync(file);
    const refused = await cli('en', 'review', file, '--week', '2026-W49');
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('is closed');
    expect(readFileSync(file).equals(bytes)).toBe(true);

    // The history reads the closed week from its values, with data bars on achievement.
    const history = sheet(wb, w.history);
    const w49 =
      history.getRows(4, history.rowCount - 3)?.filter((r) => r.getCell(1).value === '2026-W49') ?? [];
    expect(w49.length).toBeGreaterThan(0);
    for (const r of w49) for (const c of [3, 4, 5]) expect(r.getCell(c).formula).toBeUndefined();
    const zip = await JSZip.loadAsync(readFileSync(file));
    const historyXml = await sheetXml(zip, w.history);
    expect(historyXml).toMatch(/<cfRule type="dataBar"/);

    // Reopened: formulas again, and the new unit price halves the contracts' target.
    const reopened = await cli('en', 'review', file, '--week', '2026-W49', '--reopen');
    expect(reopened.code).toBe(0);
    expect(reopened.out).toContain('Reopened Review 2026-W49');
    wb = await openAndSave(file);
    tab = tabView(sheet(wb, w.tab('2026-W49')));
    expect(value(tab.ws.getCell(9, 2))).toBe(w.open);
    expect(tab.ws.getCell(tab.rowOf('revenue'), tab.col('target')).formula).toBeDefined();
    expect(tab.cell('contracts', 'target')).toBe(1);
    expect(snapshot(tab)).not.toEqual(seen);
  });
});

/** The XML of a sheet, by its name, in an .xlsx package. */
async function sheetXml(zip: JSZip, name: string): Promise<string> {
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target =
    id === undefined
      ? undefined
      : (new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
        new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1]);
  if (target === undefined) throw new Error(`no sheet ${name}`);
  return zip.file(`xl/${target.replace(/^\/?xl\//, '')}`)!.async('string');
}
