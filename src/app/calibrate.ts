import type { WorkbookAnalysis } from '../core/analyze';
import type { Lang } from '../core/i18n';
import { t } from '../core/i18n';
import { a1 } from '../core/layout/a1';
import { HYPOTHESIS_HEADER_KEYS } from '../core/layout/hypothesesSheet';
import { calibrationReport, type Calibration, type CalibrationReport, type TrustRule } from '../core/review/calibrate';
import type { CellWrite } from '../hosts/port';
import { currentCell, hypothesisCell, notATree } from './analysis';
import type { AppContext } from './context';
import { OperationError } from './errors';
import { hypothesisValueProblems } from './hypotheses';

export type { Calibration, CalibrationReport } from '../core/review/calibrate';

/**
 * What the month's actuals say about the rate hypotheses (`kpi-tree calibrate`, the pane's
 * Recalibrate): each observed rate to date, its sample and 95 % interval, and whether it is
 * trusted (by the Settings sheet's rule unless `rule` is given). Nothing is written.
 * Refused for a workbook without a tree.
 */
export function calibrationOf(analysis: WorkbookAnalysis, rule?: TrustRule): CalibrationReport {
  if (analysis.model === null) throw notATree(analysis.problems, analysis.read.lang);
  return calibrationReport(analysis.model, analysis.data, rule);
}

export interface CalibrationApplied {
  readonly report: CalibrationReport;
  /** The hypotheses whose values were replaced by their proposals. */
  readonly applied: readonly Calibration[];
  /** The writes that put every touched cell back (Undo). */
  readonly undo: readonly CellWrite[];
  /** The workbook's language. */
  readonly lang: Lang;
}

export interface ApplyCalibrationOptions {
  /** Apply every proposal with a sample, trusted or not (`--all`); by default only trusted ones. */
  readonly all?: boolean;
  readonly rule?: TrustRule;
}

/** The proposals to write: trusted ones (or every one with `all`) that change the value and that the hypothesis can take. */
export function proposalsToApply(report: CalibrationReport, all = false): Calibration[] {
  return report.hypotheses.filter(
    (c) =>
      c.proposed !== null &&
      c.proposed > 0 &&
      c.proposed <= 1 &&
      (all || c.trusted) &&
      c.proposed !== c.current,
  );
}

/**
 * Writes the proposals into the hypotheses' `H_` cells, so every target recalculates from
 * them, and records on the Hypotheses sheet, beside each, the value it replaced and today's
 * date (the Previous value and Updated on columns; added beside the table when a workbook
 * made before them lacks them). One write; nothing is written when a cell cannot be found.
 */
export async function applyCalibration(
  ctx: AppContext,
  analysis: WorkbookAnalysis,
  options: ApplyCalibrationOptions = {},
): Promise<CalibrationApplied> {
  const report = calibrationOf(analysis, options.rule);
  const lang = analysis.read.lang;
  const chosen = proposalsToApply(report, options.all);
  if (chosen.length === 0) return { report, applied: [], undo: [], lang };
  const refused = hypothesisValueProblems(analysis, Object.fromEntries(chosen.map((c) => [c.id, c.proposed as number])));
  if (refused.length > 0) throw new OperationError(refused, lang);

  const info = analysis.read.hypotheses ?? null;
  const cols = info?.columns ?? {};
  const right = Math.max(0, ...Object.values(cols).filter((c): c is number => typeof c === 'number'));
  const previousCol = cols.previous ?? right + 1;
  const updatedCol = cols.updated ?? (cols.previous === undefined ? right + 2 : right + 1);
  const writes: CellWrite[] = [];
  const missing: string[] = [];
  if (info !== null) {
    if (cols.previous === undefined)
      writes.push({ sheet: info.sheet, address: a1(info.headerRow, previousCol), value: t(lang, HYPOTHESIS_HEADER_KEYS.previous) });
    if (cols.updated === undefined)
      writes.push({ sheet: info.sheet, address: a1(info.headerRow, updatedCol), value: t(lang, HYPOTHESIS_HEADER_KEYS.updated) });
  }
  for (const c of chosen) {
    const at = hypothesisCell(analysis, c.id);
    const row = info?.hypothesisRows.find((r) => r.id === c.id)?.row;
    if (at === null || info === null || row === undefined) {
      missing.push(c.name);
      continue;
    }
    writes.push({ ...at, value: c.proposed });
    writes.push({ sheet: info.sheet, address: a1(row, previousCol), value: c.current });
    writes.push({ sheet: info.sheet, address: a1(row, updatedCol), value: ctx.today() });
  }
  if (missing.length > 0)
    throw OperationError.of(
      { key: 'pane.error.noHypothesisCell', params: { names: missing.join(ctx.lang === 'ja' ? '、' : ', ') } },
      {},
      lang,
    );
  const undo = writes.map((w) => currentCell(analysis, w.sheet, w.address));
  await ctx.host.writeCells(writes);
  return { report, applied: chosen, undo, lang };
}
