import { parseRange, range } from './a1';
import {
  tableStyle,
  type CellStyle,
  type HeaderFooterParts,
  type PageSetup,
  type SheetSpec,
  type StyleKey,
  type TableColumn,
} from './spec';

/** A4 in points, portrait. */
const A4 = { width: 595.3, height: 841.9 } as const;

/** Narrow margins, in inches: the page is for the table, the header and footer sit close to the edge. */
export const PRINT_MARGINS: PageSetup['margins'] = {
  left: 0.25,
  right: 0.25,
  top: 0.55,
  bottom: 0.55,
  header: 0.25,
  footer: 0.25,
};

/** The smallest scaling at which a meeting sheet still reads comfortably. */
export const READABLE_SCALE = 0.6;

/**
 * Points one character of column width takes on paper: Excel's 7 pixels of Calibri 11
 * are 5.25 points; LibreOffice's metrics come out wider, so the estimate errs that way.
 */
const POINTS_PER_CHARACTER = 5.6;
/** Excel's width of a column the sheet leaves at its default. */
const DEFAULT_WIDTH = 9;
/** Points one row takes: 15 for Calibri 11, more once Japanese text is in it. */
const ROW_POINTS = 18;
/** A header row's cells wrap: room for two lines. */
const TITLE_ROW_POINTS = 36;

/** Where a sheet's table stands, as printing needs to know it. */
export interface PrintLayout {
  /** The row that heads the table: repeated at the top of every page. */
  readonly titleRow: number;
  /** The first row repeated with it, when headings stand above the header row; else the header row alone. */
  readonly titleFirstRow?: number;
  /** The first row printed: rows above it (a title the page header repeats) stay out. */
  readonly firstRow: number;
  /** The first column printed: columns before it only tools need (ids). */
  readonly firstColumn: number;
  /** A meeting sheet: on one page whenever its rows fit at the scale its width needs. */
  readonly onePage: boolean;
  readonly header: HeaderFooterParts;
  readonly footer: HeaderFooterParts;
}

/** The last row and column (1-based) holding one of the sheet's cells. */
export function sheetExtent(sheet: Pick<SheetSpec, 'rows' | 'table'>): {
  readonly rows: number;
  readonly columns: number;
} {
  let rows = 0;
  let columns = 0;
  sheet.rows.forEach((cells, r) => {
    let last = cells.length;
    while (last > 0 && !cells[last - 1]) last--;
    if (last === 0) return;
    rows = r + 1;
    columns = Math.max(columns, last);
  });
  const table = sheet.table;
  for (const column of table?.columns ?? []) {
    let at = (table?.length ?? 0) - 1;
    while (at >= 0 && !holdsCell(column, at)) at--;
    if (at < 0 || table === undefined) continue;
    rows = Math.max(rows, table.firstRow + at);
    columns = Math.max(columns, column.col);
  }
  return { rows, columns };
}

/** Whether a table column has a cell at a row (0-based). */
function holdsCell(column: TableColumn, at: number): boolean {
  return (
    column.kind === 'values' ||
    (column.kind === 'cells' ? column.cells[at] != null : column.f[at] !== undefined)
  );
}

/**
 * How a sheet prints, from its real extent: A4 landscape, one page wide over the columns
 * it has (however many a later version adds), its table's header row on every page, and
 * on one page too when a meeting sheet's rows fit at that width's scale. Automatic page
 * breaks fall between rows, never inside one, so a longer sheet breaks between nodes.
 */
export function pageSetupOf(
  sheet: SheetSpec,
  styles: Readonly<Record<string, CellStyle>>,
  layout: PrintLayout,
): PageSetup {
  const extent = sheetExtent(sheet);
  const lastRow = Math.max(extent.rows, layout.titleRow, layout.firstRow);
  const lastColumn = Math.max(extent.columns, layout.firstColumn);
  const base = {
    paper: 'A4',
    orientation: 'landscape',
    margins: PRINT_MARGINS,
    area: range(layout.firstRow, layout.firstColumn, lastRow, lastColumn),
    titleRows: { first: layout.titleFirstRow ?? layout.titleRow, last: layout.titleRow },
    gridlines: !hasOwnBorders(sheet, styles, layout.titleRow),
    header: layout.header,
    footer: layout.footer,
  } as const;
  const wide = { ...base, fit: { wide: 1, tall: 0 } };
  if (!layout.onePage) return wide;
  const scale = printScale(sheet, wide);
  const height = (lastRow - layout.firstRow) * ROW_POINTS + TITLE_ROW_POINTS;
  return height * scale <= printableSize(wide).height ? { ...base, fit: { wide: 1, tall: 1 } } : wide;
}

/** The paper's printable width and height in points: the page less its margins. */
function printableSize(setup: Pick<PageSetup, 'orientation' | 'margins'>): { width: number; height: number } {
  const [width, height] = setup.orientation === 'landscape' ? [A4.height, A4.width] : [A4.width, A4.height];
  const m = setup.margins;
  return { width: width - (m.left + m.right) * 72, height: height - (m.top + m.bottom) * 72 };
}

/**
 * The scaling a sheet prints at when it is fit to its pages' width (at most 1), estimated
 * from its columns' widths: what decides whether a meeting sheet is still readable.
 */
export function printScale(
  sheet: Pick<SheetSpec, 'widths'>,
  setup: Pick<PageSetup, 'orientation' | 'margins' | 'area' | 'fit'>,
): number {
  const area = parseRange(setup.area);
  if (area === null) throw new Error(`A print area the tool cannot read: "${setup.area}"`);
  let characters = 0;
  for (let c = area.col1; c <= area.col2; c++) characters += sheet.widths[c - 1] ?? DEFAULT_WIDTH;
  const width = characters * POINTS_PER_CHARACTER;
  return Math.min(1, (printableSize(setup).width * setup.fit.wide) / width);
}

/** Whether the rows below the table's header draw borders of their own (then gridlines would double them). */
function hasOwnBorders(
  sheet: SheetSpec,
  styles: Readonly<Record<string, CellStyle>>,
  titleRow: number,
): boolean {
  const borders = (s: StyleKey | undefined): boolean => s !== undefined && styles[s]?.borderBottom === true;
  const table = sheet.table;
  return (
    sheet.rows.some((cells, r) => r + 1 > titleRow && cells.some((c) => borders(c?.s))) ||
    (table !== undefined &&
      table.columns.some((column) => {
        for (let at = Math.max(0, titleRow + 1 - table.firstRow); at < table.length; at++)
          if (borders(tableStyle(column, at))) return true;
        return false;
      }))
  );
}

/** The longest run of people's text a header or footer part takes, in characters. */
const HEADER_TEXT_MAX = 60;

/**
 * People's text (a plan's title) as a header or footer part shows it: one line, cut to a
 * length the 255 characters of a header leave room for, and every `&` doubled so that no
 * title can turn into a header code (`&P`, `&"font"`, `&R`).
 */
export function headerText(text: string): string {
  const line = [...text]
    .map((ch) => (ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f ? ' ' : ch))
    .join('')
    .replace(/ +/g, ' ')
    .trim();
  const chars = [...line];
  const cut = chars.length > HEADER_TEXT_MAX ? `${chars.slice(0, HEADER_TEXT_MAX - 1).join('')}…` : line;
  return cut.replace(/&/g, '&&');
}
