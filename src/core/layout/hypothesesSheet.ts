import { hypothesisName } from '../backcast/formulas';
import type { MessageKey } from '../i18n';
import { looksLikeRate, numberFormatFor } from '../model/units';
import { absA1 } from './a1';
import { cellPool } from './cellPool';
import type { LayoutContext } from './context';
import { inputStyle, numStyle } from './styles';
import type { Cell, DefinedName, SheetSpec } from './spec';

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

/** One row per hypothesis; each value is an input cell named `H_<id>`. */
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
  const names: DefinedName[] = [];
  // A hypothesis's blank cells (no unit, no rationale yet) are one cell for the sheet.
  const same = cellPool();
  ctx.model.hypotheses.forEach((h, i) => {
    const fmt = looksLikeRate(h.id, h.unit, h.name) ? '0.0%' : h.unit ? numberFormatFor(h.unit) : 'General';
    rows.push([
      { v: h.id, s: 'id' },
      { v: h.name, s: 'text' },
      { v: h.value, s: inputStyle(fmt), input: true },
      same(h.unit ?? null, 'text'),
      h.rationale === undefined ? same(null, 'inputText', true) : { v: h.rationale, s: 'inputText', input: true },
      // Written by a recalibration, kept through rebuilds (read back into the model).
      h.previous === undefined ? same(null, numStyle(fmt)) : { v: h.previous, s: numStyle(fmt) },
      same(h.updated ?? null, 'text'),
    ]);
    names.push({ name: hypothesisName(h.id), sheet: sheetName, range: absA1(H.firstRow + i, H.col.value) });
  });
  return {
    sheet: {
      key: 'hypotheses',
      name: sheetName,
      rows,
      widths: [18, 24, 14, 8, 48, 12, 12],
      freeze: { rows: H.headerRow, columns: 0 },
      validations: [],
      conditionalFormats: [],
      tabColor: 'FFC000',
    },
    names,
  };
}
