/**
 * Part 3: the workbook after a year of reviews (`yearOfReviews.ts`), all but its last four
 * weeks closed (`closedWeeks.ts`): how long writing the
 * .xlsx takes and how big it is, what it holds (formula cells, names, validations,
 * conditional formats, apart), how long LibreOffice takes to recalculate it compared with
 * the same workbook holding values only (the cost of live formulas), and how many formula
 * cells call a volatile function.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Section } from '../section';
import { grouped, kib, type Table } from '../table';
import { tenth } from '../timing';
import { closeReviewedWeeks, OPEN_WEEKS } from './closedWeeks';
import { measureFile, type FileFigures } from './measureFile';
import { buildYearWorkbook } from './yearOfReviews';

export const TARGET_RATIO = 3;
/** With all but the last four weeks closed (issue 17). */
export const TARGET_RATIO_CLOSED = 2;

/** Two decimals: ratios near the target differ in the second. */
export const hundredth = (x: number): number => Math.round(x * 100) / 100;

/** The counts of a file, as results.json reports them. */
export function countsOf(f: FileFigures) {
  return {
    formulaCells: f.census.formulaCells,
    definedNames: f.census.definedNames,
    validations: f.census.validations,
    conditionalFormats: f.census.conditionalFormats,
    volatileFormulas: f.census.volatile,
  };
}

/**
 * Below this share of the values-only time, the live formulas cost less than one
 * LibreOffice run varies from the next: the parts are shown, but not shared out.
 */
export const PARTS_APART = 0.1;

/**
 * Each part's recalculation with only its formulas live, and what it costs over the
 * values-only copy; its share of the live formulas' cost only where the figures stand out
 * of the noise: the live cost is at least `PARTS_APART` of the values-only time, no part
 * took less than the values-only copy (a share of noise reads as -118 %), and no part alone
 * cost more than all the live formulas together (a share over 100 %).
 */
export function partTable(f: Pick<FileFigures, 'parts' | 'valuesMs' | 'recalcMs' | 'census'>): Table {
  const live = f.recalcMs - f.valuesMs;
  const partsMs = [...f.parts.values()];
  const faster = partsMs.some((ms) => ms < f.valuesMs);
  const overAll = partsMs.some((ms) => ms > f.recalcMs);
  const apart = live >= PARTS_APART * f.valuesMs && !faster && !overAll;
  const over = (ms: number): string => `${ms - f.valuesMs < 0 ? '-' : '+'}${grouped(Math.abs(ms - f.valuesMs))}`;
  return {
    title: `Recalculation by part (only that part's formulas live, the rest values): all live formulas cost ${over(f.recalcMs)} ms over values only`,
    header: ['part', 'formula cells', 'recalc ms', 'over values only ms', 'share of the live cost'],
    rows: [...f.parts].map(([place, ms]) => [
      place,
      grouped(f.census.byPlace.get(place) ?? 0),
      grouped(ms),
      over(ms),
      apart ? `${Math.round((100 * (ms - f.valuesMs)) / live)} %` : '-',
    ]),
    notes: apart
      ? []
      : [
          faster
            ? '  no shares: a part recalculated faster than the values-only copy, so one run varies by more than the parts cost'
            : overAll
              ? '  no shares: a part alone took longer than all the live formulas together, so one run varies by more than the parts cost'
              : `  no shares: the live formulas cost under ${100 * PARTS_APART} % of the values-only time, within what one run varies from the next`,
        ],
  };
}

/** The table of what a file holds and costs. */
export function fileTable(title: string, f: FileFigures, target: string, verdict: string): Table {
  const ratio = hundredth(f.recalcMs / f.valuesMs);
  const net = hundredth((f.recalcMs - f.startupMs) / (f.valuesMs - f.startupMs));
  const c = f.census;
  return {
    title,
    header: [
      'write ms',
      'file',
      'recalc ms',
      'values-only ms',
      'start-up ms',
      'ratio',
      'ratio net of start-up',
      target,
    ],
    rows: [
      [
        grouped(f.writeMs),
        kib(f.bytes),
        grouped(f.recalcMs),
        grouped(f.valuesMs),
        grouped(f.startupMs),
        `${ratio}×`,
        `${net}×`,
        verdict,
      ],
    ],
    notes: [
      `  formula cells ${grouped(c.formulaCells)} (volatile ${c.volatile}), defined names ${grouped(c.definedNames)}, data validations ${grouped(c.validations)} (over ${grouped(c.validatedCells)} cells), conditional formats ${grouped(c.conditionalFormats)}`,
      `  formula cells by place: ${[...c.byPlace]
        .sort((a, b) => b[1] - a[1])
        .map(([place, n]) => `${place} ${grouped(n)}`)
        .join(', ')}`,
      `  ${grouped(f.replaced)} formula cells replaced by their values in the values-only copy; start-up = an empty workbook`,
      ...(c.volatileElsewhere > 0
        ? [`  volatile formulas outside cells (names, validations, formats): ${c.volatileElsewhere}`]
        : []),
      ...c.examples.map((e) => `  volatile: ${e}`),
    ],
  };
}

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
      const closedWeeks = await closeReviewedWeeks(year.workbook, year.weeks.slice(0, -OPEN_WEEKS));
      const f = await measureFile(year.workbook, {
        name: `kpi-tree-${nodes}-nodes-${reviewTabs}-weeks`,
        dir,
        writeRuns,
        recalcRuns,
        byPart: true,
        log: (line) => log(`workbook: ${line}`),
      });
      const figures = {
        nodes,
        reviewTabs,
        closedWeeks,
        writeMs: tenth(f.writeMs),
        bytes: f.bytes,
        recalcMs: tenth(f.recalcMs),
        recalcRatio: hundredth(f.recalcMs / f.valuesMs),
        ...countsOf(f),
      };
      const net = hundredth((f.recalcMs - f.startupMs) / (f.valuesMs - f.startupMs));
      // With weeks closed the target is the closed year's (< 2); a year too short to close any is held to < 3.
      const target = closedWeeks > 0 ? TARGET_RATIO_CLOSED : TARGET_RATIO;
      const verdict = [
        figures.recalcRatio < target
          ? `ratio < ${target} met${net >= target ? ` (net of start-up MISSED by ${hundredth(net - target)})` : ''}`
          : `ratio < ${target} MISSED by ${hundredth(figures.recalcRatio - target)}`,
        f.census.volatile === 0 ? 'no volatile' : `MISSED: ${f.census.volatile} volatile`,
        `${closedWeeks} of ${reviewTabs} weeks closed (all but the last ${OPEN_WEEKS})`,
      ].join(', ');
      return {
        figures,
        tables: [
          fileTable(
            `Workbook (${grouped(nodes)} nodes, ${reviewTabs} weekly review tabs, ${year.workbook.worksheets.length} sheets; LibreOffice headless, median of ${recalcRuns}); ${grouped(year.actualsTyped)} actuals typed`,
            f,
            `target ratio < ${TARGET_RATIO_CLOSED} with all but ${OPEN_WEEKS} weeks closed, 0 volatile`,
            verdict,
          ),
          partTable(f),
        ],
      };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};
