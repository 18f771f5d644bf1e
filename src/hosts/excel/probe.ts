import { a1 } from '../../core/layout/a1';
import type { XlContext, XlRange } from './api';
import { boundingRect, rectAddress, type Rect } from './areas';
import { indexLocated, locateNotes } from './notes';
import type { WorkbookState } from './state';
import { isCleared, type SheetWrite } from './writePlan';

/**
 * What a plain `apply` (one not preceded by a read) must learn before it writes, in at
 * most two syncs whatever the spec's size:
 * 1. which sheets and names exist, and (with ExcelApi 1.18) every note with its text;
 * 2. the input cells the spec would seed on sheets that exist and are not cleared first
 *    (one rectangle per sheet, `formulas` only), and every note's cell.
 * The second is skipped when there is nothing to ask (a build into a workbook without
 * the tool's sheets and without notes).
 */
export async function probeWorkbook(
  context: XlContext,
  plans: readonly SheetWrite[],
  options: { readonly notes: boolean },
): Promise<WorkbookState> {
  const worksheets = context.workbook.worksheets;
  worksheets.load(['items/name']);
  const names = context.workbook.names;
  names.load(['items/name']);
  const notes = options.notes ? context.workbook.notes : null;
  notes?.load(['items/content']);
  await context.sync();
  let syncs = 1;

  const sheets = worksheets.items.map((ws) => ws.name);
  const existing = new Set(sheets.map((name) => name.toLowerCase()));
  const inputs = new Map<string, { rect: Rect; range: XlRange }>();
  for (const plan of plans) {
    if (!existing.has(plan.name.toLowerCase())) continue;
    const rect = boundingRect(plan.seeds.filter((s) => !isCleared(plan, s.row)));
    if (!rect) continue;
    const range = worksheets.getItem(plan.name).getRange(rectAddress(rect));
    range.load(['formulas']);
    inputs.set(plan.name.toLowerCase(), { rect, range });
  }
  const located = notes === null ? [] : locateNotes(notes.items);
  if (inputs.size > 0 || located.length > 0) {
    await context.sync();
    syncs++;
  }

  return {
    sheets,
    names: names.items.map((n) => n.name),
    holds: (sheet, row, column) => {
      const read = inputs.get(sheet.toLowerCase());
      const r = read?.rect;
      if (!read || !r || row < r.row1 || row > r.row2 || column < r.col1 || column > r.col2)
        throw new Error(`${sheet}!${a1(row, column)} was not read before the write`);
      const current = read.range.formulas[row - r.row1][column - r.col1];
      return current !== '' && current !== null;
    },
    notes: notes === null ? null : indexLocated(located),
    syncs,
  };
}
