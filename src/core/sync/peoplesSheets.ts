import type { Cell, SheetSpec } from '../layout/spec';
import type { SheetData } from '../reader/workbookData';
import { moveReferences, type CellMove } from './moveRefs';

/**
 * People's own sheets (a dashboard, a summary) whose formulas point, by address, at cells
 * a rebuild moved: each such formula is pointed at where its cells are now, as Excel does
 * when cells are cut and pasted, so `='KPI Tree'!T9` still shows the calls' memo after the
 * tree's rows were reordered. Only the formula cells whose references moved are in the
 * spec; everything else on the sheet (values, formats, other formulas, merged areas) is
 * left as it is. A sheet with nothing to follow gets no spec.
 */
export function followOnPeoplesSheets(
  sheets: readonly SheetData[],
  moves: ReadonlyMap<string, CellMove>,
): SheetSpec[] {
  const out: SheetSpec[] = [];
  for (const sheet of sheets) {
    const rows: (Cell | null)[][] = [];
    let moved = false;
    sheet.rows.forEach((cells, r) => {
      cells.forEach((cell, c) => {
        if (cell?.formula === undefined) return;
        const formula = moveReferences(cell.formula, sheet.name, moves);
        if (formula === cell.formula) return;
        moved = true;
        const row = (rows[r] ??= []);
        row[c] = {
          carriedFormula: formula,
          ...(typeof cell.value === 'number' || typeof cell.value === 'string' ? { result: cell.value } : {}),
        };
      });
    });
    if (!moved) continue;
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    out.push({
      key: 'people',
      name: sheet.name,
      rows: rows.map((r) => Array.from(r, (c) => c ?? null)),
      widths: [],
      validations: [],
      conditionalFormats: [],
    });
  }
  return out;
}
