import type ExcelJS from 'exceljs';

/**
 * Puts the workbook's sheets in `order` (every sheet's name, once).
 *
 * ExcelJS has no call that moves a sheet: `addWorksheet` appends and the order lives in a
 * field its typings do not declare. The documented route is the workbook's model, the
 * same one ExcelJS itself writes a file from and loads one into: the model's `sheets`
 * give the order, and setting `workbook.model` rebuilds every sheet from its model. One
 * part does not survive that trip in ExcelJS 4.4.0 — the model lists merged areas as
 * `merges` but rebuilds them only from a file's `mergeCells` — so they are merged again
 * through `mergeCellsWithoutStyle` (the cells keep their own styles, as on loading a
 * file). Worksheet objects are new afterwards: nothing may hold on to one across this.
 * Rebuilding costs a pass over every cell, so it runs only when the order changes.
 */
export function orderWorksheets(workbook: ExcelJS.Workbook, order: readonly string[]): void {
  const current = workbook.worksheets.map((ws) => ws.name);
  if (current.length === order.length && current.every((name, i) => name === order[i])) return;
  const model = workbook.model;
  const byName = new Map(model.sheets.map((s) => [s.name, s]));
  const sheets = order.map((name) => byName.get(name));
  if (sheets.some((s) => s === undefined) || new Set(order).size !== current.length)
    throw new Error(`Cannot put the sheets [${current.join(', ')}] in the order [${order.join(', ')}].`);
  const merges = new Map(model.sheets.map((s) => [s.id, s.merges]));
  workbook.model = { ...model, sheets: sheets as ExcelJS.WorksheetModel[] };
  for (const ws of workbook.worksheets)
    for (const range of merges.get(ws.id) ?? []) ws.mergeCellsWithoutStyle(range);
}
