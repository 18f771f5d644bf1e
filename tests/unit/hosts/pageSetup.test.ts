/**
 * Both hosts write the same page setup and tell a person's own from the tool's the same
 * way (issue 19): ExcelJS through `worksheet.pageSetup` and `headerFooter`, kept right
 * through a file (what ExcelJS reads wrongly put right from the sheet's XML, the print
 * area and repeated rows of a sheet it rewrites taken into the file); Office.js through
 * `worksheet.pageLayout`, read in the command's reading sync.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { buildTree, refreshWorkbook } from '../../../src/app/build';
import { writeReview } from '../../../src/app/review';
import type { IsoDate } from '../../../src/core/brand';
import { loadPlanText } from '../../../src/core/model/parsePlan';
import { printFingerprint } from '../../../src/hosts/edit/pageSetup';
import { printedOf, loadPageLayout } from '../../../src/hosts/excel/pageLayout';
import { createExcelHost } from '../../../src/hosts/excel/host';
import type { WorkbookHost } from '../../../src/hosts/port';
import { createMemoryHost, type MemoryHost } from '../../../src/hosts/xlsx/memoryHost';
import { headerFooterParts, headerFooterText, readPageSetup } from '../../../src/hosts/xlsx/pageSetup';
import { readWorkbookBytes } from '../../../src/hosts/xlsx/package/workbookBytes';
import { appOn } from '../../support/app';
import { FakeExcel } from '../../support/fakeExcel';
import { nodePlan } from '../excel/specs';

const BUILT = '2026-12-09' as IsoDate;
const LATER = '2026-12-16' as IsoDate;
const TREE = 'KPIツリー';
const REVIEW = '週次レビュー 2026-W50';
const model = (n: number) => loadPlanText(nodePlan(n, { title: 'R&D 営業部' }), 'json').model!;

async function built(host: WorkbookHost, n = 10): Promise<void> {
  await buildTree(appOn(host, 'ja', BUILT), { model: model(n) });
  await writeReview(appOn(host, 'ja', BUILT), { week: '2026-W50' });
}

/** The memory host over the file its workbook makes: what a save and an open give. */
async function throughFile(host: MemoryHost, change?: (wb: ExcelJS.Workbook) => void): Promise<MemoryHost> {
  change?.(host.workbook());
  const next = createMemoryHost();
  await next.open(await host.save());
  return next;
}

const marks = (wb: ExcelJS.Workbook): string[] =>
  wb.definedNames.model
    .map((m) => m.name)
    .filter((n) => n.startsWith('KPI_PRINT_'))
    .sort();

describe('ExcelJS', () => {
  test('header and footer parts in the file’s one string, and back; `&&` stays text', () => {
    const parts = { left: 'R&&D &&L', center: '', right: '&P / &N ページ' };
    expect(headerFooterText(parts)).toBe('&LR&&D &&L&R&P / &N ページ');
    expect(headerFooterParts(headerFooterText(parts))).toEqual(parts);
    expect(headerFooterParts('plain')).toEqual({ left: '', center: 'plain', right: '' });
  });

  test('a rebuild a week later renews the tool’s page setup, through the file', async () => {
    const host = createMemoryHost();
    await built(host);
    const before = marks(host.workbook());
    expect(before).toHaveLength(8);
    const reopened = await throughFile(host);
    await refreshWorkbook(appOn(reopened, 'ja', LATER));
    const tree = reopened.workbook().getWorksheet(TREE)!;
    expect(tree.headerFooter.oddFooter).toBe('&L作成日 2026-12-16&R&P / &N ページ');
    expect(tree.pageSetup).toMatchObject({
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '3:4',
    });
    // The review tab was not part of the rebuild: its page setup and mark stay.
    expect(reopened.workbook().getWorksheet(REVIEW)!.headerFooter.oddFooter).toContain('2026-12-09');
    const after = marks(reopened.workbook());
    expect(after.filter((m) => m.includes('review'))).toEqual(before.filter((m) => m.includes('review')));
    expect(after.filter((m) => m.includes('tree'))).not.toEqual(before.filter((m) => m.includes('tree')));
  });

  test('a person’s change in Excel (here, portrait and wider margins) is kept by a rebuild', async () => {
    const host = createMemoryHost();
    await built(host);
    const reopened = await throughFile(host, (wb) => {
      const ws = wb.getWorksheet(REVIEW)!;
      ws.pageSetup.orientation = 'portrait';
      ws.pageSetup.margins = { left: 0.8, right: 0.8, top: 0.55, bottom: 0.55, header: 0.25, footer: 0.25 };
    });
    await writeReview(appOn(reopened, 'ja', LATER), { week: '2026-W50' });
    const ws = reopened.workbook().getWorksheet(REVIEW)!;
    expect(ws.pageSetup.orientation).toBe('portrait');
    expect(ws.pageSetup.margins?.left).toBe(0.8);
    expect(ws.headerFooter.oddFooter).toContain('2026-12-09');
  });

  test('LibreOffice’s `true` is read as true: the tool still owns a sheet LibreOffice saved unchanged', async () => {
    const host = createMemoryHost();
    await built(host);
    const zip = await JSZip.loadAsync(await host.save());
    for (const name of Object.keys(zip.files).filter((n) => /worksheets\/sheet\d+\.xml$/.test(n))) {
      const xml = await zip.file(name)!.async('string');
      zip.file(
        name,
        xml.replace('fitToPage="1"', 'fitToPage="true"').replace('gridLines="1"', 'gridLines="true"'),
      );
    }
    const { workbook } = await readWorkbookBytes(await zip.generateAsync({ type: 'uint8array' }));
    const tree = workbook.getWorksheet(TREE)!;
    expect(tree.pageSetup.fitToPage).toBe(true);
    expect(tree.pageSetup.showGridLines).toBe(true);
    // Pages numbered on from the sheet before: no fixed start is made up.
    expect(tree.pageSetup.firstPageNumber).toBeUndefined();
    const mark = marks(workbook).find((m) => m.startsWith('KPI_PRINT_tree_'))!;
    expect(mark.endsWith(printFingerprint(readPageSetup(tree)))).toBe(true);
  });

  test('a rewritten sheet’s print area follows the tree as it grows, in the file', async () => {
    const host = createMemoryHost();
    await built(host, 10);
    const reopened = await throughFile(host);
    await buildTree(appOn(reopened, 'ja', BUILT), { model: model(13) });
    const zip = await JSZip.loadAsync(await reopened.save());
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    const areas = [
      ...workbook.matchAll(
        /<definedName name="_xlnm\.Print_Area" localSheetId="(\d+)">([^<]*)<\/definedName>/g,
      ),
    ];
    expect(areas.find((m) => m[2].includes(TREE))?.[2]).toBe(`'${TREE}'!$B$3:$Y$17`);
    expect(areas.map((m) => m[1])).toEqual([...new Set(areas.map((m) => m[1]))]);
  });
});

describe('Office.js', () => {
  test('writes what the ExcelJS host writes', async () => {
    const excel = new FakeExcel();
    const memory = createMemoryHost();
    await built(createExcelHost(excel.runtime()));
    await built(memory);
    for (const ws of memory.workbook().worksheets) {
      const fake = excel.sheet(ws.name).pageLayout;
      const p = ws.pageSetup;
      const inches = (points: number) => Math.round((points / 72) * 100) / 100;
      expect({ sheet: ws.name, layout: fake.orientation, paper: fake.paperSize }).toEqual({
        sheet: ws.name,
        layout: 'Landscape',
        paper: 'A4',
      });
      expect(fake.zoom).toEqual({ horizontalFitToPages: p.fitToWidth, verticalFitToPages: p.fitToHeight });
      expect(
        [
          fake.leftMargin,
          fake.rightMargin,
          fake.topMargin,
          fake.bottomMargin,
          fake.headerMargin,
          fake.footerMargin,
        ].map(inches),
      ).toEqual([
        p.margins!.left,
        p.margins!.right,
        p.margins!.top,
        p.margins!.bottom,
        p.margins!.header,
        p.margins!.footer,
      ]);
      expect(fake.printArea).toBe(p.printArea!.replace(/\$/g, ''));
      expect(fake.titleRows).toBe(p.printTitlesRow);
      expect(fake.printGridlines).toBe(p.showGridLines);
      expect(
        headerFooterText({
          left: fake.headerFooter.leftHeader,
          center: fake.headerFooter.centerHeader,
          right: fake.headerFooter.rightHeader,
        }),
      ).toBe(ws.headerFooter.oddHeader);
      expect(
        headerFooterText({
          left: fake.headerFooter.leftFooter,
          center: fake.headerFooter.centerFooter,
          right: fake.headerFooter.rightFooter,
        }),
      ).toBe(ws.headerFooter.oddFooter);
    }
    expect(
      [...excel.names.values()]
        .map((n) => n.name)
        .filter((n) => n.startsWith('KPI_PRINT_'))
        .sort(),
    ).toEqual(marks(memory.workbook()));
  });

  test('reads back what it wrote as the ExcelJS host does: the same fingerprint', async () => {
    const excel = new FakeExcel();
    const memory = createMemoryHost();
    await built(createExcelHost(excel.runtime()));
    await built(memory);
    const fromOffice = await excel.runtime().run(async (context) => {
      const read = loadPageLayout(context.workbook.worksheets.getItem(TREE));
      await context.sync();
      return printedOf(read);
    });
    expect(printFingerprint(fromOffice)).toBe(
      printFingerprint(readPageSetup(memory.workbook().getWorksheet(TREE)!)),
    );
  });

  test('keeps a person’s page setup, renews the tool’s, in the rebuild’s own syncs', async () => {
    const excel = new FakeExcel();
    const host = createExcelHost(excel.runtime());
    await built(host);
    excel.sheet(REVIEW).pageLayout.orientation = 'Portrait';
    excel.sheet(REVIEW).pageLayout.topMargin = 72;
    const start = excel.log.length;
    const written = await refreshWorkbook(appOn(host, 'ja', LATER));
    await writeReview(appOn(host, 'ja', LATER), { week: '2026-W50' });
    const sets = excel.log.slice(start).filter((e) => e.kind === 'set' && e.target.includes('pageLayout'));
    expect(sets.some((e) => e.target.startsWith(`${REVIEW}!`))).toBe(false);
    expect(sets.some((e) => e.target.startsWith(`${TREE}!`))).toBe(true);
    expect(excel.sheet(REVIEW).pageLayout).toMatchObject({ orientation: 'Portrait', topMargin: 72 });
    expect(excel.sheet(REVIEW).pageLayout.headerFooter.leftFooter).toBe('作成日 2026-12-09');
    expect(excel.sheet(TREE).pageLayout.headerFooter.leftFooter).toBe('作成日 2026-12-16');
    // Read with the rest of the workbook: a rebuild still takes two reading syncs and one write.
    expect(written.report.syncs).toBe(3);
  });
});
