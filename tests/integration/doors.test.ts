/**
 * One operation, three doors: the command line, the application layer on the in-memory
 * host (standalone mode, the ribbon's tests) and the Office.js host on the recording
 * fake run the same build, review, refresh, close and reopen, and leave the same workbook — every cell's
 * formula text, value and number format, every defined name, the sheet order — in
 * Japanese and in English.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { buildTree, refreshWorkbook } from '../../src/app/build';
import { closeReviews, reopenReview, writeReview } from '../../src/app/review';
import { main } from '../../src/cli/main';
import type { IsoDate } from '../../src/core/brand';
import type { Lang } from '../../src/core/i18n';
import { loadPlanText } from '../../src/core/model/parsePlan';
import { createExcelHost } from '../../src/hosts/excel/host';
import { createMemoryHost } from '../../src/hosts/xlsx/memoryHost';
import { appOn } from '../support/app';
import { captureIo, tempDir } from '../support/edits';
import { FakeExcel } from '../support/fakeExcel';
import {
  excelJsCell,
  excelJsNames,
  fakeNames,
  workbookMismatches,
  type CellView,
} from '../unit/excel/compare';

const TODAY = '2026-12-09' as IsoDate;
const WEEK = '2026-W50';
const PLANS: Record<Lang, string> = {
  ja: path.resolve(__dirname, '../../examples/sales-funnel.yaml'),
  en: path.resolve(__dirname, '../../examples/sales-funnel.en.yaml'),
};

/** Every non-empty cell of every sheet as `Sheet!A1 → view` (a date read back from a file as its ISO day), and the sheet order. */
function cellsOf(workbook: ExcelJS.Workbook): { sheets: string[]; cells: Map<string, CellView> } {
  const cells = new Map<string, CellView>();
  for (const ws of workbook.worksheets)
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const view: CellView =
          cell.value instanceof Date
            ? { formula: null, value: cell.value.toISOString().slice(0, 10), numFmt: cell.numFmt ?? null }
            : excelJsCell(ws, cell.address);
        cells.set(`${ws.name}!${cell.address}`, view);
      }),
    );
  return { sheets: workbook.worksheets.map((ws) => ws.name), cells };
}

/** What a workbook holds once saved and opened again, as the CLI's file is. */
async function saved(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(await workbook.xlsx.writeBuffer());
  return again;
}

describe.each(['ja', 'en'] as const)(
  '%s: build, review, sync, close and reopen through the CLI, the app on a memory host and the Office.js host',
  (lang) => {
    let cliBook: ExcelJS.Workbook;
    let memoryBook: ExcelJS.Workbook;
    const excel = new FakeExcel();

    beforeAll(async () => {
      // Door 1: the command line, on a file.
      const dir = await tempDir('kpi-tree-doors-');
      try {
        const io = captureIo(dir);
        const today = () => TODAY;
        expect(await main(['build', PLANS[lang], '--out', 'team.xlsx'], io, today)).toBe(0);
        expect(await main(['review', 'team.xlsx', '--week', WEEK], io, today)).toBe(0);
        expect(await main(['sync', 'team.xlsx'], io, today)).toBe(0);
        expect(await main(['review', 'team.xlsx', '--week', '2026-W49'], io, today)).toBe(0);
        expect(await main(['review', 'team.xlsx', '--week', '2026-W49', '--close'], io, today)).toBe(0);
        expect(await main(['review', 'team.xlsx', '--week', WEEK, '--close'], io, today)).toBe(0);
        expect(await main(['review', 'team.xlsx', '--week', WEEK, '--reopen'], io, today)).toBe(0);
        cliBook = new ExcelJS.Workbook();
        await cliBook.xlsx.readFile(path.join(dir, 'team.xlsx'));
      } finally {
        await fs.rm(dir, { recursive: true, force: true });
      }

      // The plan as the pane's Start view or the ribbon hands it over: a model, its problems, where fields stand.
      const loaded = loadPlanText(await fs.readFile(PLANS[lang], 'utf8'), 'yaml');
      if (loaded.model === null) throw new Error('the example does not load');
      const plan = { model: loaded.model, problems: loaded.problems, locate: loaded.locateNode };

      // Door 2: the application layer on the in-memory host (standalone mode).
      const memory = createMemoryHost();
      await buildTree(appOn(memory, 'en', TODAY), plan);
      await writeReview(appOn(memory, 'en', TODAY), { week: WEEK });
      await refreshWorkbook(appOn(memory, 'en', TODAY));
      await writeReview(appOn(memory, 'en', TODAY), { week: '2026-W49' });
      await closeReviews(appOn(memory, 'en', TODAY), { weeks: ['2026-W49'] });
      await closeReviews(appOn(memory, 'en', TODAY), { weeks: [WEEK] });
      await reopenReview(appOn(memory, 'en', TODAY), { week: WEEK });
      memoryBook = memory.workbook();

      // Door 3: the application layer on the Office.js host, against the recording fake.
      const office = createExcelHost(excel.runtime());
      await buildTree(appOn(office, 'en', TODAY), plan);
      await writeReview(appOn(office, 'en', TODAY), { week: WEEK });
      await refreshWorkbook(appOn(office, 'en', TODAY));
      await writeReview(appOn(office, 'en', TODAY), { week: '2026-W49' });
      await closeReviews(appOn(office, 'en', TODAY), { weeks: ['2026-W49'] });
      await closeReviews(appOn(office, 'en', TODAY), { weeks: [WEEK] });
      await reopenReview(appOn(office, 'en', TODAY), { week: WEEK });
    });

    test('the CLI’s file and the memory host’s workbook hold the same cells, sheets and names', async () => {
      const fromCli = cellsOf(cliBook);
      const fromMemory = cellsOf(await saved(memoryBook));
      expect(fromMemory.sheets).toEqual(fromCli.sheets);
      expect(fromCli.sheets).toContain(lang === 'ja' ? '週次レビュー 2026-W50' : 'Review 2026-W50');
      expect(fromCli.cells.size).toBeGreaterThan(400);
      const differing = [...new Set([...fromCli.cells.keys(), ...fromMemory.cells.keys()])].filter(
        (at) => JSON.stringify(fromCli.cells.get(at)) !== JSON.stringify(fromMemory.cells.get(at)),
      );
      expect(differing).toEqual([]);
      expect(excelJsNames(memoryBook)).toEqual(excelJsNames(cliBook));
    });

    test('the Office.js host leaves the same cells, sheets and names as the memory host', () => {
      expect(workbookMismatches(memoryBook, excel)).toEqual([]);
      expect(fakeNames(excel)).toEqual(excelJsNames(memoryBook));
    });
  },
);
