import type { WorkbookAnalysis } from '../core/analyze';
import { parseA1 } from '../core/layout/a1';
import type { HypothesisField } from '../core/layout/hypothesesSheet';
import type { TreeColumnKey } from '../core/layout/treeColumns';
import { cellAt } from '../core/reader/workbookData';
import { parseSheetAddress } from '../core/rules';

/** What a finding's cell holds: a column of the tree sheet, or of the hypotheses sheet, and whether it is filled in. */
export type FindingField = (
  | { readonly sheet: 'tree'; readonly field: TreeColumnKey }
  | { readonly sheet: 'hypotheses'; readonly field: HypothesisField }
) & { readonly filled: boolean };

/**
 * Which field a cell of the workbook is (`'KPI Tree'!I7` → the tree's owner column),
 * found by the columns' headers as the reader found them, so a column people moved is
 * still known. A finding that needs a person's judgement offers to edit that field.
 * Null for a cell outside the tree and the hypotheses.
 */
export function findingField(analysis: WorkbookAnalysis, cell: string): FindingField | null {
  const at = parseSheetAddress(cell);
  const rc = at ? parseA1(at.address) : null;
  if (!at || !rc) return null;
  const sheet = analysis.data.sheets.find((s) => s.name === at.sheet);
  const value = sheet ? cellAt(sheet, rc.row, rc.column) : undefined;
  const filled =
    value !== undefined && value.formula === undefined
      ? value.value !== null && String(value.value).trim() !== ''
      : value !== undefined;
  const tree = analysis.read.tree;
  if (tree && at.sheet === tree.sheet) {
    const field = columnAt(tree.columns, rc.column);
    return field ? { sheet: 'tree', field, filled } : null;
  }
  const hypotheses = analysis.read.hypotheses;
  if (hypotheses && at.sheet === hypotheses.sheet) {
    const field = columnAt(hypotheses.columns, rc.column);
    return field ? { sheet: 'hypotheses', field, filled } : null;
  }
  return null;
}

function columnAt<K extends string>(columns: Partial<Record<K, number>>, column: number): K | null {
  const found = (Object.entries(columns) as [K, number | undefined][]).find(([, c]) => c === column);
  return found ? found[0] : null;
}
