import type { CellStyle } from '../../core/layout/spec';
import { boundingRect, coverWithRects, rectAddress, type Rect } from '../edit/rects';
import type { CellContent, SheetEdit } from '../edit/workbookEdit';
import type { CellInput } from './api';
import { columnsAddress, joinAddresses } from './areas';
import { charsToPoints } from './columnWidth';
import { officeFormula, typedFormula } from './formulaText';
import { ACTION_OVERHEAD_BYTES, SLAB_BUDGET_BYTES, jsonBytes } from './payload';
import { literalInput } from './textSafety';

/**
 * One sheet's part of a `WorkbookEdit` in the shapes Office.js requests take, as plain
 * data: generated cells as 2-D `formulas` arrays cut into row slabs (each under a size, so
 * that requests can be grouped under Excel's limit), the seeds as one array, each style
 * over all its areas at once, widths in points. No Office call here, so the batching can
 * be tested and measured without a host.
 */
export interface SheetRequests {
  readonly name: string;
  /** Generated cells in row slabs: a 2-D `formulas` array (null = leave the cell) and its number formats. */
  readonly blocks: readonly CellBlock[];
  /** Input cells that receive their seed (the edit has decided they are empty). */
  readonly seeds: readonly SeedCell[];
  /** One entry per style that sets more than a number format; addresses joined for `getRanges`. */
  readonly styles: readonly StyleAreas[];
  /** Runs of columns with the same width, in points. */
  readonly widths: readonly { readonly address: string; readonly points: number }[];
  readonly links: readonly { readonly address: string; readonly link: string }[];
}

export interface CellBlock {
  readonly rect: Rect;
  readonly formulas: CellInput[][];
  /** Null when no cell of the block has a number format. */
  readonly numberFormat: (string | null)[][] | null;
  /** Cells actually written (non-null entries of `formulas`). */
  readonly cells: number;
  readonly bytes: number;
}

export interface SeedCell {
  readonly row: number;
  readonly col: number;
  readonly input: CellInput;
}

export interface StyleAreas {
  readonly key: string;
  readonly style: CellStyle;
  readonly addresses: readonly string[];
}

/** Excel's limit on a multi-area address is 8,192 characters; stay clear of it. */
export const MAX_AREAS_ADDRESS_CHARS = 7000;

interface Owned {
  readonly row: number;
  readonly col: number;
  /** The content to write, or null for an input cell (its seed, if any, goes through `seeds`). */
  readonly input: CellInput;
  readonly numFmt: string | null;
}

/** A generated cell's content as `range.formulas` takes it; null for an input cell. */
function blockInput(content: CellContent | undefined): CellInput {
  switch (content?.kind) {
    case 'formula':
      return officeFormula(content.formula);
    case 'carried':
      return typedFormula(content.text);
    case 'value':
      return literalInput(content.value);
    default:
      return null;
  }
}

export function sheetRequests(
  sheet: SheetEdit,
  styles: Readonly<Record<string, CellStyle>>,
  slabBudget: number = SLAB_BUDGET_BYTES,
): SheetRequests {
  const owned: Owned[] = [];
  const seeds: SeedCell[] = [];
  const styled = new Map<string, { row: number; col: number }[]>();
  const links: { address: string; link: string }[] = [];

  for (const cell of sheet.cells) {
    const { row, col, content } = cell;
    if (content?.kind === 'seed') seeds.push({ row, col, input: literalInput(content.value) });
    owned.push({ row, col, input: blockInput(content), numFmt: cell.numFmt ?? null });
    const style = cell.style === undefined ? undefined : styles[cell.style];
    if (cell.style !== undefined && style && hasRangeFormat(style)) {
      const list = styled.get(cell.style);
      if (list) list.push({ row, col });
      else styled.set(cell.style, [{ row, col }]);
    }
    if (content?.kind === 'value' && content.link !== undefined)
      links.push({
        address: rectAddress({ row1: row, col1: col, row2: row, col2: col }),
        link: content.link,
      });
  }

  return {
    name: sheet.name,
    blocks: slabs(owned, slabBudget),
    seeds,
    styles: [...styled].map(([key, cells]) => ({
      key,
      style: styles[key],
      addresses: joinAddresses(coverWithRects(cells), MAX_AREAS_ADDRESS_CHARS),
    })),
    widths: widthRuns(sheet.widths),
    links,
  };
}

/** True when a style sets anything besides the number format (which goes with the cell block). */
export function hasRangeFormat(s: CellStyle): boolean {
  return Boolean(
    s.bold || s.italic || s.size || s.color || s.fill || s.indent || s.wrap || s.align || s.borderBottom,
  );
}

/** Cuts the owned cells into row slabs of at most about `budget` bytes, each a tight rectangle. */
function slabs(owned: readonly Owned[], budget: number): CellBlock[] {
  const byRow = new Map<number, Owned[]>();
  for (const o of owned) {
    if (o.input === null && o.numFmt === null) continue;
    const list = byRow.get(o.row);
    if (list) list.push(o);
    else byRow.set(o.row, [o]);
  }
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const out: CellBlock[] = [];
  let slab: Owned[] = [];
  let slabBytes = 0;
  let lastRow = 0;
  const flush = (): void => {
    if (slab.length > 0) out.push(block(slab));
    slab = [];
    slabBytes = 0;
  };
  for (const row of rows) {
    const cells = byRow.get(row) ?? [];
    // A per-row estimate decides the cut; the block's own size is measured exactly.
    const rowBytes = cells.reduce((n, o) => n + jsonBytes(o.input) + jsonBytes(o.numFmt) + 2, 0);
    // A gap (rows the spec leaves alone) would be written as all-null rows: start a new slab instead.
    if (slab.length > 0 && (slabBytes + rowBytes > budget || row !== lastRow + 1)) flush();
    slab.push(...cells);
    slabBytes += rowBytes;
    lastRow = row;
  }
  flush();
  return out;
}

function block(cells: readonly Owned[]): CellBlock {
  const rect = boundingRect(cells);
  if (!rect) throw new Error('block() needs at least one cell');
  const height = rect.row2 - rect.row1 + 1;
  const width = rect.col2 - rect.col1 + 1;
  const formulas: CellInput[][] = Array.from({ length: height }, () =>
    new Array<CellInput>(width).fill(null),
  );
  const formats: (string | null)[][] = Array.from({ length: height }, () =>
    new Array<string | null>(width).fill(null),
  );
  let written = 0;
  let anyFormat = false;
  for (const o of cells) {
    formulas[o.row - rect.row1][o.col - rect.col1] = o.input;
    if (o.input !== null) written++;
    if (o.numFmt !== null) {
      formats[o.row - rect.row1][o.col - rect.col1] = o.numFmt;
      anyFormat = true;
    }
  }
  const numberFormat = anyFormat ? formats : null;
  const bytes =
    jsonBytes(formulas) + (numberFormat ? jsonBytes(numberFormat) : 0) + 2 * ACTION_OVERHEAD_BYTES;
  return { rect, formulas, numberFormat, cells: written, bytes };
}

/** A 2-D array of seeds over their bounding rectangle, null elsewhere. */
export function seedBlock(seeds: readonly SeedCell[]): { rect: Rect; formulas: CellInput[][] } | null {
  const rect = boundingRect(seeds);
  if (!rect) return null;
  const formulas: CellInput[][] = Array.from({ length: rect.row2 - rect.row1 + 1 }, () =>
    new Array<CellInput>(rect.col2 - rect.col1 + 1).fill(null),
  );
  for (const s of seeds) formulas[s.row - rect.row1][s.col - rect.col1] = s.input;
  return { rect, formulas };
}

function widthRuns(widths: readonly number[]): { address: string; points: number }[] {
  const out: { address: string; points: number }[] = [];
  let start = 0;
  for (let i = 1; i <= widths.length; i++) {
    if (i < widths.length && widths[i] === widths[start]) continue;
    out.push({ address: columnsAddress(start + 1, i), points: charsToPoints(widths[start]) });
    start = i;
  }
  return out;
}
