import type { WorkbookAnalysis } from '../core/analyze';
import { changeCellValue, parseSheetAddress, safeFixes, type Finding, type Fix } from '../core/rules';
import type { CellWrite } from '../hosts/port';
import { currentCell, readAnalysis } from './analysis';
import { refreshWorkbook, type Written } from './build';
import type { AppContext, WriteOptions } from './context';
import { OperationError } from './errors';

/** A cell write that changes `finding`'s cell as its fix says, and the write that undoes it. */
export function fixWrite(
  finding: Finding,
  analysis: WorkbookAnalysis,
): { write: CellWrite; previous: CellWrite } | null {
  const fix = finding.fix;
  const at = fix?.cell === undefined ? null : parseSheetAddress(fix.cell);
  if (!fix || at === null) return null;
  return {
    write: { ...at, value: changeCellValue(fix.change, analysis.read.lang) },
    previous: currentCell(analysis, at.sheet, at.address),
  };
}

export type SafeFix = Fix & { readonly finding: Finding };

export interface FixesApplied {
  /** Fixes written, each with the cell it was written to. */
  readonly applied: readonly { readonly fix: SafeFix; readonly cell: string }[];
  /** Safe fixes whose cell could not be found in the workbook: suggested, not written. */
  readonly unlocated: readonly SafeFix[];
  /** Writes that put every fixed cell back as it was (Undo). */
  readonly undo: readonly CellWrite[];
  /** The rebuild that followed, so the Checks sheet and the row marks no longer list what was fixed; null when nothing was written. */
  readonly refreshed: Written | null;
}

/**
 * Writes the safe fixes of the workbook's findings into their cells (`lint --fix`, the
 * pane's *Quick fix* on several at once), then refreshes the generated parts from the
 * fixed tree, keeping everything people typed. `only` limits it to some findings.
 */
export async function applySafeFixes(
  ctx: AppContext,
  options: WriteOptions & { readonly only?: readonly Finding[] } = {},
): Promise<FixesApplied> {
  const analysis = await readAnalysis(ctx);
  const fixes = safeFixes(options.only ?? analysis.findings);
  const applied: { fix: SafeFix; cell: string }[] = [];
  const unlocated: SafeFix[] = [];
  const writes: CellWrite[] = [];
  const undo: CellWrite[] = [];
  for (const fix of fixes) {
    const planned = fixWrite(fix.finding, analysis);
    if (planned === null || fix.cell === undefined) {
      unlocated.push(fix);
      continue;
    }
    writes.push(planned.write);
    undo.push(planned.previous);
    applied.push({ fix, cell: fix.cell });
  }
  if (writes.length === 0) return { applied, unlocated, undo, refreshed: null };
  await ctx.host.writeCells(writes);
  const refreshed = analysis.model === null ? null : await refreshAfterFix(ctx, options);
  return { applied, unlocated, undo, refreshed };
}

async function refreshAfterFix(ctx: AppContext, options: WriteOptions): Promise<Written | null> {
  try {
    return await refreshWorkbook(ctx, options);
  } catch (error) {
    // The fixes are written; a tree that still has errors keeps its old Checks sheet, and the caller says so.
    if (error instanceof OperationError) return null;
    throw error;
  }
}

/** One finding's quick fix, written into its cell; returns the write that undoes it (null when it has no cell to write). */
export async function applyQuickFix(
  ctx: AppContext,
  analysis: WorkbookAnalysis,
  finding: Finding,
): Promise<CellWrite | null> {
  const planned = fixWrite(finding, analysis);
  if (planned === null) return null;
  await ctx.host.writeCells([planned.write]);
  return planned.previous;
}
