/**
 * "Print this week's review" (`app/print`, issue 19): the week's tab is shown — written
 * first when the week has none, or has one from before page setups — and nothing else is
 * written; the Excel JavaScript API has no call that opens Excel's print dialog, so
 * inside Excel printing is the person's Ctrl+P. In standalone mode the workbook is saved
 * opening on the tab (`save({ activeSheet })`), for a new workbook and an opened file alike.
 */
import JSZip from 'jszip';
import { buildTree } from '../../../src/app/build';
import { OperationError } from '../../../src/app/errors';
import { printReview } from '../../../src/app/print';
import { writeReview } from '../../../src/app/review';
import { loadPlanText } from '../../../src/core/model/parsePlan';
import { createExcelHost } from '../../../src/hosts/excel/host';
import { createMemoryHost } from '../../../src/hosts/xlsx/memoryHost';
import { appOn } from '../../support/app';
import { FakeExcel } from '../../support/fakeExcel';
import { nodePlan } from '../excel/specs';
import { REVIEW as REVIEW_ROWS } from '../../../src/core/layout/reviewColumns';

const model = loadPlanText(nodePlan(8), 'json').model!;
const REVIEW = '週次レビュー 2026-W50';

async function excelWithTree(): Promise<{ excel: FakeExcel; host: ReturnType<typeof createExcelHost> }> {
  const excel = new FakeExcel();
  const host = createExcelHost(excel.runtime());
  await buildTree(appOn(host, 'ja'), { model });
  return { excel, host };
}

test('a week without a tab: the tab is written, with its page setup, and shown', async () => {
  const { excel, host } = await excelWithTree();
  const ready = await printReview(appOn(host, 'ja'), { week: '2026-W50' });
  expect(ready).toEqual({ sheet: REVIEW, week: '2026-W50', written: true, lang: 'ja' });
  expect(excel.activeSheet).toBe(REVIEW);
  expect(excel.sheet(REVIEW).pageLayout).toMatchObject({
    orientation: 'Landscape',
    paperSize: 'A4',
    titleRows: `${REVIEW_ROWS.headerRow}:${REVIEW_ROWS.headerRow}`,
  });
});

test('a tab the tool set up: shown, and nothing written (this week by default)', async () => {
  const { excel, host } = await excelWithTree();
  await writeReview(appOn(host, 'ja'), { week: '2026-W50' });
  excel.activeSheet = 'KPIツリー';
  const start = excel.log.length;
  const ready = await printReview(appOn(host, 'ja'));
  expect(ready).toEqual({ sheet: REVIEW, week: '2026-W50', written: false, lang: 'ja' });
  expect(excel.activeSheet).toBe(REVIEW);
  expect(excel.selection).toBe(`${REVIEW}!A1`);
  expect(excel.log.slice(start).filter((e) => e.kind === 'set')).toEqual([]);
});

test('a tab from before page setups (no mark of the tool’s): refreshed first, what was typed kept', async () => {
  const { excel, host } = await excelWithTree();
  await writeReview(appOn(host, 'ja'), { week: '2026-W50' });
  for (const key of [...excel.names.keys()]) if (key.startsWith('kpi_print_')) excel.names.delete(key);
  await excel.type(REVIEW, 'L11', '架電数が不足');
  const ready = await printReview(appOn(host, 'ja'), { week: '2026-W50' });
  expect(ready.written).toBe(true);
  expect(excel.sheet(REVIEW).cell('L11')).toEqual({ value: '架電数が不足' });
  expect([...excel.names.values()].some((n) => n.name.startsWith('KPI_PRINT_review_2026_W50_'))).toBe(true);
});

test('a workbook without a tree is refused', async () => {
  await expect(printReview(appOn(createMemoryHost(), 'en'))).rejects.toBeInstanceOf(OperationError);
});

/** The sheet a saved workbook opens on, and the sheets whose view is selected. */
async function opensOn(bytes: Uint8Array): Promise<{ active: string; selected: string[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const sheets = [...workbook.matchAll(/<sheet [^>]*name="([^"]*)"[^>]*r:id="([^"]*)"/g)].map((m) => ({
    name: m[1],
    rid: m[2],
  }));
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const selected: string[] = [];
  for (const s of sheets) {
    const target = new RegExp(`Id="${s.rid}"[^>]*Target="([^"]*)"|Target="([^"]*)"[^>]*Id="${s.rid}"`).exec(
      rels,
    )!;
    const part = (target[1] ?? target[2]).replace(/^\/?(xl\/)?/, 'xl/');
    const xml = await zip.file(part)!.async('string');
    if (/<sheetView\b[^>]*tabSelected="(1|true)"/.test(xml)) selected.push(s.name);
  }
  return { active: sheets[Number(/activeTab="(\d+)"/.exec(workbook)?.[1] ?? 0)].name, selected };
}

test('standalone: the workbook saved opening on the tab, new or opened from a file', async () => {
  const host = createMemoryHost();
  await buildTree(appOn(host, 'ja'), { model });
  const ready = await printReview(appOn(host, 'ja'), { week: '2026-W50' });
  expect(await opensOn(await host.save({ activeSheet: ready.sheet }))).toEqual({
    active: REVIEW,
    selected: [REVIEW],
  });

  // A file saved on the tree sheet (as Excel saves one), opened, then saved on the review tab.
  host.workbook().getWorksheet('KPIツリー')!.views = [
    { state: 'frozen', xSplit: 3, ySplit: 4, tabSelected: true } as never,
  ];
  const reopened = createMemoryHost();
  await reopened.open(await host.save());
  expect((await opensOn(await reopened.save())).selected).toEqual(['KPIツリー']);
  const saved = await reopened.save({ activeSheet: REVIEW });
  expect(await opensOn(saved)).toEqual({ active: REVIEW, selected: [REVIEW] });
  // Only the selection moved: the tree sheet's part differs by its tabSelected alone.
  const part = async (bytes: Uint8Array) =>
    (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet1.xml')!.async('string');
  expect((await part(saved)).replace(/ tabSelected="1"/, '')).toBe(
    (await part(await reopened.save())).replace(/ tabSelected="1"/, ''),
  );
});
