import { analyzeWorkbook, type WorkbookAnalysis } from '../core/analyze';
import type { Lang } from '../core/i18n';
import { parseA1 } from '../core/layout/a1';
import type { Problem } from '../core/model/problem';
import { cellAt } from '../core/reader/workbookData';
import type { CellWrite } from '../hosts/port';
import type { PlanInput } from './context';
import type { AppContext } from './context';
import { OperationError } from './errors';

/** The workbook read back as it stands: its tree, targets and findings (what the pane shows, what `lint FILE.xlsx` checks). */
export async function readAnalysis(ctx: AppContext): Promise<WorkbookAnalysis> {
  return analyzeWorkbook(await ctx.host.read(), ctx.lang);
}

/**
 * The workbook's tree read back as a plan would give it — its model, what reading found,
 * where each field stands — for what works on plans and workbooks alike (`backcast`,
 * `lint`). Refused when the workbook holds no tree.
 */
export async function readTree(ctx: AppContext): Promise<PlanInput> {
  const analysis = await readAnalysis(ctx);
  if (analysis.model === null) throw notATree(analysis.problems, analysis.read.lang);
  return { model: analysis.model, problems: analysis.read.problems, locate: analysis.read.locate };
}

/**
 * The workbook holds no KPI tree: a damaged one is reported as the reader found it,
 * each problem at its cell; none at all as `reader.noTreeSheet`, which each door turns
 * into its own advice (the pane's Start view, the CLI's `build`).
 */
export function notATree(problems: readonly Problem[], lang?: Lang): OperationError {
  const damage = problems.filter((p) => p.message.key !== 'reader.noTreeSheet');
  return new OperationError(damage.length > 0 ? damage : problems, lang);
}

/** Where a hypothesis's value cell is: its defined name `H_<id>`. */
export function hypothesisCell(
  analysis: WorkbookAnalysis,
  id: string,
): { sheet: string; address: string } | null {
  const name = analysis.data.names.find((n) => n.name.toLowerCase() === `h_${id}`.toLowerCase());
  if (!name || name.sheet === null) return null;
  const address = name.range.replace(/\$/g, '');
  return /^[A-Z]{1,3}\d+$/i.test(address) ? { sheet: name.sheet, address } : null;
}

/** What a cell holds now, as a write that puts it back (undo): its formula, else its value. */
export function currentCell(analysis: WorkbookAnalysis, sheet: string, address: string): CellWrite {
  const s = analysis.data.sheets.find((x) => x.name === sheet);
  const at = parseA1(address);
  const cell = s && at ? cellAt(s, at.row, at.column) : undefined;
  if (cell?.formula !== undefined) return { sheet, address, value: null, formula: cell.formula };
  return { sheet, address, value: cell === undefined || cell.error !== undefined ? null : cell.value };
}
