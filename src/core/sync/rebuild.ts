import { CALENDAR } from '../layout/calendarSheet';
import { HYPOTHESES } from '../layout/hypothesesSheet';
import type { Cell, SheetSpec, WorkbookSpec } from '../layout/spec';
import { TREE } from '../layout/treeColumns';
import type { ReadWorkbookResult } from '../reader/readWorkbook';
import { cellAt, type RawCell, type SheetData, type WorkbookData } from '../reader/workbookData';

/**
 * Turns a freshly laid-out spec into a rebuild of an existing workbook: the tree keeps
 * its sheet name, people's own columns travel with their node's row, rows that are not
 * nodes (people's notes) are kept below the tree, and the regions the tool regenerates
 * are emptied first so a removed node leaves nothing behind.
 */
export function rebuildInPlace(spec: WorkbookSpec, read: ReadWorkbookResult, data: WorkbookData): WorkbookSpec {
  const tree = read.tree;
  const oldTree = tree ? data.sheets.find((s) => s.name === tree.sheet) : undefined;
  const sheets = spec.sheets.map((sheet): SheetSpec => {
    switch (sheet.key) {
      case 'tree':
        return tree && oldTree ? carryTree(sheet, tree, oldTree) : sheet;
      case 'hypotheses':
        return { ...sheet, clearBelow: HYPOTHESES.headerRow };
      case 'calendar':
        return { ...sheet, clearBelow: CALENDAR.headerRow };
      default:
        return sheet;
    }
  });
  const specTree = spec.sheets.find((s) => s.key === 'tree');
  const rename = (name: string): string => (tree && specTree && name === specTree.name ? tree.sheet : name);
  return { ...spec, sheets, names: spec.names.map((n) => ({ ...n, sheet: rename(n.sheet) })) };
}

/** A cell of people's own, as it travels with its row: value or formula, and its comment. */
function carried(cell: RawCell | undefined): Cell | null {
  if (!cell) return null;
  const note = cell.note !== undefined ? { note: cell.note } : {};
  if (cell.formula !== undefined) return { carriedFormula: cell.formula, ...note };
  if (cell.error !== undefined || cell.value === null || cell.value === '') return cell.note !== undefined ? { v: null, ...note } : null;
  return { v: cell.value, ...note };
}

function carryTree(sheet: SheetSpec, tree: NonNullable<ReadWorkbookResult['tree']>, old: SheetData): SheetSpec {
  const rows = sheet.rows.map((r) => [...r]);
  const width = Math.max(...rows.map((r) => r.length));
  const idColumn = 0;
  const oldRowOf = new Map(tree.nodeRows.map((n) => [n.id, n.row]));
  // People's columns go after the tool's, in the order they stood.
  const moved = new Map(tree.userColumns.map((u, k) => [u.column, width + k]));
  const put = (rowIndex: number, col: number, cell: Cell | null): void => {
    while (rows.length <= rowIndex) rows.push([]);
    const r = rows[rowIndex];
    while (r.length <= col) r.push(null);
    r[col] = cell;
  };
  tree.userColumns.forEach((u) => put(TREE.headerRow - 1, moved.get(u.column) as number, { v: u.header, s: 'header' }));
  for (let i = TREE.headerRow; i < rows.length; i++) {
    const id = rows[i][idColumn]?.v;
    const oldRow = typeof id === 'string' ? oldRowOf.get(id) : undefined;
    if (oldRow === undefined) continue;
    for (const u of tree.userColumns) put(i, moved.get(u.column) as number, carried(cellAt(old, oldRow, u.column)));
  }
  // Rows of people's own, kept below the tree after one blank row, each cell in its (moved) column.
  let next = rows.length + 1;
  for (const oldRow of tree.foreignRows) {
    const cells = old.rows[oldRow - 1] ?? [];
    cells.forEach((cell, c) => {
      const col = moved.get(c + 1) ?? c;
      const value = carried(cell);
      if (value) put(next, col, value);
    });
    next++;
  }
  const widths = [...sheet.widths, ...tree.userColumns.map(() => 14)];
  return { ...sheet, name: tree.sheet, rows, widths, clearBelow: TREE.headerRow };
}
