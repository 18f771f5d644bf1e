import type { WorkbookAnalysis } from '../core/analyze';
import type { CellWrite } from '../hosts/port';
import { currentCell, hypothesisCell } from './analysis';
import type { AppContext } from './context';
import { OperationError } from './errors';

/**
 * Writes new hypothesis values into their `H_` cells (the what-if's *Write to workbook*):
 * every target recalculates in the workbook itself. Returns the writes that undo it.
 */
export async function writeHypotheses(
  ctx: AppContext,
  analysis: WorkbookAnalysis,
  values: Readonly<Record<string, number>>,
): Promise<CellWrite[]> {
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
    previous.push(currentCell(analysis, at.sheet, at.address));
  }
  if (missing.length > 0)
    throw OperationError.of({ key: 'pane.error.noHypothesisCell', params: { ids: missing.join(', ') } });
  await ctx.host.writeCells(writes);
  return previous;
}

/** Puts cells back as they were (Undo of a what-if or a quick fix). */
export async function undoWrites(ctx: AppContext, writes: readonly CellWrite[]): Promise<void> {
  await ctx.host.writeCells(writes);
}
