import type ExcelJS from 'exceljs';
import { quoteSheetName } from '../../core/formula/sheetName';
import type { DefinedName, WorkbookSpec } from '../../core/layout/spec';
import { computeEdit, sheetOrder } from '../edit/computeEdit';
import type { NameChange, WorkbookEdit } from '../edit/workbookEdit';
import { orderWorksheets } from './orderWorksheets';
import { findWorksheet, workbookState } from './workbookState';
import { writeSheet } from './writeSheet';

/**
 * Applies a WorkbookSpec to an ExcelJS workbook: the edit the rules decide from the
 * workbook as it stands (`computeEdit`), translated into ExcelJS calls. Returns that edit,
 * whose counts are the report. Sheets the spec does not name are left alone.
 */
export function applySpec(workbook: ExcelJS.Workbook, spec: WorkbookSpec): WorkbookEdit {
  const state = workbookState(workbook);
  const edit = computeEdit(spec, state);
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const sheet of edit.sheets) {
    const ws = sheet.isNew ? workbook.addWorksheet(sheet.name) : findWorksheet(workbook, sheet.name);
    if (!ws) throw new Error(`The sheet "${sheet.name}" went missing while it was written.`);
    writeSheet(ws, sheet, edit.styles);
  }
  orderWorksheets(workbook, sheetOrder(state.sheets, edit));
  writeNames(workbook, edit.names);
  return edit;
}

const reference = (n: DefinedName): string => `${quoteSheetName(n.sheet)}!${n.range}`;

/** The names' changes on ExcelJS's name list: the names left alone, then those re-pointed and added. */
function writeNames(workbook: ExcelJS.Workbook, changes: readonly NameChange[]): void {
  if (changes.length === 0) return;
  const replaced = new Set(changes.flatMap((c) => (c.kind === 'add' ? [] : [c.name])));
  const kept = workbook.definedNames.model.filter((m) => !replaced.has(m.name));
  workbook.definedNames.model = [
    ...kept,
    ...changes.flatMap((c) => {
      switch (c.kind) {
        case 'repoint':
          return [{ name: c.name, ranges: [reference(c.target)] }];
        case 'add':
          return [{ name: c.target.name, ranges: [reference(c.target)] }];
        case 'delete':
          return [];
      }
    }),
  ];
}
