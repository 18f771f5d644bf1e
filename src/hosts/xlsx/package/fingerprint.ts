import type ExcelJS from 'exceljs';
import type { NameChanges } from './merge';

/**
 * What tells whether an operation changed a sheet: a digest of the sheet as ExcelJS
 * models it (cells, styles, notes, merges, columns, views, validations, conditional
 * formats, protection, state), taken when the file is opened and again when it is saved.
 * Empty cells that merely came into being when the sheet was read (with the style of
 * their row or column) are left out, so reading a sheet does not count as changing it.
 */
export function sheetFingerprint(ws: ExcelJS.Worksheet): string {
  const model = { ...(ws.model as unknown as SheetModel) };
  const cols = model.cols ?? [];
  const colStyle = (col: number): StyleModel | undefined =>
    cols.find((c) => col >= c.min && col <= c.max)?.style;
  const rows = (model.rows ?? [])
    .map((row) => ({
      number: row.number,
      height: row.height,
      hidden: row.hidden,
      outlineLevel: row.outlineLevel,
      collapsed: row.collapsed,
      style: row.style,
      cells: row.cells.filter((cell) => significant(cell, row.style, colStyle(columnOf(cell.address)))),
    }))
    .filter((row) => row.cells.length > 0 || row.height || row.hidden || !isEmptyStyle(row.style));
  return digest(JSON.stringify({ ...model, id: undefined, dimensions: undefined, rows }, withoutWriteMarks));
}

/**
 * ExcelJS marks the models it writes (style, string and formula indices, priorities):
 * marks of an earlier save are no change. Keys are taken in order, so the order in which
 * a style's parts were set is no change either.
 */
const WRITE_MARKS = new Set(['styleId', 'ssId', 'si', 'date1904', 'dxfId', 'priority']);

function withoutWriteMarks(key: string, value: unknown): unknown {
  if (WRITE_MARKS.has(key)) return undefined;
  if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Date)
    return value;
  const o = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(o)
      .sort()
      .map((k) => [k, o[k]]),
  );
}

/** The workbook's defined names as ExcelJS models them: name → its ranges. */
export function namesOf(workbook: ExcelJS.Workbook): Map<string, string> {
  return new Map(workbook.definedNames.model.map((m) => [m.name, JSON.stringify(m.ranges)]));
}

export function nameChanges(before: ReadonlyMap<string, string>, workbook: ExcelJS.Workbook): NameChanges {
  const after = workbook.definedNames.model;
  const now = new Set(after.map((m) => m.name));
  return {
    removed: [...before.keys()].filter((name) => !now.has(name)),
    set: after
      .filter((m) => before.get(m.name) !== JSON.stringify(m.ranges))
      .map((m) => ({ name: m.name, ranges: m.ranges })),
  };
}

type StyleModel = Record<string, unknown>;

interface CellModel {
  readonly address: string;
  readonly type: number;
  readonly style?: StyleModel;
  readonly comment?: unknown;
}

interface RowModel {
  readonly number: number;
  readonly cells: CellModel[];
  readonly height?: number;
  readonly hidden?: boolean;
  readonly outlineLevel?: number;
  readonly collapsed?: boolean;
  readonly style?: StyleModel;
}

interface SheetModel {
  readonly cols?: { min: number; max: number; style?: StyleModel }[];
  readonly rows?: RowModel[];
}

/** ExcelJS's `ValueType.Null`. */
const NULL_TYPE = 0;
/** The style a new cell takes from its row, else its column (ExcelJS's `Cell._mergeStyle`). */
const STYLE_KEYS = ['numFmt', 'font', 'alignment', 'border', 'fill', 'protection'] as const;

function significant(
  cell: CellModel,
  rowStyle: StyleModel | undefined,
  colStyle: StyleModel | undefined,
): boolean {
  if (cell.type !== NULL_TYPE || cell.comment !== undefined) return true;
  const inherited: StyleModel = {};
  for (const key of STYLE_KEYS) {
    const v = rowStyle?.[key] || colStyle?.[key];
    if (v) inherited[key] = v;
  }
  return JSON.stringify(cell.style ?? {}) !== JSON.stringify(inherited);
}

function isEmptyStyle(style: StyleModel | undefined): boolean {
  return style === undefined || Object.keys(style).length === 0;
}

function columnOf(address: string): number {
  let n = 0;
  for (const ch of address) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    n = n * 26 + code - 64;
  }
  return n;
}

/** A 53-bit digest (cyrb53) of a string, as hex. */
function digest(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${(h2 >>> 0).toString(16)}${(h1 >>> 0).toString(16).padStart(8, '0')}:${text.length}`;
}
