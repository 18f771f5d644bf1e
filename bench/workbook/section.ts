/**
 * Part 3: the workbook after a year of reviews (`yearOfReviews.ts`): how long writing the
 * .xlsx takes and how big it is, how long LibreOffice takes to recalculate it compared
 * with the same workbook holding values only (the cost of live formulas), and how many
 * volatile functions its formulas call.
 */
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readWorkbookBytes, writeWorkbookBytes } from '../../src/hosts/xlsx/package/workbookBytes';
import type { Section } from '../section';
import { grouped, kib } from '../table';
import { median, tenth, timedAsync } from '../timing';
import { formulaCensus } from './formulas';
import { timeRecalculations } from './recalc';
import { writeVariants } from './variants';
import { buildYearWorkbook } from './yearOfReviews';

export const TARGET_RATIO = 3;

/** Two decimals: ratios near the target differ in the second. */
const hundredth = (x: number): number => Math.round(x * 100) / 100;

export const workbookSection: Section<'workbook'> = {
  key: 'workbook',
  async measure(options) {
    const { nodes, reviewTabs, recalcRuns, writeRuns } = options.workbook;
    const log = options.log;
    await mkdir(options.scratchDir, { recursive: true });
    const dir = await mkdtemp(path.join(options.scratchDir, 'workbook-'));
    try {
      log(`workbook: ${nodes} nodes, ${reviewTabs} review tabs (built through the core, not timed)`);
      const year = buildYearWorkbook(nodes, reviewTabs, 'ja', log);
      const file = path.join(dir, `kpi-tree-${nodes}-nodes-${reviewTabs}-weeks.xlsx`);
      const writes: number[] = [];
      for (let i = 0; i < writeRuns; i++)
        writes.push(
          (await timedAsync(async () => writeFile(file, await writeWorkbookBytes(year.workbook, null)))).ms,
        );
      const bytes = (await stat(file)).size;

      log('workbook: counting formulas');
      const census = formulaCensus((await readWorkbookBytes(await readFile(file))).workbook);
      log('workbook: values-only copies from a LibreOffice recalculation');
      const variants = await writeVariants(file, census, dir);
      log(`workbook: timing ${recalcRuns} LibreOffice recalculations of each file`);
      const parts = [...variants.parts];
      const files: Record<string, string> = {
        startup: variants.startup,
        formulas: file,
        values: variants.values,
      };
      parts.forEach(([place, live]) => (files[`part:${place}`] = live));
      const times = await timeRecalculations(files, recalcRuns, dir);
      const [startup, formulas, values] = [
        median(times.startup),
        median(times.formulas),
        median(times.values),
      ];
      const partRows = parts.map(([place]) => {
        const ms = median(times[`part:${place}`]);
        return [
          place,
          grouped(census.byPlace.get(place) ?? 0),
          grouped(ms),
          `${Math.round((100 * (ms - values)) / (formulas - values))} %`,
        ];
      });
      const ratio = formulas / values;
      const netRatio = (formulas - startup) / (values - startup);
      const figures = {
        nodes,
        reviewTabs,
        writeMs: tenth(median(writes)),
        bytes,
        recalcMs: tenth(formulas),
        recalcRatio: hundredth(ratio),
        volatileFormulas: census.volatile,
      };
      const net = hundredth(netRatio);
      const verdict = [
        figures.recalcRatio < TARGET_RATIO
          ? `ratio met${net >= TARGET_RATIO ? ` (net of start-up MISSED by ${hundredth(net - TARGET_RATIO)})` : ''}`
          : `ratio MISSED by ${hundredth(figures.recalcRatio - TARGET_RATIO)}`,
        census.volatile === 0 ? 'no volatile' : `MISSED: ${census.volatile} volatile`,
      ].join(', ');
      return {
        figures,
        tables: [
          {
            title: `Workbook (${grouped(nodes)} nodes, ${reviewTabs} weekly review tabs, ${year.workbook.worksheets.length} sheets; LibreOffice headless, median of ${recalcRuns})`,
            header: [
              'write ms',
              'file',
              'formulas',
              'recalc ms',
              'values-only ms',
              'start-up ms',
              'ratio',
              'ratio net of start-up',
              'volatile',
              `target ratio < ${TARGET_RATIO}, 0 volatile`,
            ],
            rows: [
              [
                grouped(figures.writeMs),
                kib(bytes),
                grouped(census.formulas),
                grouped(formulas),
                grouped(values),
                grouped(startup),
                `${figures.recalcRatio}×`,
                `${net}×`,
                String(census.volatile),
                verdict,
              ],
            ],
            notes: [
              `  ${grouped(year.actualsTyped)} actuals typed; ${grouped(variants.replaced)} formula cells replaced by their values in the values-only copy; start-up = an empty workbook`,
              `  formulas by place: ${[...census.byPlace]
                .sort((a, b) => b[1] - a[1])
                .map(([place, n]) => `${place} ${grouped(n)}`)
                .join(', ')}`,
              ...census.examples.map((e) => `  volatile: ${e}`),
            ],
          },
          {
            title:
              "Recalculation by part (only that part's formulas live, the rest values; share of the cost of live formulas)",
            header: ['part', 'formulas', 'recalc ms', 'share'],
            rows: partRows,
          },
        ],
      };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};
