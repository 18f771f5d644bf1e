import { hypothesisName } from '../backcast/formulas';
import type { MessageKey } from '../i18n';
import { looksLikeRate, numberFormatFor } from '../model/units';
import type { LayoutContext } from './context';
import { inputStyle, numStyle } from './styles';
import type { Cell, CellValue, DefinedName, SheetSpec, StyleKey, TableSpec } from './spec';

export const HYPOTHESES = { headerRow: 3, firstRow: 4, col: { id: 1, name: 2, value: 3, unit: 4, rationale: 5, previous: 6, updated: 7 } } as const;

/** A field of a hypothesis; each is a column of the hypotheses sheet. */
export type HypothesisField = keyof typeof HYPOTHESES.col;

/** The header of each column, by which the reader finds it (in either language). */
export const HYPOTHESIS_HEADER_KEYS = {
  id: 'sheet.hypotheses.col.id',
  name: 'sheet.hypotheses.col.name',
  value: 'sheet.hypotheses.col.value',
  unit: 'sheet.hypotheses.col.unit',
  rationale: 'sheet.hypotheses.col.rationale',
  previous: 'sheet.hypotheses.col.previous',
  updated: 'sheet.hypotheses.col.updated',
} as const satisfies Readonly<Record<HypothesisField, MessageKey>>;

/** Whether a plan path's last part names a hypothesis field. */
export function isHypothesisField(field: string): field is HypothesisField {
  return Object.prototype.hasOwnProperty.call(HYPOTHESES.col, field);
}

/** One row per hypothesis (a table); each value is an input cell named `H_<id>`. */
export function layoutHypothesesSheet(ctx: LayoutContext): { sheet: SheetSpec; names: DefinedName[] } {
  const sheetName = ctx.sheetName('hypotheses');
  const H = HYPOTHESES;
  const rows: (Cell | null)[][] = [
    [{ v: ctx.tr('sheet.hypotheses.title', { title: ctx.model.title }), s: 'title' }],
    [{ v: ctx.tr('sheet.hypotheses.subtitle'), s: 'subtitle' }],
    [
      { v: ctx.tr(HYPOTHESIS_HEADER_KEYS.id), s: 'header' },
      { v: ctx.tr(HYPOTHESIS_HEADER_KEYS.name), s: 'header' },
      { v: ctx.tr(HYPOTHESIS_HEADER_KEYS.value), s: 'headerInput' },
      { v: ctx.tr(HYPOTHESIS_HEADER_KEYS.unit), s: 'header' },
      { v: ctx.tr(HYPOTHESIS_HEADER_KEYS.rationale), s: 'headerInput' },
      { v: ctx.tr(HYPOTHESIS_HEADER_KEYS.previous), s: 'header' },
      { v: ctx.tr(HYPOTHESIS_HEADER_KEYS.updated), s: 'header' },
    ],
  ];
  // One row per hypothesis, column by column; a hypothesis's blank cells are no cells of their own.
  const { hypotheses } = ctx.model;
  const n = hypotheses.length;
  const id = new Array<CellValue>(n);
  const name = new Array<CellValue>(n);
  const value = new Array<CellValue>(n);
  const valueStyle = new Array<StyleKey>(n);
  const unit = new Array<CellValue>(n);
  const rationale = new Array<CellValue>(n);
  const previous = new Array<CellValue>(n);
  const previousStyle = new Array<StyleKey>(n);
  const updated = new Array<CellValue>(n);
  hypotheses.forEach((h, i) => {
    const fmt = looksLikeRate(h.id, h.unit, h.name) ? '0.0%' : h.unit ? numberFormatFor(h.unit) : 'General';
    id[i] = h.id;
    name[i] = h.name;
    value[i] = h.value;
    valueStyle[i] = inputStyle(fmt);
    unit[i] = h.unit ?? null;
    rationale[i] = h.rationale ?? null;
    // Written by a recalibration, kept through rebuilds (read back into the model).
    previous[i] = h.previous ?? null;
    previousStyle[i] = numStyle(fmt);
    updated[i] = h.updated ?? null;
  });
  const C = H.col;
  const table: TableSpec = {
    firstRow: H.firstRow,
    length: n,
    columns: [
      { kind: 'values', col: C.id, values: id, s: 'id' },
      { kind: 'values', col: C.name, values: name, s: 'text' },
      { kind: 'values', col: C.value, values: value, s: valueStyle, input: true },
      { kind: 'values', col: C.unit, values: unit, s: 'text' },
      { kind: 'values', col: C.rationale, values: rationale, s: 'inputText', input: true },
      { kind: 'values', col: C.previous, values: previous, s: previousStyle },
      { kind: 'values', col: C.updated, values: updated, s: 'text' },
    ],
    // Each value is named `H_<id>`.
    names: [{ prefix: hypothesisName(''), idCol: C.id, col: C.value }],
  };
  return {
    sheet: {
      key: 'hypotheses',
      name: sheetName,
      rows,
      table,
      widths: [18, 24, 14, 8, 48, 12, 12],
      freeze: { rows: H.headerRow, columns: 0 },
      validations: [],
      conditionalFormats: [],
      tabColor: 'FFC000',
    },
    names: [],
  };
}
