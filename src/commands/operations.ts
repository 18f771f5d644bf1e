import { analyzeWorkbook, type WorkbookAnalysis } from '../core/analyze';
import type { IsoDate } from '../core/brand';
import type { Lang } from '../core/i18n';
import type { Problem } from '../core/model/problem';
import type { Model } from '../core/model/types';
import { parseA1 } from '../core/layout/a1';
import { readWorkbook } from '../core/reader/readWorkbook';
import { cellAt } from '../core/reader/workbookData';
import { damagedTree, reviewSpec, reviewBlockers, type ReviewSheets } from '../core/review/reviewSpec';
import { changeCellValue, parseSheetAddress, type Finding } from '../core/rules';
import { mergeTypedInputs } from '../core/sync/mergeInputs';
import { rebuildSpec, type WorkbookRebuild } from '../core/sync/rebuildSpec';
import type { ApplyReport, CellWrite, ProgressListener, WorkbookHost } from '../hosts/port';
import { CommandError } from './errors';

/**
 * The commands of the add-in, on any host: what the task pane's buttons, the command
 * list and the ribbon call. Each reads the workbook as it stands (the workbook is the
 * source of truth) and writes through the host port only.
 */

/** The workbook read back: its tree, targets and findings. */
export async function loadAnalysis(host: WorkbookHost, lang: Lang): Promise<WorkbookAnalysis> {
  return analyzeWorkbook(await host.read(), lang);
}

export interface Written {
  readonly report: ApplyReport;
  readonly findings: WorkbookRebuild['findings'];
  /** Warnings of the plan (a holiday calendar that runs out, …). */
  readonly problems: readonly Problem[];
}

function errorsOf(problems: readonly Problem[]): CommandError {
  return new CommandError(problems.filter((p) => p.severity === 'error'));
}

/**
 * Builds the KPI tree from a model (a template filled in by the Start form): into an
 * empty workbook, or over the tree already there, keeping everything people typed.
 */
export async function buildTree(host: WorkbookHost, model: Model, lang: Lang, onProgress?: ProgressListener): Promise<Written> {
  const { result, report } = await host.update((data) => {
    const read = readWorkbook(data, lang);
    const existing = read.model !== null ? { read, data } : undefined;
    const merged = read.model !== null ? mergeTypedInputs(model, read.model) : model;
    const planned = rebuildSpec(merged, [], undefined, read.model !== null ? read.lang : lang, existing);
    return { spec: planned.spec, result: planned };
  }, onProgress);
  if (report === null) throw errorsOf(result.problems);
  return { report, findings: result.findings, problems: result.problems };
}

/**
 * Regenerates the generated parts from the workbook's own tree (what `kpi-tree sync`
 * does): a typed row gets its formulas, findings and marks are refreshed.
 */
export async function refreshWorkbook(host: WorkbookHost, lang: Lang, onProgress?: ProgressListener): Promise<Written> {
  const { result, report } = await host.update<WorkbookRebuild | CommandError>((data) => {
    const read = readWorkbook(data, lang);
    if (read.model === null) return { spec: null, result: notATree(read.problems) };
    const planned = rebuildSpec(read.model, read.problems, read.locate, read.lang, { read, data });
    return { spec: planned.spec, result: planned };
  }, onProgress);
  if (result instanceof CommandError) throw result;
  if (report === null) throw errorsOf(result.problems);
  return { report, findings: result.findings, problems: result.problems };
}

/** Writes (or refreshes) the week's review tab and the history sheet, then shows the tab. */
export async function newReview(
  host: WorkbookHost,
  week: string,
  lang: Lang,
  today: IsoDate,
  onProgress?: ProgressListener,
): Promise<{ sheet: string; existed: boolean; report: ApplyReport }> {
  const { result, report } = await host.update<ReviewSheets | CommandError>((data) => {
    const read = readWorkbook(data, lang);
    if (read.model === null) return { spec: null, result: notATree(read.problems) };
    // A damaged tree: every error with its cell, as the CLI lists them.
    const blockers = reviewBlockers(read.model, read.problems, read.locate);
    if (blockers.length > 0) return { spec: null, result: new CommandError([{ message: damagedTree(blockers) }, ...blockers]) };
    const plan = reviewSpec({ model: read.model, problems: read.problems, locate: read.locate, data, lang: read.lang, week, generatedOn: today });
    if ('key' in plan) return { spec: null, result: CommandError.of(plan) };
    return { spec: plan.spec, result: plan, select: { sheet: plan.sheetName, address: 'A1' } };
  }, onProgress);
  if (result instanceof CommandError) throw result;
  if (report === null) throw CommandError.of({ key: 'pane.error.noTree' });
  return { sheet: result.sheetName, existed: result.existed, report };
}

/**
 * The workbook holds no KPI tree: a damaged one is reported as the reader found it;
 * none at all points to the Start view (not to the CLI's build).
 */
function notATree(problems: readonly Problem[]): CommandError {
  const damage = problems.filter((p) => p.message.key !== 'reader.noTreeSheet');
  return damage.length > 0 ? new CommandError(damage) : CommandError.of({ key: 'pane.error.noTree' });
}

/** A cell write that changes `finding`'s cell as its fix says, and what it replaces (for undo). */
export function fixWrite(finding: Finding, analysis: WorkbookAnalysis): { write: CellWrite; previous: CellWrite } | null {
  const fix = finding.fix;
  const at = fix?.cell === undefined ? null : parseSheetAddress(fix.cell);
  if (!fix || at === null) return null;
  return { write: { ...at, value: changeCellValue(fix.change, analysis.read.lang) }, previous: current(analysis, at.sheet, at.address) };
}

/** Where a hypothesis's value cell is: its defined name `H_<id>`. */
export function hypothesisCell(analysis: WorkbookAnalysis, id: string): { sheet: string; address: string } | null {
  const name = analysis.data.names.find((n) => n.name.toLowerCase() === `h_${id}`.toLowerCase());
  if (!name || name.sheet === null) return null;
  const address = name.range.replace(/\$/g, '');
  return /^[A-Z]{1,3}\d+$/i.test(address) ? { sheet: name.sheet, address } : null;
}

/** Writes new hypothesis values into their `H_` cells; returns the writes that undo it. */
export async function writeHypotheses(host: WorkbookHost, analysis: WorkbookAnalysis, values: Readonly<Record<string, number>>): Promise<CellWrite[]> {
  const writes: CellWrite[] = [];
  const previous: CellWrite[] = [];
  const missing: string[] = [];
  for (const [id, value] of Object.entries(values)) {
    const at = hypothesisCell(analysis, id);
    if (at === null) {
      missing.push(id);
      continue;
    }
    writes.push({ ...at, value });
    previous.push(current(analysis, at.sheet, at.address));
  }
  if (missing.length > 0) throw CommandError.of({ key: 'pane.error.noHypothesisCell', params: { ids: missing.join(', ') } });
  await host.writeCells(writes);
  return previous;
}

/** What a cell holds now, as a write that puts it back: its formula, else its value. */
function current(analysis: WorkbookAnalysis, sheet: string, address: string): CellWrite {
  const s = analysis.data.sheets.find((x) => x.name === sheet);
  const at = parseA1(address);
  const cell = s && at ? cellAt(s, at.row, at.column) : undefined;
  if (cell?.formula !== undefined) return { sheet, address, value: null, formula: cell.formula };
  return { sheet, address, value: cell === undefined || cell.error !== undefined ? null : cell.value };
}
