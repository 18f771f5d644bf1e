/**
 * A workbook after a year of weekly reviews, built as the CLI builds it (ExcelJS host):
 * the tree of the plan month (2026-12) with its Checks sheet, then one review tab per
 * week, oldest first, each written by the core's review generator over the workbook as it
 * stands (so actions carry over and the history sheet grows), with every actual typed in
 * as people would before the next review.
 *
 * The review generator accepts weeks of the plan month ±1 only, so each week is reviewed
 * against the same tree planned for that week's month (the plan a team rebuilds every
 * month). A tab depends only on that plan and the tabs before it, so rebuilding the tree
 * sheet every month would give the same tabs; the tree the workbook ends with is December's.
 */
import ExcelJS from 'exceljs';
import type { Lang } from '../../src/core/i18n';
import type { SheetSpec, WorkbookSpec } from '../../src/core/layout/spec';
import { loadPlanText } from '../../src/core/model/parsePlan';
import type { Model } from '../../src/core/model/types';
import { applySpec } from '../../src/hosts/xlsx/applySpec';
import { readWorkbookData } from '../../src/hosts/xlsx/readData';
import { BenchInputError, buildSpec, reviewSpec } from '../pipeline';
import { PLAN_MONTH, planText } from '../plans';
import { reviewWeeks, type ReviewWeek } from './reviewWeeks';
import { REVIEW } from '../../src/core/layout/reviewColumns';

export interface YearOptions {
  /** The plan of a month, as YAML; by default the realistic plan of `nodes` nodes. */
  readonly plan?: (month: string) => string;
  /** Runs once a week's review tab is written and its actuals typed (a 1on1 in that week). */
  readonly afterReview?: (week: ReviewWeek, model: Model, workbook: ExcelJS.Workbook) => void;
}

export interface YearWorkbook {
  readonly workbook: ExcelJS.Workbook;
  readonly weeks: readonly string[];
  readonly actualsTyped: number;
}

function planModel(text: string, month: string): Model {
  const loaded = loadPlanText(text, 'yaml');
  if (loaded.model === null) throw new BenchInputError(`plan for ${month} did not load`);
  return loaded.model;
}

/**
 * Actuals around the weekly target (60 %–130 % in a fixed pattern, so statuses and hints
 * vary), or a small count where the tab has no target for the week.
 */
function typeActuals(workbook: ExcelJS.Workbook, tab: SheetSpec, seed: number): number {
  const sheet = workbook.getWorksheet(tab.name);
  if (sheet === undefined) throw new BenchInputError(`review tab ${tab.name} was not written`);
  let typed = 0;
  for (let r = REVIEW.firstRow; r <= tab.rows.length; r++) {
    const cells = tab.rows[r - 1];
    if (typeof cells?.[REVIEW.col.id - 1]?.v !== 'string') continue;
    const target = cells[REVIEW.col.target - 1]?.result;
    const share = 0.6 + (((r + seed) * 7) % 8) / 10;
    sheet.getCell(r, REVIEW.col.actual).value =
      typeof target === 'number' && target > 0 ? Math.round(target * share) : ((r + seed) % 17) + 1;
    typed++;
  }
  return typed;
}

const reviewTab = (spec: WorkbookSpec): SheetSpec => {
  const tab = spec.sheets.find((s) => s.key.startsWith('review:'));
  if (tab === undefined) throw new BenchInputError('the review spec has no review tab');
  return tab;
};

export function buildYearWorkbook(
  nodes: number,
  tabs: number,
  lang: Lang,
  log: (line: string) => void,
  options: YearOptions = {},
): YearWorkbook {
  const plan = options.plan ?? ((month: string) => planText(nodes, month));
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'KPI Tree';
  applySpec(workbook, buildSpec(plan(PLAN_MONTH), lang));
  const models = new Map<string, Model>();
  const weeks = reviewWeeks(tabs);
  let actualsTyped = 0;
  weeks.forEach((week, i) => {
    const model = models.get(week.month) ?? planModel(plan(week.month), week.month);
    models.set(week.month, model);
    const spec = reviewSpec(readWorkbookData(workbook), lang, {
      week: week.label,
      generatedOn: week.generatedOn,
      model,
    });
    applySpec(workbook, spec);
    actualsTyped += typeActuals(workbook, reviewTab(spec), i);
    options.afterReview?.(week, model, workbook);
    if ((i + 1) % 10 === 0) log(`workbook: ${i + 1} of ${tabs} review tabs`);
  });
  return { workbook, weeks: weeks.map((w) => w.label), actualsTyped };
}
