/// <reference types="office-js" />
/**
 * The subset of the Excel JavaScript API this host uses, spelled from @types/office-js.
 *
 * The adapter talks to these interfaces, never to the `Excel` global, so that:
 * - the real `Excel.RequestContext` must be assignable to `XlContext` — `officeRuntime.ts`
 *   passes one where an `XlContext` is expected, so a misspelt or missing member
 *   (`autoFitColumns` for `autofitColumns`) fails the type check instead of passing a test;
 * - tests drive the adapter with a typed recording fake (`tests/support/fakeExcel.ts`) that
 *   implements exactly this subset.
 *
 * Enum-typed members use the string values (`'Custom'`, `'EdgeBottom'`), which the
 * Office.js overloads accept, so nothing here needs the `Excel` global at run time.
 * Properties typed `any` in @types/office-js (`formulas`, `values`, …) are narrowed to
 * what Excel really returns.
 */

/** What a cell accepts through `formulas` / `values`: null leaves the cell as it is, '' clears it. */
export type CellInput = string | number | boolean | null;
/** What a loaded cell reports through `values`: '' for an empty cell, the error text (`#REF!`) for an error. */
export type CellOutput = string | number | boolean;
/** `Excel.RangeValueType` as its string values. */
export type ValueType = `${Excel.RangeValueType}`;

export interface XlLoadable {
  /** Property names (or `items/name` paths for collections); read them only after `context.sync()`. */
  load(propertyNames: string[]): unknown;
}

export type XlFont = Pick<Excel.RangeFont, 'bold' | 'italic' | 'size' | 'color'>;
export type XlFill = Pick<Excel.RangeFill, 'color'>;
export type XlBorder = Pick<Excel.RangeBorder, 'style' | 'color'>;

export interface XlRangeFormat extends Pick<
  Excel.RangeFormat,
  'columnWidth' | 'wrapText' | 'horizontalAlignment' | 'verticalAlignment' | 'indentLevel'
> {
  readonly font: XlFont;
  readonly fill: XlFill;
  readonly borders: { getItem(index: 'EdgeBottom' | 'InsideHorizontal'): XlBorder };
}

export interface XlDataValidation extends Pick<
  Excel.DataValidation,
  'rule' | 'prompt' | 'errorAlert' | 'ignoreBlanks'
> {
  clear(): void;
}

export interface XlConditionalFormat {
  readonly custom: {
    readonly rule: Pick<Excel.ConditionalFormatRule, 'formula'>;
    readonly format: {
      readonly fill: Pick<Excel.ConditionalRangeFill, 'color'>;
      readonly font: Pick<Excel.ConditionalRangeFont, 'color' | 'bold'>;
    };
  };
}

/** A data bar (ExcelApi 1.6): its bounds and its bar's colour. */
export interface XlDataBarFormat {
  readonly dataBar: Pick<Excel.DataBarConditionalFormat, 'lowerBoundRule' | 'upperBoundRule'> & {
    readonly positiveFormat: Pick<Excel.ConditionalDataBarPositiveFormat, 'fillColor' | 'gradientFill'>;
  };
}

export interface XlConditionalFormats {
  add(type: 'Custom'): XlConditionalFormat;
  add(type: 'DataBar'): XlDataBarFormat;
  clearAll(): void;
}

export interface XlRange extends XlLoadable {
  formulas: CellInput[][];
  values: CellInput[][];
  numberFormat: (string | null)[][];
  hyperlink: Excel.RangeHyperlink;
  readonly valueTypes: ValueType[][];
  /** Sheet-qualified A1 address, as Excel spells it (`Sheet1!B2:C4`, `'KPI Tree'!B2`). */
  readonly address: string;
  /** 0-based row of the range's top-left cell. */
  readonly rowIndex: number;
  /** 0-based column of the range's top-left cell. */
  readonly columnIndex: number;
  readonly isNullObject: boolean;
  readonly format: XlRangeFormat;
  readonly dataValidation: XlDataValidation;
  readonly conditionalFormats: XlConditionalFormats;
  select(): void;
  /** `All`: contents, formats, hyperlinks and notes. */
  clear(applyTo: 'All'): void;
  /** Splits merged areas in the range into single cells (ExcelApi 1.2). */
  unmerge(): void;
}

/** Several rectangles formatted by one request (`worksheet.getRanges("A1:B2,D4")`, ExcelApi 1.9). */
export interface XlRangeAreas {
  readonly format: XlRangeFormat;
}

export interface XlFreezePanes {
  freezeAt(frozenRange: string): void;
  freezeRows(count: number): void;
  freezeColumns(count: number): void;
}

/** One header or footer's parts, in Excel's header codes (ExcelApi 1.9). */
export interface XlHeaderFooter
  extends
    XlLoadable,
    Pick<Excel.HeaderFooter, 'leftHeader' | 'centerHeader' | 'rightHeader' | 'leftFooter' | 'centerFooter' | 'rightFooter'> {}

export interface XlHeadersFooters extends Pick<Excel.HeaderFooterGroup, 'state'> {
  /** The header and footer of every page (when `state` is `Default`). */
  readonly defaultForAllPages: XlHeaderFooter;
}

/** A print area or the repeated rows, as read back; a null object when the sheet has none. */
export interface XlPrintRange extends XlLoadable {
  /** Sheet-qualified (`'KPI Tree'!$B$4:$U$10`). */
  readonly address: string;
  readonly isNullObject: boolean;
}

/** How a sheet prints (ExcelApi 1.9): margins are in points. */
export interface XlPageLayout
  extends
    XlLoadable,
    Pick<
      Excel.PageLayout,
      | 'orientation'
      | 'paperSize'
      | 'zoom'
      | 'leftMargin'
      | 'rightMargin'
      | 'topMargin'
      | 'bottomMargin'
      | 'headerMargin'
      | 'footerMargin'
      | 'printGridlines'
      | 'centerHorizontally'
    > {
  readonly headersFooters: XlHeadersFooters;
  setPrintArea(printArea: string): void;
  /** Whole rows (`$4:$4`). */
  setPrintTitleRows(printTitleRows: string): void;
  getPrintAreaOrNullObject(): XlPrintRange;
  getPrintTitleRowsOrNullObject(): XlPrintRange;
}

export interface XlWorksheet extends XlLoadable {
  readonly id: string;
  readonly name: string;
  position: number;
  tabColor: string;
  readonly freezePanes: XlFreezePanes;
  readonly pageLayout: XlPageLayout;
  getRange(address?: string): XlRange;
  getRanges(address: string): XlRangeAreas;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  activate(): void;
}

/** What the host needs from `Excel.WorksheetChangedEventArgs`. */
export type XlChangedArgs = Pick<Excel.WorksheetChangedEventArgs, 'worksheetId' | 'address'>;

export interface XlHandlerResult {
  remove(): void;
  /** The request context the handler was added with; removing it must run there. */
  readonly context: unknown;
}

export interface XlWorksheets extends XlLoadable {
  readonly items: XlWorksheet[];
  getItem(key: string): XlWorksheet;
  add(name: string): XlWorksheet;
  /** Any cell change on any sheet, including sheets added later (ExcelApi 1.9). */
  readonly onChanged: { add(handler: (args: XlChangedArgs) => Promise<void>): XlHandlerResult };
}

export interface XlNamedItem {
  readonly name: string;
  readonly type: `${Excel.NamedItemType}`;
  /** `=Sheet!$A$1`; settable (ExcelApi 1.7), which keeps formulas that use the name linked. */
  formula: string;
  delete(): void;
}

export interface XlNamedItems extends XlLoadable {
  readonly items: XlNamedItem[];
  getItem(name: string): XlNamedItem;
  add(name: string, reference: string, comment?: string): unknown;
}

export interface XlNote extends XlLoadable {
  /** The note's text; setting it replaces the text of a note that exists. */
  content: string;
  /** The cell the note is on: load its `address` to know which. */
  getLocation(): XlRange;
}

/**
 * Cell notes (not threaded comments), ExcelApi 1.18: touching them on an older Excel
 * fails the whole batch, so the host checks the requirement set first.
 */
export interface XlNotes extends XlLoadable {
  /** Every note of the workbook, once loaded (`items/content`). */
  readonly items: XlNote[];
  /** Adds a note to a cell that has none; `cellAddress` is sheet-qualified (`'KPI Tree'!B2`). */
  add(cellAddress: string, content: string): unknown;
}

export interface XlWorkbook {
  readonly worksheets: XlWorksheets;
  readonly names: XlNamedItems;
  readonly notes: XlNotes;
}

export interface XlApplication {
  suspendApiCalculationUntilNextSync(): void;
  calculate(calculationType: 'Recalculate' | 'Full'): void;
}

export interface XlContext {
  readonly workbook: XlWorkbook;
  readonly application: XlApplication;
  sync(): Promise<void>;
}
