import type { IsoDate } from '../brand';
import type { Formula } from '../formula/ast';

/**
 * A host-neutral description of the workbook the product writes. Both hosts (ExcelJS
 * for the CLI and the browser, Office.js in Excel) apply the same spec, so a workbook
 * built by the CLI and one built by the add-in are the same.
 */
export type CellValue = string | number | boolean | null | { readonly date: IsoDate };

export interface Cell {
  /** A literal. Strings are always written as text, never as formulas. */
  readonly v?: CellValue;
  /** A formula AST; rendered once, by `renderFormula`, in English with `,` separators. */
  readonly f?: Formula;
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

/** Which part of the product a sheet is; the name shown depends on the language. */
export type SheetKey = 'tree' | 'hypotheses' | 'members' | 'calendar' | 'settings' | 'checks' | 'history' | `review:${string}`;

export interface SheetSpec {
  readonly key: SheetKey;
  readonly name: string;
  /** Rows from A1; null or a missing cell means "the tool does not own this cell". */
  readonly rows: readonly (readonly (Cell | null)[])[];
  /** Column widths in characters, from column A. */
  readonly widths: readonly number[];
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly validations: readonly Validation[];
  readonly conditionalFormats: readonly ConditionalFormat[];
  readonly tabColor?: string;
  /**
   * On a rebuild, every row below this one is emptied before writing, because the spec
   * carries all that stood there (nodes, people's columns and rows) in its new place.
   */
  readonly clearBelow?: number;
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
