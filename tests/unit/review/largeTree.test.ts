/**
 * A review of a tree with more nodes than fit in rows 11–500: the history sheet and the
 * month-to-date actual must read every node row of each tab, not stop at row 500 (a
 * 1,000-node tree lost half its nodes from the history; found by the workbook benchmark).
 */
import ExcelJS from 'exceljs';
import type { IsoDate } from '../../../src/core/brand';
import type { Formula } from '../../../src/core/formula';
import type { SheetSpec } from '../../../src/core/layout/spec';
import { reviewSpec } from '../../../src/core/review/reviewSpec';
import { applySpec } from '../../../src/hosts/xlsx/applySpec';
import { readWorkbookData } from '../../../src/hosts/xlsx/readData';
import { loadValidPlan, realisticPlan } from '../../support/plans';
import { layoutWholeWorkbook } from '../../../src/core/workbook/layoutWorkbook';
import { REVIEW } from '../../../src/core/layout/reviewColumns';

const NODES = 600;
const LAST_NODE_ROW = REVIEW.firstRow + NODES - 1;

/** Every sheet-qualified range a formula reads, as [sheet, last row]. */
function sheetRanges(f: Formula): [string, number][] {
  switch (f.kind) {
    case 'ref':
      return f.sheet === undefined ? [] : [[f.sheet, Number(/(\d+)$/.exec(f.address)?.[1])]];
    case 'unary':
      return sheetRanges(f.arg);
    case 'binary':
      return [...sheetRanges(f.left), ...sheetRanges(f.right)];
    case 'call':
      return f.args.flatMap(sheetRanges);
    default:
      return [];
  }
}

const formulas = (sheet: SheetSpec): Formula[] =>
  sheet.rows.flatMap((r) => r.flatMap((c) => (c?.f ? [c.f] : [])));

describe(`a review of ${NODES} nodes`, () => {
  const { model } = loadValidPlan(realisticPlan(NODES));
  const workbook = new ExcelJS.Workbook();
  applySpec(workbook, layoutWholeWorkbook(model, 'ja').spec!);
  const review = (week: string, generatedOn: string) => {
    const plan = reviewSpec({
      model,
      data: readWorkbookData(workbook),
      lang: 'ja',
      week,
      generatedOn: generatedOn as IsoDate,
    });
    if ('key' in plan) throw new Error(plan.key);
    applySpec(workbook, plan.spec);
    return plan.spec;
  };
  review('2026-W49', '2026-12-04');
  const [tab, history] = review('2026-W50', '2026-12-11').sheets;

  it('has a node on every row down to the last', () => {
    expect(tab.rows[LAST_NODE_ROW - 1][REVIEW.col.id - 1]?.v).toEqual(expect.any(String));
    expect(tab.rows[LAST_NODE_ROW][REVIEW.col.id - 1]?.v ?? null).toBeNull();
  });

  it('the history reads each tab down to its last node row', () => {
    const ranges = formulas(history).flatMap(sheetRanges);
    expect(ranges.length).toBeGreaterThan(4 * NODES);
    expect(ranges.filter(([, last]) => last < LAST_NODE_ROW)).toEqual([]);
  });

  it('the month-to-date actual reads the earlier tab of the month down to its last node row', () => {
    const mtd = tab.rows[LAST_NODE_ROW - 1][REVIEW.col.mtdActual - 1]?.f;
    const ranges = mtd ? sheetRanges(mtd) : [];
    expect(ranges.map(([sheet]) => sheet)).toEqual(['週次レビュー 2026-W49', '週次レビュー 2026-W49']);
    expect(ranges.filter(([, last]) => last < LAST_NODE_ROW)).toEqual([]);
  });
});
