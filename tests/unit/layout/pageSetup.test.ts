/**
 * How each generated sheet prints, decided in the core from the sheet itself (issue 19):
 * A4 landscape, one page wide over the columns the sheet really has, its header row
 * repeated, the plan and the subject above, the day and the page below; a review tab of
 * a typical tree on one page at a readable scale. The printed proof is
 * tests/integration/print.libreoffice.test.ts.
 */
import { buildTree } from '../../../src/app/build';
import type { IsoDate } from '../../../src/core/brand';
import { headerText, pageSetupOf, printScale, READABLE_SCALE } from '../../../src/core/layout/pageSetup';
import { sheetRows, withoutTable, type Cell, type PageSetup, type SheetSpec, type WorkbookSpec } from '../../../src/core/layout/spec';
import { REVIEW } from '../../../src/core/layout/reviewColumns';
import { collectStyles } from '../../../src/core/layout/styles';
import { loadPlanText } from '../../../src/core/model/parsePlan';
import { readWorkbook } from '../../../src/core/reader/readWorkbook';
import { reviewSpec } from '../../../src/core/review/reviewSpec';
import { rebuildSpec } from '../../../src/core/sync/rebuildSpec';
import { withPageSetup } from '../../../src/core/workbook/printSetup';
import { createMemoryHost } from '../../../src/hosts/xlsx/memoryHost';
import { readWorkbookData } from '../../../src/hosts/xlsx/readData';
import { appOn } from '../../support/app';
import { nodePlan } from '../excel/specs';

const TODAY = '2026-12-09' as IsoDate;

/** The review tab of a built n-node tree, as `kpi-tree review` lays it out. */
async function reviewTab(
  nodes: number,
  lang: 'ja' | 'en' = 'ja',
): Promise<{ spec: WorkbookSpec; tab: SheetSpec }> {
  const host = createMemoryHost();
  const loaded = loadPlanText(nodePlan(nodes), 'json');
  await buildTree(appOn(host, lang, TODAY), { model: loaded.model! }, { sheetsLang: lang });
  const data = readWorkbookData(host.workbook());
  const read = readWorkbook(data, lang);
  const made = reviewSpec({ model: read.model!, data, lang, week: '2026-W50', generatedOn: TODAY });
  if ('key' in made) throw new Error(made.key);
  return { spec: made.spec, tab: made.spec.sheets[0] };
}

/** The same tab with `extra` more columns of width 12 on every row of its table, as a later version may add. */
function widened(tab: SheetSpec, extra: number): SheetSpec {
  const columns = Math.max(...tab.rows.map((r) => r.length));
  const rows = tab.rows.map((r, i) =>
    i + 1 >= 10 && r.some((c) => c !== null)
      ? [
          ...r,
          ...new Array<Cell | null>(columns - r.length).fill(null),
          ...new Array<Cell>(extra).fill({ v: 1, s: 'text' }),
        ]
      : r,
  );
  return { ...tab, rows, widths: [...tab.widths, ...new Array<number>(extra).fill(12)] };
}

describe('a review tab prints as a one-page meeting sheet', () => {
  test.each([5, 15])('%i nodes: A4 landscape, one page, at over 60 %', async (nodes) => {
    const { tab } = await reviewTab(nodes);
    const setup = tab.pageSetup!;
    expect(setup).toMatchObject({
      paper: 'A4',
      orientation: 'landscape',
      fit: { wide: 1, tall: 1 },
      titleRows: { first: REVIEW.headerRow, last: REVIEW.headerRow },
    });
    expect(setup.area).toBe(`A1:T${tab.rows.length}`);
    expect(printScale(tab, setup)).toBeGreaterThanOrEqual(READABLE_SCALE);
  });

  test('a larger tree: one page wide, as many tall as its rows need', async () => {
    const { tab } = await reviewTab(60);
    expect(tab.pageSetup!.fit).toEqual({ wide: 1, tall: 0 });
  });

  test('the print area follows the columns the tab really has: seven more stay on the page, smaller', async () => {
    const { spec, tab } = await reviewTab(15);
    const wider = widened({ ...tab, pageSetup: undefined }, 7);
    const [printed] = withPageSetup(
      { ...spec, sheets: [wider] },
      { lang: 'ja', title: 'x', month: '2026-12', generatedOn: TODAY },
    ).sheets;
    expect(printed.pageSetup!.area).toBe(`A1:AA${tab.rows.length}`);
    expect(printed.pageSetup!.fit.wide).toBe(1);
    // Today's tab: about 62 %; seven columns of 12 more: about 45 %, under the readable 60 %.
    expect(printScale(tab, tab.pageSetup!)).toBeCloseTo(0.62, 2);
    expect(printScale(printed, printed.pageSetup!)).toBeCloseTo(0.45, 2);
  });
});

describe('every generated sheet of a build', () => {
  let spec: WorkbookSpec;
  beforeAll(async () => {
    const host = createMemoryHost();
    const loaded = loadPlanText(nodePlan(10, { title: 'R&D &P &"Arial,Bold" 2026' }), 'json');
    const written = await buildTree(appOn(host, 'en', TODAY), { model: loaded.model! }, { sheetsLang: 'en' });
    expect(written.report.sheetsAdded.length).toBeGreaterThan(0);
    const data = readWorkbookData(host.workbook());
    const read = readWorkbook(data, 'en');
    spec = rebuildSpec(read.model!, [], undefined, 'en', { read, data }, TODAY).spec!;
  });
  const setupOf = (key: SheetSpec['key']): PageSetup => spec.sheets.find((s) => s.key === key)!.pageSetup!;

  test('has a page setup: A4 landscape, one page wide, its header row repeated', () => {
    expect(
      spec.sheets.map((s) => [s.key, s.pageSetup?.paper, s.pageSetup?.orientation, s.pageSetup?.fit.wide]),
    ).toEqual(spec.sheets.map((s) => [s.key, 'A4', 'landscape', 1]));
    // The tree's weeks are headed in the row above its header row: both repeat on every page.
    expect(setupOf('tree').titleRows).toEqual({ first: 3, last: 4 });
    expect(setupOf('hypotheses').titleRows).toEqual({ first: 3, last: 3 });
  });

  test('the tree (from its weeks\' headings) and the hypotheses print from their header row, without the id column', () => {
    expect(setupOf('tree').area).toMatch(/^B3:[A-Z]+14$/);
    expect(setupOf('hypotheses').area).toMatch(/^B3:G6$/);
  });

  test('the page header: the plan title with every & doubled (no header code), the subject; the footer: the day, the page', () => {
    const tree = setupOf('tree');
    expect(tree.header).toEqual({
      left: 'R&&D &&P &&"Arial,Bold" 2026',
      center: '',
      right: 'KPI tree, 2026-12',
    });
    expect(tree.footer).toEqual({ left: 'Generated 2026-12-09', center: '', right: 'Page &P / &N' });
  });

  test('gridlines print where the sheet draws no borders of its own', () => {
    expect(spec.sheets.every((s) => s.pageSetup!.gridlines)).toBe(true);
    const tree = spec.sheets.find((s) => s.key === 'tree')!;
    const bordered = pageSetupOf(
      { ...withoutTable(tree), rows: [...sheetRows(tree), [{ v: 'total', s: 'header' }]] },
      collectStyles(['header']),
      {
        titleRow: 4,
        firstRow: 4,
        firstColumn: 2,
        onePage: false,
        header: tree.pageSetup!.header,
        footer: tree.pageSetup!.footer,
      },
    );
    expect(bordered.gridlines).toBe(false);
  });
});

describe('people’s text in a header', () => {
  test.each([
    ['営業1課 R&D', '営業1課 R&&D'],
    ['&P of &N', '&&P of &&N'],
    ['a&&b', 'a&&&&b'],
    ['two\nlines\t', 'two lines'],
    ['x'.repeat(80), `${'x'.repeat(59)}…`],
  ])('%j → %j', (text, shown) => {
    expect(headerText(text)).toBe(shown);
  });
});
