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
  const colStyles = new Map<number, Partial<ExcelJS.Style>>();
  const colStyle = (col: number): Partial<ExcelJS.Style> => {
    let style = colStyles.get(col);
    if (style === undefined) {
      style = ws.getColumn(col).style ?? {};
      colStyles.set(col, style);
    }
    return style;
  };
  const rows: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    const model = row.model;
    if (!model) return;
    // ExcelJS's typings call a cell model's address an Address; the model holds its A1 text.
    const cells = (model.cells ?? []).filter((cell) => significant(cell, model.style, colStyle(columnOf(String(cell.address)))));
    if (cells.length > 0 || model.height || model.hidden || !isEmptyStyle(model.style)) {
      const { number, height, hidden, outlineLevel, collapsed, style } = model;
      rows.push({ number, height, hidden, outlineLevel, collapsed, style, cells });
    }
  });
  // The rest of the sheet as ExcelJS models it (columns, views, merges, validations, formats,
  // protection, state…), whatever its typings declare; rows are taken above, cell by cell.
  const sheet = Object.fromEntries(Object.entries(ws.model).filter(([key]) => key !== 'rows' && key !== 'id' && key !== 'dimensions'));
  const digest = new Digest();
  digest.value({ ...sheet, rows });
  return digest.hex();
}

/**
 * ExcelJS marks the models it writes (style, string and formula indices, priorities):
 * marks of an earlier save are no change.
 */
const WRITE_MARKS = new Set(['styleId', 'ssId', 'si', 'date1904', 'dxfId', 'priority']);

/** An object's keys in order; the few shapes ExcelJS models use are sorted once each. */
const sortedShapes = new Map<string, string[]>();
function sortedKeys(o: Record<string, unknown>): string[] {
  const keys = Object.keys(o);
  if (keys.length < 2) return keys;
  const shape = keys.join('\u0000');
  let sorted = sortedShapes.get(shape);
  if (sorted === undefined) {
    sorted = [...keys].sort();
    if (sortedShapes.size < 10_000) sortedShapes.set(shape, sorted);
  }
  return sorted;
}

/**
 * A 64-bit digest (two 32-bit FNV-style lanes) of a model, walked in place: keys in
 * sorted order (the order in which a style's parts were set is no change), undefined
 * values and ExcelJS's write marks left out. Nothing is copied, however large the sheet.
 */
class Digest {
  private h1 = 0x811c9dc5;
  private h2 = 0x01000193;
  private length = 0;

  value(v: unknown): void {
    if (v === undefined) return;
    if (v === null) return this.text('n');
    switch (typeof v) {
      case 'string':
        this.text('s');
        return this.text(v);
      case 'number':
        this.text('d');
        return this.text(String(v));
      case 'boolean':
        return this.text(v ? 't' : 'f');
      case 'object':
        break;
      default:
        return this.text(String(v));
    }
    if (v instanceof Date) return this.text(String(v.getTime()));
    if (Array.isArray(v)) {
      this.text('[');
      for (const item of v) {
        this.value(item === undefined ? null : item);
        this.text(',');
      }
      return this.text(']');
    }
    const o = v as Record<string, unknown>;
    this.text('{');
    for (const key of sortedKeys(o)) {
      const item = o[key];
      if (item === undefined || WRITE_MARKS.has(key)) continue;
      this.text(key);
      this.text('=');
      this.value(item);
      this.text(';');
    }
    this.text('}');
  }

  private text(t: string): void {
    let { h1, h2 } = this;
    for (let i = 0; i < t.length; i++) {
      const ch = t.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 0x01000193);
      h2 = Math.imul(h2 ^ ch, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    this.h1 = h1;
    this.h2 = h2;
    this.length += t.length;
  }

  hex(): string {
    return `${(this.h1 >>> 0).toString(16).padStart(8, '0')}${(this.h2 >>> 0).toString(16).padStart(8, '0')}:${this.length}`;
  }
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

/** ExcelJS's `ValueType.Null`. */
const NULL_TYPE = 0;
/** The style a new cell takes from its row, else its column (ExcelJS's `Cell._mergeStyle`). */
const STYLE_KEYS = ['numFmt', 'font', 'alignment', 'border', 'fill', 'protection'] as const;

function significant(
  cell: ExcelJS.CellModel,
  rowStyle: Partial<ExcelJS.Style> | undefined,
  colStyle: Partial<ExcelJS.Style> | undefined,
): boolean {
  if (cell.type !== NULL_TYPE || cell.comment !== undefined) return true;
  const inherited: Record<string, unknown> = {};
  for (const key of STYLE_KEYS) {
    const v = rowStyle?.[key] || colStyle?.[key];
    if (v) inherited[key] = v;
  }
  return JSON.stringify(cell.style ?? {}) !== JSON.stringify(inherited);
}

function isEmptyStyle(style: Partial<ExcelJS.Style> | undefined): boolean {
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
