import { isoDate } from '../../../src/core/calendar/date';
import {
  eachRow,
  sheetHeight,
  sheetRows,
  tableCell,
  valueAt,
  withoutTable,
  withoutTables,
  specNames,
  type SheetSpec,
  type WorkbookSpec,
} from '../../../src/core/layout/spec';
import { sheetExtent } from '../../../src/core/layout/pageSetup';
import { TREE, treeColumns } from '../../../src/core/layout/treeColumns';
import { rebuildSpec } from '../../../src/core/sync/rebuildSpec';
import { renameSheets } from '../../../src/core/sync/renameSheets';
import { computeEdit, inputsToCheck } from '../../../src/hosts/edit/computeEdit';
import { EMPTY_WORKBOOK, type WorkbookState } from '../../../src/hosts/edit/state';
import { modelFor, nodePlan } from '../excel/specs';

/** The workbook a build writes, as the pane, the ribbon and the CLI make it. */
function built(nodes: number): WorkbookSpec {
  const model = modelFor(nodePlan(nodes));
  const { spec } = rebuildSpec(model, [], undefined, 'en', undefined, isoDate('2026-12-04'));
  return spec!;
}

const treeOf = (spec: WorkbookSpec): SheetSpec => spec.sheets.find((s) => s.key === 'tree')!;
/** The same workbook, every sheet described by rows alone. */
const flat = (spec: WorkbookSpec): WorkbookSpec => withoutTables(spec);

describe('the tree’s nodes, described column by column', () => {
  const spec = built(30);
  const tree = treeOf(spec);
  const { col, firstWeek, weekCount } = treeColumns(5);

  test('are one table below the header rows: no row array and no cell object for a node’s targets', () => {
    expect(tree.rows).toHaveLength(TREE.headerRow);
    const table = tree.table!;
    expect(table.firstRow).toBe(TREE.firstRow);
    expect(table.length).toBe(30);
    const kinds = new Map(table.columns.map((c) => [c.col, c.kind]));
    expect(kinds.get(col.id)).toBe('values');
    expect(kinds.get(col.perWorkday)).toBe('formulas');
    for (let k = 0; k < weekCount; k++) expect(kinds.get(firstWeek + k)).toBe('formulas');
    // Every week gives each row the same part, its own T_: one list for all of them.
    const weeks = table.columns.filter((c) => c.col >= firstWeek && c.col < firstWeek + weekCount);
    expect(new Set(weeks.map((c) => (c.kind === 'formulas' ? c.fa : null))).size).toBe(1);
    // The checks column is the table's too, not a copy of every row.
    expect(table.columns.at(-1)!.col).toBe(tree.rows[TREE.headerRow - 1].length);
  });

  test('read back as the rows they stand for, cell by cell', () => {
    const rows = sheetRows(tree);
    expect(rows).toHaveLength(TREE.firstRow - 1 + 30);
    expect(sheetHeight(tree)).toBe(rows.length);
    expect(rows[TREE.firstRow - 1][col.id - 1]).toEqual({ v: 'revenue', s: 'id' });
    expect(rows[TREE.firstRow - 1][col.monthly - 1]).toMatchObject({ v: 120_000_000, input: true });
    expect(rows[TREE.firstRow][col.owner - 1]).toEqual({
      v: expect.any(String),
      s: 'inputText',
      input: true,
    });
    // Each node's own fields, as the plan gives them, in the row of its place.
    modelFor(nodePlan(30)).nodes.forEach((node, at) => {
      const row = rows[TREE.firstRow - 1 + at];
      expect(row[col.id - 1]).toEqual({ v: node.id, s: 'id' });
      expect(row[col.level - 1]).toEqual({ v: node.level, s: 'text' });
      expect(row[col.name - 1]).toEqual({
        v: node.name,
        s: node.depth > 0 ? `indent:${Math.min(node.depth * 2, 15)}` : 'label',
      });
      expect(row[col.parent - 1]).toEqual({ v: node.parent, s: 'id' });
      expect(row[col.unit - 1]).toEqual({ v: node.unit ?? null, s: 'text' });
      expect(row[col.owner - 1]).toEqual({ v: node.owner ?? null, s: 'inputText', input: true });
      expect(row[col.deadline - 1]).toEqual(
        node.deadline
          ? { v: { date: node.deadline }, s: 'inputDate', input: true }
          : { v: null, s: 'inputDate', input: true },
      );
    });
    for (const column of tree.table!.columns)
      for (let at = 0; at < 30; at++)
        expect(rows[TREE.firstRow - 1 + at][column.col - 1]).toEqual(tableCell(column, at));
    for (let r = 1; r <= rows.length; r++)
      for (const c of [col.id, col.name, col.parent, col.monthly])
        expect(valueAt(tree, r, c)).toEqual(rows[r - 1][c - 1]?.v);
    const visited: number[] = [];
    eachRow(tree, (cells, r) => {
      visited.push(r);
      expect(cells).toEqual(rows[r]);
    });
    expect(visited).toEqual(rows.map((_, r) => r));
  });

  test('are written by both hosts as the same rows would be', () => {
    expect(computeEdit(spec, EMPTY_WORKBOOK)).toEqual(computeEdit(flat(spec), EMPTY_WORKBOOK));
    // Over a workbook where every other cell holds something people typed: those inputs are kept.
    const typed: WorkbookState = {
      ...EMPTY_WORKBOOK,
      sheets: spec.sheets.map((s) => s.name),
      holds: (_sheet, row, column) => (row + column) % 2 === 0,
    };
    const edit = computeEdit(spec, typed);
    expect(edit.counts.inputsKept).toBeGreaterThan(0);
    expect(edit).toEqual(computeEdit(flat(spec), typed));
    const names = spec.sheets.map((s) => s.name);
    expect(inputsToCheck(spec, names)).toEqual(inputsToCheck(flat(spec), names));
  });

  test('name each node’s target, per-day target and weeks from its row, made as they are written', () => {
    // The spec's own list holds the weeks' row and the other sheets' names, none a node's.
    expect(spec.names.some((n) => /^[TDW]_/.test(n.name))).toBe(false);
    const names = specNames(spec);
    const row = (id: string): number =>
      TREE.firstRow + modelFor(nodePlan(30)).nodes.findIndex((n) => n.id === id);
    const at = (c: number, r: number): string => `$${String.fromCharCode(64 + c)}$${r}`;
    expect(names.slice(0, 3)).toEqual([
      { name: 'T_revenue', sheet: tree.name, range: at(col.monthly, TREE.firstRow) },
      { name: 'D_revenue', sheet: tree.name, range: at(col.perWorkday, TREE.firstRow) },
      {
        name: 'W_revenue',
        sheet: tree.name,
        range: `${at(firstWeek, TREE.firstRow)}:${at(firstWeek + weekCount - 1, TREE.firstRow)}`,
      },
    ]);
    expect(names.find((n) => n.name === 'T_n7')!.range).toBe(at(col.monthly, row('n7')));
    expect(names.filter((n) => /^[TDW]_/.test(n.name))).toHaveLength(3 * 30);
    // Then the hypotheses sheet's, a value's name from its row too; then the spec's own.
    const hypotheses = spec.sheets.find((s) => s.key === 'hypotheses')!.name;
    expect(names.slice(3 * 30, 3 * 30 + 3)).toEqual([
      { name: 'H_unit_price', sheet: hypotheses, range: '$C$4' },
      { name: 'H_share', sheet: hypotheses, range: '$C$5' },
      { name: 'H_conversion', sheet: hypotheses, range: '$C$6' },
    ]);
    expect(names.slice(3 * 30 + 3)).toEqual(spec.names);
    // Written out into rows, the spec keeps them in its own list, in the same order.
    expect(withoutTables(spec).names).toEqual(names);
    const renamed = renameSheets(spec, new Map([[tree.name, 'Tree of 2026-12']]));
    expect(specNames(renamed).find((n) => n.name === 'W_n7')!.sheet).toBe('Tree of 2026-12');
  });

  test('print over the same extent as the same rows', () => {
    expect(sheetExtent(tree)).toEqual(sheetExtent(withoutTable(tree)));
    expect(tree.pageSetup).toBeDefined();
  });

  test('follow a renamed sheet and keep sharing their formulas', () => {
    const calendar = spec.sheets.find((s) => s.key === 'calendar')!.name;
    const renamed = treeOf(renameSheets(spec, new Map([[calendar, 'Days']])));
    expect(sheetRows(renamed)).toEqual(
      sheetRows(treeOf(renameSheets(flat(spec), new Map([[calendar, 'Days']])))),
    );
    const weeks = renamed.table!.columns.filter((c) => c.kind === 'formulas' && c.col >= firstWeek);
    expect(new Set(weeks.map((c) => (c.kind === 'formulas' ? c.fa : null))).size).toBe(1);
    expect(JSON.stringify(sheetRows(renamed))).toContain('Days');
  });
});
