import type { IsoDate } from '../brand';
import type { Formula } from '../formula/ast';
import { fillArg } from '../formula/walk';
import { absRange } from './a1';

/**
 * A host-neutral description of the workbook the product writes. Both hosts (ExcelJS
 * for the CLI and the browser, Office.js in Excel) apply the same spec, so a workbook
 * built by the CLI and one built by the add-in are the same.
 */
export type CellValue = string | number | boolean | null | { readonly date: IsoDate };

export interface Cell {
  /** A literal. Strings are always written as text, never as formulas. */
  readonly v?: CellValue;
  /**
   * A formula AST; rendered once, by `renderFormula`, in English with `,` separators. It
   * may be shared by many cells, each giving its own part in `fa`: read it through
   * `cellFormula`.
   */
  readonly f?: Formula;
  /** The cell's own part of a shared `f`, in place of its `arg` (a row's `T_` name). */
  readonly fa?: Formula;
  /** The value the core computed for `f` (or a carried formula showed), cached for readers that do not recalculate. */
  readonly result?: number | string;
  /** A key of `WorkbookSpec.styles`. */
  readonly s?: StyleKey;
  /**
   * An input cell people type into (hypothesis values, actuals, answers). Its `v` is
   * only a seed: a host writes it into a new or empty cell, never over what is there.
   */
  readonly input?: boolean;
  /** A note shown on hover (header guidance). */
  readonly note?: string;
  /** Makes the cell a link to another place in the workbook: a sheet-qualified A1 address. */
  readonly link?: string;
  /**
   * A formula people wrote in their own column, carried over as they wrote it when a
   * rebuild moves its row. Only ever taken from the workbook itself, never from plan text.
   */
  readonly carriedFormula?: string;
  /**
   * A number format of people's own, carried with their cell (a date in a column they
   * added stays a date). Applied after the style; never set on the tool's own cells.
   */
  readonly numFmt?: string;
}

export type StyleKey =
  | 'title'
  | 'subtitle'
  | 'header'
  | 'headerInput'
  | 'label'
  | 'text'
  | 'muted'
  | 'id'
  | 'date'
  | 'inputText'
  | 'inputDate'
  | 'total'
  | `num:${string}`
  | `input:${string}`
  | `indent:${number}`;

export interface CellStyle {
  readonly numFmt?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  /** RGB hex without '#', e.g. `1F4E79`. */
  readonly color?: string;
  readonly fill?: string;
  readonly indent?: number;
  readonly wrap?: boolean;
  readonly align?: 'left' | 'center' | 'right';
  readonly borderBottom?: boolean;
}

export type Validation =
  | { readonly range: string; readonly type: 'list'; readonly values: readonly string[]; readonly prompt?: string }
  | { readonly range: string; readonly type: 'date'; readonly prompt?: string }
  | { readonly range: string; readonly type: 'decimal'; readonly min?: number; readonly max?: number; readonly prompt?: string };

export interface ConditionalFormat {
  /** The range it applies to, e.g. `A5:Z40`. */
  readonly range: string;
  /** A formula written for the range's top-left cell, relative references as in Excel. */
  readonly formula: Formula;
  readonly style: { readonly fill?: string; readonly color?: string; readonly bold?: boolean };
}

/**
 * A conditional format of the data-bar kind: each cell of the range shows a bar as long
 * as its number between `min` (no bar) and `max` (a full bar), in `color`.
 */
export interface DataBar {
  readonly range: string;
  readonly color: string;
  readonly min: number;
  readonly max: number;
}

/**
 * Which part of the product a sheet is; the name shown depends on the language. `people`
 * is a sheet of people's own (a dashboard) that a rebuild touches only to keep their
 * formulas pointing at the cells they pointed at: its spec holds just those formula cells,
 * with no styles, widths, validations or formats, and its name and place stay theirs.
 */
export type SheetKey =
  | 'tree'
  | 'hypotheses'
  | 'members'
  | 'calendar'
  | 'settings'
  | 'milestones'
  | 'checks'
  | 'history'
  | 'people'
  | `review:${string}`
  | `oneOnOne:${string}`;

export interface SheetSpec {
  readonly key: SheetKey;
  readonly name: string;
  /**
   * Rows from A1; null or a missing cell means "the tool does not own this cell". The rows
   * a `table` describes are not here: read a whole sheet through `sheetRows` or `eachRow`.
   */
  readonly rows: readonly (readonly (Cell | null)[])[];
  /** Rows below `rows`, described column by column (the tree's nodes). */
  readonly table?: TableSpec;
  /** Column widths in characters, from column A. */
  readonly widths: readonly number[];
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly validations: readonly Validation[];
  readonly conditionalFormats: readonly ConditionalFormat[];
  /** Data bars, written with (and replaced like) the conditional formats. */
  readonly dataBars?: readonly DataBar[];
  readonly tabColor?: string;
  /**
   * On a rebuild, every row below this one is emptied before writing, because the spec
   * carries all that stood there (nodes, people's columns and rows) in its new place.
   */
  readonly clearBelow?: number;
  /** How the sheet prints; absent leaves the sheet's page setup alone. */
  readonly pageSetup?: PageSetup;
}

/**
 * Rows described column by column: an array for each field of a column, not an object for
 * each cell. The tree's node rows are one: some thirty cells a node, so a 10,000-node build
 * holds a few hundred arrays instead of some 300,000 cells and 10,000 row arrays. A table
 * starts below the sheet's `rows` and holds every cell of its rows.
 */
export interface TableSpec {
  /** The table's first row (1-based); it runs `length` rows down. */
  readonly firstRow: number;
  readonly length: number;
  /** In the order of their columns, one at most a column. */
  readonly columns: readonly TableColumn[];
  /** The defined names each row gives its own cells (the tree's `T_`, `D_` and `W_`): `specNames` lists them. */
  readonly names?: readonly TableNames[];
}

/**
 * A defined name for each row of a table: the row's is `prefix` and the id its `idCol`
 * holds (`T_revenue`), over `col` to `lastCol` of that row. Made when they are written.
 */
export interface TableNames {
  readonly prefix: string;
  readonly idCol: number;
  readonly col: number;
  readonly lastCol?: number;
}

export type TableColumn = CellsColumn | ValuesColumn | FormulasColumn;

/** A column of cells as they are, one a row: null where the tool owns nothing. */
export interface CellsColumn {
  readonly kind: 'cells';
  /** 1-based. */
  readonly col: number;
  readonly cells: readonly (Cell | null)[];
}

/** A column of literals: each row's value (null: a blank cell the column still styles). */
export interface ValuesColumn {
  readonly kind: 'values';
  readonly col: number;
  readonly values: readonly CellValue[];
  /** One style for the column, or each row's. */
  readonly s: StyleKey | readonly StyleKey[];
  /** An input column: each value is only a seed (`Cell.input`). */
  readonly input?: true;
}

/**
 * A column of formulas, as `Cell.f`, `Cell.fa` and `Cell.result` are: each row's formula
 * (mostly one the column shares), its own part, its computed value and its style. A row
 * without a formula has no cell there.
 */
export interface FormulasColumn {
  readonly kind: 'formulas';
  readonly col: number;
  readonly f: readonly (Formula | undefined)[];
  /** Missing for a row whose formula is whole. Columns giving every row the same part share one list. */
  readonly fa: readonly (Formula | undefined)[];
  readonly result: readonly (number | undefined)[];
  readonly s: readonly StyleKey[];
}

/** The cell a table column holds at its `at`-th row (0-based), as `rows` would hold it. */
export function tableCell(column: TableColumn, at: number): Cell | null {
  switch (column.kind) {
    case 'cells':
      return column.cells[at] ?? null;
    case 'values': {
      const v = column.values[at] ?? null;
      const s = typeof column.s === 'string' ? column.s : column.s[at];
      return column.input ? { v, s, input: true } : { v, s };
    }
    case 'formulas': {
      const f = column.f[at];
      if (f === undefined) return null;
      const fa = column.fa[at];
      const result = column.result[at];
      return fa === undefined ? { f, result, s: column.s[at] } : { f, fa, result, s: column.s[at] };
    }
  }
}

/** A table column's style at a row (0-based), without making the cell. */
export function tableStyle(column: TableColumn, at: number): StyleKey | undefined {
  switch (column.kind) {
    case 'cells':
      return column.cells[at]?.s;
    case 'values':
      return typeof column.s === 'string' ? column.s : column.s[at];
    case 'formulas':
      return column.f[at] === undefined ? undefined : column.s[at];
  }
}

/** The literal at a row and column (1-based) of a sheet, table or not, without making a cell. */
export function valueAt(sheet: SheetSpec, row: number, col: number): CellValue | undefined {
  const table = sheet.table;
  if (table !== undefined && row >= table.firstRow && row < table.firstRow + table.length) {
    const column = table.columns.find((c) => c.col === col);
    if (column === undefined) return undefined;
    const at = row - table.firstRow;
    if (column.kind === 'values') return column.values[at] ?? null;
    return column.kind === 'cells' ? column.cells[at]?.v : undefined;
  }
  return sheet.rows[row - 1]?.[col - 1]?.v;
}

/** The number of rows a sheet describes, its table's included. */
export function sheetHeight(sheet: SheetSpec): number {
  const table = sheet.table;
  return table === undefined ? sheet.rows.length : Math.max(sheet.rows.length, table.firstRow - 1 + table.length);
}

/**
 * Each row of a sheet in order, its table's too (each table row made when its turn comes
 * and let go after: a caller keeping rows keeps them itself). `r` is 0-based.
 */
export function eachRow(sheet: SheetSpec, visit: (cells: readonly (Cell | null)[], r: number) => void): void {
  const table = sheet.table;
  if (table === undefined) {
    sheet.rows.forEach((cells, r) => visit(cells, r));
    return;
  }
  const height = sheetHeight(sheet);
  const width = table.columns.reduce((w, c) => Math.max(w, c.col), 0);
  for (let r = 0; r < height; r++) {
    const at = r + 1 - table.firstRow;
    if (at < 0 || at >= table.length) {
      visit(sheet.rows[r] ?? [], r);
      continue;
    }
    const own = sheet.rows[r] ?? [];
    const cells = new Array<Cell | null>(Math.max(own.length, width)).fill(null);
    own.forEach((c, i) => (cells[i] = c));
    for (const column of table.columns) cells[column.col - 1] = tableCell(column, at);
    visit(cells, r);
  }
}

/** A sheet's rows, its table's written out among them: the whole sheet as rows alone. */
export function sheetRows(sheet: SheetSpec): (readonly (Cell | null)[])[] {
  const rows: (readonly (Cell | null)[])[] = [];
  eachRow(sheet, (cells) => rows.push(cells));
  return rows;
}

/**
 * Every defined name of a spec: those its tables give their rows, a row's together, each
 * table's before the spec's own list (the order a host adds them in).
 */
export function specNames(spec: WorkbookSpec): readonly DefinedName[] {
  const names: DefinedName[] = [];
  for (const sheet of spec.sheets) {
    const table = sheet.table;
    if (table?.names === undefined) continue;
    // Each name's column of ids, found once for the table rather than once a row.
    const idColumns = table.names.map((given) => table.columns.find((c) => c.col === given.idCol));
    for (let at = 0; at < table.length; at++) {
      const r = table.firstRow + at;
      for (let k = 0; k < table.names.length; k++) {
        const given = table.names[k];
        const ids = idColumns[k];
        const id = ids === undefined ? undefined : ids.kind === 'values' ? ids.values[at] : tableCell(ids, at)?.v;
        if (typeof id !== 'string' || id === '') continue;
        names.push({ name: given.prefix + id, sheet: sheet.name, range: absRange(r, given.col, r, given.lastCol ?? given.col) });
      }
    }
  }
  return names.length === 0 ? spec.names : names.concat(spec.names);
}

/** The spec described by rows alone: its tables written out into rows, their names into its list. */
export function withoutTables(spec: WorkbookSpec): WorkbookSpec {
  if (spec.sheets.every((s) => s.table === undefined)) return spec;
  return { ...spec, sheets: spec.sheets.map(withoutTable), names: specNames(spec) };
}

/**
 * The sheet described by rows alone, its table written out into them. The names its
 * table gives are not rows: `withoutTables` moves them into the spec's list.
 */
export function withoutTable(sheet: SheetSpec): SheetSpec {
  if (sheet.table === undefined) return sheet;
  const { table: _table, ...rest } = sheet;
  return { ...rest, rows: sheetRows(sheet) };
}

/**
 * How a sheet prints, in no host's terms. A host writes it only where the sheet is new or
 * still prints as the tool last set it (`hosts/edit`): a person's own page setup is kept.
 */
export interface PageSetup {
  readonly paper: 'A4';
  readonly orientation: 'portrait' | 'landscape';
  /** Fit to this many pages wide and tall; 0 tall: as many pages as the rows need. */
  readonly fit: { readonly wide: number; readonly tall: number };
  /** In inches. */
  readonly margins: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
    readonly header: number;
    readonly footer: number;
  };
  /** What prints, `B4:U10`: the columns only tools need stay outside. */
  readonly area: string;
  /** Rows repeated at the top of every page (1-based, inclusive). */
  readonly titleRows: { readonly first: number; readonly last: number };
  readonly gridlines: boolean;
  /** Each part in Excel's header codes (`&P`), people's text escaped (`&&`). */
  readonly header: HeaderFooterParts;
  readonly footer: HeaderFooterParts;
}

export interface HeaderFooterParts {
  readonly left: string;
  readonly center: string;
  readonly right: string;
}

export interface DefinedName {
  readonly name: string;
  readonly sheet: string;
  /** Absolute A1 range on that sheet, e.g. `$G$5` or `$I$5:$M$5`. */
  readonly range: string;
}

export interface WorkbookSpec {
  readonly sheets: readonly SheetSpec[];
  readonly names: readonly DefinedName[];
  readonly styles: Readonly<Record<string, CellStyle>>;
}

/** The whole formula of a cell: its shared formula with its own part filled in. */
export function cellFormula(cell: Cell): Formula | undefined {
  if (cell.f === undefined || cell.fa === undefined) return cell.f;
  return fillArg(cell.f, cell.fa);
}
