import type { RawCell } from '../reader/workbookData';
import type { AnchoredCell, CellAnchor } from './readTab';
import { grid } from '../layout/grid';
import type { Cell } from '../layout/spec';

/** Where the anchors of a review tab stand in its new layout (1-based rows). */
export interface ReviewPlaces {
  /** The node table's header row: people's own headers beside the tool's go back there. */
  readonly headerRow?: number;
  readonly rowOf: ReadonlyMap<string, number>;
  readonly actionTitleRow: number;
  /** The row of the first action; action `slot` i stands at `firstActionRow + i`. */
  readonly firstActionRow: number;
  /** The last row the layout writes (the end of the tab's region): what stood below it goes back below it. */
  readonly lastRow: number;
}

/** A cell of people's own as it is written back: its value or formula, and its comment. */
function carried(cell: RawCell): Cell | null {
  const note = cell.note !== undefined ? { note: cell.note } : {};
  if (cell.formula !== undefined) return { carriedFormula: cell.formula, ...note };
  if (cell.value === null || cell.value === '') return cell.note !== undefined ? { v: null, ...note } : null;
  return { v: cell.value, ...note };
}

/**
 * Puts back every cell people wrote on a review tab that the tool does not own: a note
 * beside a KPI travels with its row, one beside an action with the action, one in the
 * header block stays where it was. Comments people put on the tool's own cells go back
 * on those cells. Nothing is dropped: a cell whose place is now the tool's, or whose
 * anchor is gone, goes below everything else, in its own column.
 */
export function placeOwnCells(
  rows: (Cell | null)[][],
  own: readonly AnchoredCell[],
  places: ReviewPlaces,
): void {
  const { at, put } = grid(rows);
  const spill: { col: number; cell: Cell }[] = [];
  for (const { anchor, col, cell, noteOnly } of own) {
    const row = rowOfAnchor(anchor, places);
    const there = row === undefined || row < 1 ? undefined : at(row, col);
    if (noteOnly) {
      if (row !== undefined && row >= 1 && cell.note !== undefined && there?.note === undefined)
        put(row, col, { ...(there ?? { v: null }), note: cell.note });
      continue;
    }
    const value = carried(cell);
    if (value === null) continue;
    if (row !== undefined && row >= 1 && (there === null || there === undefined)) put(row, col, value);
    else spill.push({ col, cell: value });
  }
  let overflow = places.lastRow + 2;
  for (const { col, cell } of spill) {
    while (at(overflow, col)) overflow++;
    put(overflow, col, cell);
  }
}

function rowOfAnchor(anchor: CellAnchor, places: ReviewPlaces): number | undefined {
  switch (anchor.kind) {
    case 'top':
      return anchor.row;
    case 'header':
      return places.headerRow;
    case 'node':
      return places.rowOf.get(anchor.id);
    case 'actionsTitle':
      return places.actionTitleRow + anchor.offset;
    case 'action':
      return places.firstActionRow + anchor.slot;
    case 'below':
      return places.lastRow + anchor.offset;
  }
}
