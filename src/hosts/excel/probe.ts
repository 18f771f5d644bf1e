import { a1 } from '../../core/layout/a1';
import type { WorkbookSpec } from '../../core/layout/spec';
import { inputsToCheck } from '../edit/computeEdit';
import { markersOf, type PrintedSetup } from '../edit/pageSetup';
import { pageSetupLookup } from '../edit/state';
import { boundingRect, rectAddress, type Rect } from '../edit/rects';
import type { XlContext, XlRange } from './api';
import { indexLocated, locateNotes } from './notes';
import { loadPageLayout, printedOf, type PageLayoutRead } from './pageLayout';
import type { OfficeWorkbookState } from './state';

/**
 * What a plain `apply` (one not preceded by a read) must learn before it writes, in at
 * most two syncs whatever the spec's size:
 * 1. which sheets and names exist, and (with ExcelApi 1.18) every note with its text;
 * 2. the input cells whose seed depends on them (`inputsToCheck`: one rectangle per
 *    sheet, `formulas` only), every note's cell, and the page setup of each of the spec's
 *    sheets that bears the tool's page setup mark (`markersOf`).
 * The second is skipped when there is nothing to ask (a build into a workbook without
 * the tool's sheets and without notes).
 */
export async function probeWorkbook(
  context: XlContext,
  spec: WorkbookSpec,
  options: { readonly notes: boolean },
): Promise<OfficeWorkbookState> {
  const worksheets = context.workbook.worksheets;
  worksheets.load(['items/name']);
  const names = context.workbook.names;
  names.load(['items/name']);
  const notes = options.notes ? context.workbook.notes : null;
  notes?.load(['items/content']);
  await context.sync();
  let syncs = 1;

  const sheets = worksheets.items.map((ws) => ws.name);
  const inputs = new Map<string, { rect: Rect; range: XlRange }>();
  for (const { sheet, cells } of inputsToCheck(spec, sheets)) {
    const rect = boundingRect(cells);
    if (!rect) continue;
    const range = worksheets.getItem(sheet).getRange(rectAddress(rect));
    range.load(['formulas']);
    inputs.set(sheet.toLowerCase(), { rect, range });
  }
  const located = notes === null ? [] : locateNotes(notes.items);
  const nameList = names.items.map((n) => n.name);
  const existing = new Set(sheets.map((name) => name.toLowerCase()));
  const layouts = new Map<string, PageLayoutRead>();
  for (const s of spec.sheets)
    if (s.pageSetup && existing.has(s.name.toLowerCase()) && markersOf(nameList, s.key).length > 0)
      layouts.set(s.name, loadPageLayout(worksheets.getItem(s.name)));
  if (inputs.size > 0 || located.length > 0 || layouts.size > 0) {
    await context.sync();
    syncs++;
  }

  const pageSetups = new Map<string, PrintedSetup>([...layouts].map(([name, read]) => [name, printedOf(read)]));
  return {
    sheets,
    names: nameList,
    holds: (sheet, row, column) => {
      const read = inputs.get(sheet.toLowerCase());
      const r = read?.rect;
      if (!read || !r || row < r.row1 || row > r.row2 || column < r.col1 || column > r.col2)
        throw new Error(`${sheet}!${a1(row, column)} was not read before the write`);
      const current = read.range.formulas[row - r.row1][column - r.col1];
      return current !== '' && current !== null;
    },
    notes: notes === null ? null : indexLocated(located),
    pageSetup: pageSetupLookup(pageSetups),
    syncs,
  };
}
