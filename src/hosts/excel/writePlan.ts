import type {
  CellStyle,
  ConditionalFormat,
  SheetSpec,
  Validation,
  WorkbookSpec,
} from '../../core/layout/spec';
import type { CellInput } from './api';
import { boundingRect, columnsAddress, coverWithRects, joinAddresses, rectAddress, type Rect } from './areas';
import { charsToPoints } from './columnWidth';
import { officeFormula, typedFormula } from './formulaText';
import { ACTION_OVERHEAD_BYTES, SLAB_BUDGET_BYTES, jsonBytes } from './payload';
import { literalInput } from './textSafety';

/**
 * What applying one sheet of a WorkbookSpec means in Excel, as plain data: no Office
 * call here, so the batching can be tested and measured without a host.
 */
export interface SheetWrite {
  readonly name: string;
  /** Generated cells in row slabs: a 2-D `formulas` array (null = leave the cell) and its number formats. */
  readonly blocks: readonly CellBlock[];
  /** Input cells with a seed value, written only where the cell is empty. */
  readonly seeds: readonly SeedCell[];
  /** One entry per style that sets more than a number format; addresses joined for `getRanges`. */
  readonly styles: readonly StyleAreas[];
  /** Runs of columns with the same width, in points. */
  readonly widths: readonly { readonly address: string; readonly points: number }[];
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly validations: readonly Validation[];
  readonly conditionalFormats: readonly ConditionalFormat[];
  readonly tabColor?: string;
  readonly links: readonly { readonly address: string; readonly link: string }[];
  readonly notes: readonly NoteWrite[];
  /** On a rebuild, rows below this one are emptied first: the spec carries what stood there. */
  readonly clearBelow?: number;
}

export interface NoteWrite {
  readonly row: number;
  readonly col: number;
  readonly address: string;
  readonly text: string;
}

/** True when `row` is emptied before the write (`clearBelow`): nothing there survives, no note either. */
export function isCleared(plan: Pick<SheetWrite, 'clearBelow'>, row: number): boolean {
  return plan.clearBelow !== undefined && row > plan.clearBelow;
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
  /** The content to write, or null for an input cell (its seed goes through `seeds`). */
  readonly input: CellInput;
  readonly numFmt: string | null;
}

export function planSheetWrite(
  sheet: SheetSpec,
  spec: WorkbookSpec,
  slabBudget: number = SLAB_BUDGET_BYTES,
): SheetWrite {
  const owned: Owned[] = [];
  const seeds: SeedCell[] = [];
  const styled = new Map<string, { row: number; col: number }[]>();
  const links: { address: string; link: string }[] = [];
  const notes: NoteWrite[] = [];

  sheet.rows.forEach((cells, r) => {
    cells.forEach((cell, c) => {
      if (!cell) return;
      const row = r + 1;
      const col = c + 1;
      const address = rectAddress({ row1: row, col1: col, row2: row, col2: col });
      const style = cell.s ? spec.styles[cell.s] : undefined;
      let input: CellInput;
      if (cell.f) input = officeFormula(cell.f);
      // People's own formula, moved with its row by a rebuild: written as they wrote it.
      else if (cell.carriedFormula !== undefined) input = typedFormula(cell.carriedFormula);
      else if (cell.input) {
        input = null;
        if (cell.v !== undefined && cell.v !== null) seeds.push({ row, col, input: literalInput(cell.v) });
      } else input = literalInput(cell.v);
      // People's own number format on their cell wins over the style's, as in the ExcelJS host.
      owned.push({ row, col, input, numFmt: cell.numFmt ?? style?.numFmt ?? null });
      if (cell.s && style && hasRangeFormat(style)) {
        const list = styled.get(cell.s);
        if (list) list.push({ row, col });
        else styled.set(cell.s, [{ row, col }]);
      }
      if (cell.link && typeof cell.v === 'string' && !cell.input && !cell.f)
        links.push({ address, link: cell.link });
      if (cell.note !== undefined) notes.push({ row, col, address, text: cell.note });
    });
  });

  return {
    name: sheet.name,
    blocks: slabs(owned, slabBudget),
    seeds,
    styles: [...styled].map(([key, cells]) => ({
      key,
      style: spec.styles[key],
      addresses: joinAddresses(coverWithRects(cells), MAX_AREAS_ADDRESS_CHARS),
    })),
    widths: widthRuns(sheet.widths),
    freeze: sheet.freeze,
    validations: sheet.validations,
    conditionalFormats: sheet.conditionalFormats,
    tabColor: sheet.tabColor,
    links,
    notes,
    clearBelow: sheet.clearBelow,
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
