import type { WorkbookAnalysis } from '../core/analyze';
import type { Problem } from '../core/model/problem';
import { hypothesisValueProblem } from '../core/templates/fill';
import type { CellWrite } from '../hosts/port';
import { currentCell, hypothesisCell } from './analysis';
import type { AppContext } from './context';
import { OperationError } from './errors';

/**
 * What is wrong with new hypothesis values, each problem on its hypothesis (`node`) and
 * named by it: what the Start form refuses (not a number, a rate outside
 * 0–100 %) is refused here too, wherever the values were typed.
 */
export function hypothesisValueProblems(
  analysis: WorkbookAnalysis,
  values: Readonly<Record<string, number>>,
): Problem[] {
  const problems: Problem[] = [];
  for (const [id, value] of Object.entries(values)) {
    const h = analysis.model?.hypotheses.find((x) => x.id === id);
    const message = h ? hypothesisValueProblem(h, value) : null;
    if (message !== null) problems.push({ code: 'refused', severity: 'error', message, node: id });
  }
  return problems;
}

/**
 * Writes new hypothesis values into their `H_` cells (the what-if's *Write to workbook*):
 * every target recalculates in the workbook itself. Refused, with nothing written, when a
 * value is not one the hypothesis can take. Returns the writes that undo it.
 */
export async function writeHypotheses(
  ctx: AppContext,
  analysis: WorkbookAnalysis,
  values: Readonly<Record<string, number>>,
): Promise<CellWrite[]> {
  const refused = hypothesisValueProblems(analysis, values);
  if (refused.length > 0) throw new OperationError(refused);
  const writes: CellWrite[] = [];
  const previous: CellWrite[] = [];
  const missing: string[] = [];
  for (const [id, value] of Object.entries(values)) {
    const at = hypothesisCell(analysis, id);
    if (at === null) {
      missing.push(analysis.model?.hypotheses.find((h) => h.id === id)?.name ?? id);
      continue;
    }
    writes.push({ ...at, value });
    previous.push(currentCell(analysis, at.sheet, at.address));
  }
  if (missing.length > 0)
    throw OperationError.of({ key: 'pane.error.noHypothesisCell', params: { names: missing.join(ctx.lang === 'ja' ? '、' : ', ') } });
  await ctx.host.writeCells(writes);
  return previous;
}

/** Puts cells back as they were (Undo of a what-if or a quick fix). */
export async function undoWrites(ctx: AppContext, writes: readonly CellWrite[]): Promise<void> {
  await ctx.host.writeCells(writes);
}
