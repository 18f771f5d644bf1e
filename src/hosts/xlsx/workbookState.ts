import type ExcelJS from 'exceljs';
import type { WorkbookState } from '../edit/state';
import { readPageSetup } from './pageSetup';
import { noteText } from './readData';

/** The sheet Excel would take for `name`: sheet names compare ignoring case. */
export function findWorksheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const key = name.toLowerCase();
  return workbook.worksheets.find((ws) => ws.name.toLowerCase() === key);
}

function holdsValue(cell: ExcelJS.Cell | undefined): boolean {
  // A cell inside a merged area answers its top-left cell's value; it holds nothing of its own
  // (and is empty once the area is split), as Excel reports it.
  if (cell === undefined || (cell.isMerged && cell.master !== cell)) return false;
  const v = cell.value;
  return v !== null && v !== undefined && v !== '';
}

/** What `computeEdit` needs to know about an ExcelJS workbook, looked up in its cells as asked. */
export function workbookState(workbook: ExcelJS.Workbook): WorkbookState {
  const worksheets = workbook.worksheets;
  const byName = new Map(worksheets.map((ws) => [ws.name.toLowerCase(), ws]));
  /** A cell as it stands, without creating it (`getCell` would). */
  const existingCell = (sheet: string, row: number, column: number): ExcelJS.Cell | undefined =>
    byName.get(sheet.toLowerCase())?.findCell(row, column);
  return {
    sheets: worksheets.map((ws) => ws.name),
    names: [...new Set(workbook.definedNames.model.map((m) => m.name))],
    holds: (sheet, row, column) => holdsValue(existingCell(sheet, row, column)),
    notes: {
      at(sheet, row, column) {
        const cell = existingCell(sheet, row, column);
        const content = cell === undefined ? undefined : noteText(cell.note);
        return content === undefined ? undefined : { content };
      },
    },
    pageSetup(sheet) {
      const ws = byName.get(sheet.toLowerCase());
      if (!ws) throw new Error(`The sheet "${sheet}" has no page setup to read: it does not exist`);
      return readPageSetup(ws);
    },
  };
}
