import { readFileSync } from 'node:fs';
import path from 'node:path';
import { weeklyFormulas, perWorkdayFormula } from '../../../src/core/backcast/formulas';
import type { Formula } from '../../../src/core/formula/ast';
import { FormulaRenderError, renderFormula } from '../../../src/core/formula/render';
import {
  cellFormula,
  sheetRows,
  type Cell,
  type SheetSpec,
  type WorkbookSpec,
} from '../../../src/core/layout/spec';
import { TREE, treeColumns } from '../../../src/core/layout/treeColumns';
import { loadPlanText } from '../../../src/core/model/parsePlan';
import { renameSheets } from '../../../src/core/sync/renameSheets';
import { layoutWholeWorkbook } from '../../../src/core/workbook/layoutWorkbook';

const EXAMPLES = path.resolve(__dirname, '../../../examples');

function built(file: string): { spec: WorkbookSpec; tree: SheetSpec; weekCount: number } {
  const loaded = loadPlanText(readFileSync(path.join(EXAMPLES, file), 'utf8'), 'yaml');
  const whole = layoutWholeWorkbook(loaded.model!, 'ja');
  const tree = whole.spec!.sheets.find((s) => s.key === 'tree')!;
  return { spec: whole.spec!, tree, weekCount: whole.backcast!.calendar.weeks.length };
}

const nodeRows = (tree: SheetSpec): readonly (readonly (Cell | null)[])[] =>
  sheetRows(tree).slice(TREE.firstRow - 1);

describe('the tree’s per-day and weekly formulas, shared down their columns', () => {
  const { spec, tree, weekCount } = built('sales-funnel.yaml');
  const columns = treeColumns(weekCount);
  const calendar = spec.sheets.find((s) => s.key === 'calendar')!.name;
  const rows = nodeRows(tree).filter((r) => r[columns.col.perWorkday - 1]?.f !== undefined);

  it('reads, cell by cell, as the node’s own formula with its own T_ name', () => {
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) {
      const id = row[columns.col.id - 1]!.v as string;
      const perDay = renderFormula(cellFormula(row[columns.col.perWorkday - 1]!)!);
      expect([renderFormula(perWorkdayFormula(id)), renderFormula(perWorkdayFormula(id, true))]).toContain(
        perDay,
      );
      for (let k = 0; k < weekCount; k++) {
        const week = renderFormula(cellFormula(row[columns.firstWeek - 1 + k]!)!);
        // Every target a week's formula reads is the node's own.
        expect(week.match(/T_\w+/g)).toEqual(expect.arrayContaining([`T_${id}`]));
        expect(new Set(week.match(/T_\w+/g))).toEqual(new Set([`T_${id}`]));
      }
    }
  });

  it('writes a week as the node’s own weekly formula', () => {
    const calls = rows.find((r) => r[columns.col.id - 1]!.v === 'calls')!;
    const cells = {
      sheet: calendar,
      cumulative: (k: number) => `$G$${4 + k}`,
      workdays: (k: number) => `$F$${4 + k}`,
    };
    const own = weeklyFormulas('calls', weekCount, 'up', cells).map(renderFormula);
    expect(
      Array.from({ length: weekCount }, (_, k) =>
        renderFormula(cellFormula(calls[columns.firstWeek - 1 + k]!)!),
      ),
    ).toEqual(own);
  });

  it('holds one formula for every row of a kind, not one per row', () => {
    const distinct = new Set<Formula>();
    for (const row of rows)
      for (let k = 0; k < weekCount; k++) distinct.add(row[columns.firstWeek - 1 + k]!.f!);
    // Counts rounded up, amounts not rounded, averages: at most three kinds of week.
    expect(distinct.size).toBeLessThanOrEqual(3 * weekCount);
    expect(rows.length * weekCount).toBeGreaterThan(distinct.size * 2);
  });

  it('cannot be written without the cell’s own part', () => {
    const shared = rows[1][columns.firstWeek - 1]!.f!;
    expect(() => renderFormula(shared)).toThrow(FormulaRenderError);
  });

  it('follows a renamed calendar sheet and stays shared', () => {
    const renamed = renameSheets(spec, new Map([[calendar, '暦']]));
    const after = nodeRows(renamed.sheets.find((s) => s.key === 'tree')!).filter(
      (r) => r[columns.col.perWorkday - 1]?.f !== undefined,
    );
    const texts = after.flatMap((row) =>
      Array.from({ length: weekCount }, (_, k) =>
        renderFormula(cellFormula(row[columns.firstWeek - 1 + k]!)!),
      ),
    );
    expect(texts.some((t) => t.includes("'暦'!"))).toBe(true);
    expect(texts.some((t) => t.includes(`'${calendar}'!`))).toBe(false);
    const distinct = new Set(
      after.flatMap((row) => Array.from({ length: weekCount }, (_, k) => row[columns.firstWeek - 1 + k]!.f)),
    );
    expect(distinct.size).toBeLessThanOrEqual(3 * weekCount);
  });
});

describe('the tree’s monthly targets', () => {
  const { tree, weekCount } = built('sales-funnel.yaml');
  const { col } = treeColumns(weekCount);
  const monthly = (row: readonly (Cell | null)[]): Cell => row[col.monthly - 1]!;
  const rows = nodeRows(tree).filter((r) => monthly(r)?.f !== undefined);
  const idOf = (row: readonly (Cell | null)[]): string => row[col.id - 1]!.v as string;

  it('read, cell by cell, as the node’s own backcast of its parent’s T_ name', () => {
    const of = (id: string): string =>
      renderFormula(cellFormula(monthly(rows.find((r) => idOf(r) === id)!))!);
    expect(of('contracts')).toBe('ROUNDUP(ROUND(T_revenue/H_unit_price,6),0)');
    expect(of('meetings')).toBe('ROUNDUP(ROUND(T_contracts/H_close_rate,6),0)');
  });

  it('share one rounding among the counts, each row giving its own backcast', () => {
    const counts = rows.filter((r) => monthly(r).fa !== undefined);
    expect(counts.length).toBeGreaterThan(2);
    expect(new Set(counts.map((r) => monthly(r).f)).size).toBe(1);
    expect(() => renderFormula(monthly(counts[0]).f!)).toThrow(FormulaRenderError);
  });

  it('name each target once: a row’s own T_ is the one its children’s backcasts read', () => {
    const own = new Map(rows.map((r) => [idOf(r), r[col.perWorkday - 1]!.fa!]));
    const contracts = monthly(rows.find((r) => idOf(r) === 'meetings')!).fa as Extract<
      Formula,
      { kind: 'binary' }
    >;
    expect(contracts.left).toBe(own.get('contracts'));
  });
});

describe('a team’s tree, whose quantities add up the members’', () => {
  it('keeps each summed row’s own formula', () => {
    const { tree, weekCount } = built('team.yaml');
    const columns = treeColumns(weekCount);
    const summed = nodeRows(tree).filter((r) => {
      const week = r[columns.firstWeek - 1];
      return week?.f !== undefined && week.fa === undefined;
    });
    expect(summed.length).toBeGreaterThan(0);
    for (const row of summed)
      expect(renderFormula(row[columns.firstWeek - 1]!.f!)).toMatch(/^SUM\('担当別'!/);
  });
});
