import type { Formula } from '../formula/ast';
import { rewriteFormula } from '../formula/walk';
import type { Cell, SheetSpec, TableColumn, WorkbookSpec } from '../layout/spec';

function renameIn(f: Formula, rename: (name: string) => string): Formula {
  return rewriteFormula(f, (node) =>
    node.kind === 'ref' && node.sheet !== undefined ? { ...node, sheet: rename(node.sheet) } : undefined,
  );
}

/**
 * The spec with sheets renamed (`from` → `to`): the sheets, every formula that points at
 * them, and the defined names. A rebuild keeps the names people gave the tool's sheets.
 */
export function renameSheets(spec: WorkbookSpec, names: ReadonlyMap<string, string>): WorkbookSpec {
  if ([...names].every(([from, to]) => from === to)) return spec;
  const rename = (name: string): string => names.get(name) ?? name;
  // A formula many cells share is renamed once and stays shared.
  const renamed = new Map<Formula, Formula>();
  const formula = (f: Formula): Formula => {
    let r = renamed.get(f);
    if (r === undefined) renamed.set(f, (r = renameIn(f, rename)));
    return r;
  };
  const cell = (c: Cell | null): Cell | null =>
    c?.f ? { ...c, f: formula(c.f), ...(c.fa === undefined ? {} : { fa: formula(c.fa) }) } : c;
  const part = (f: Formula | undefined): Formula | undefined => (f === undefined ? f : formula(f));
  // Lists the table's columns share (the rows' own parts) stay shared.
  const lists = new Map<readonly (Formula | undefined)[], (Formula | undefined)[]>();
  const list = (fs: readonly (Formula | undefined)[]): (Formula | undefined)[] => {
    let r = lists.get(fs);
    if (r === undefined) lists.set(fs, (r = Array.from(fs, part)));
    return r;
  };
  const column = (c: TableColumn): TableColumn =>
    c.kind === 'cells'
      ? { ...c, cells: c.cells.map(cell) }
      : c.kind === 'formulas'
        ? { ...c, f: list(c.f), fa: list(c.fa) }
        : c;
  const sheet = (s: SheetSpec): SheetSpec => ({
    ...s,
    name: rename(s.name),
    rows: s.rows.map((r) => r.map(cell)),
    ...(s.table === undefined ? {} : { table: { ...s.table, columns: s.table.columns.map(column) } }),
    conditionalFormats: s.conditionalFormats.map((cf) => ({ ...cf, formula: renameIn(cf.formula, rename) })),
  });
  return {
    ...spec,
    sheets: spec.sheets.map(sheet),
    names: spec.names.map((n) => ({ ...n, sheet: rename(n.sheet) })),
  };
}
