import { hypothesisName } from '../backcast/formulas';
import { looksLikeRate, numberFormatFor } from '../model/units';
import { absA1 } from './a1';
import type { LayoutContext } from './context';
import { inputStyle } from './styles';
import type { Cell, DefinedName, SheetSpec } from './spec';

export const HYPOTHESES = { headerRow: 3, firstRow: 4, col: { id: 1, name: 2, value: 3, unit: 4, rationale: 5 } } as const;

/** One row per hypothesis; each value is an input cell named `H_<id>`. */
export function layoutHypothesesSheet(ctx: LayoutContext): { sheet: SheetSpec; names: DefinedName[] } {
  const sheetName = ctx.sheetName('hypotheses');
  const H = HYPOTHESES;
  const rows: (Cell | null)[][] = [
    [{ v: ctx.tr('sheet.hypotheses.title', { title: ctx.model.title }), s: 'title' }],
    [{ v: ctx.tr('sheet.hypotheses.subtitle'), s: 'subtitle' }],
    [
      { v: ctx.tr('sheet.hypotheses.col.id'), s: 'header' },
      { v: ctx.tr('sheet.hypotheses.col.name'), s: 'header' },
      { v: ctx.tr('sheet.hypotheses.col.value'), s: 'headerInput' },
      { v: ctx.tr('sheet.hypotheses.col.unit'), s: 'header' },
      { v: ctx.tr('sheet.hypotheses.col.rationale'), s: 'headerInput' },
    ],
  ];
  const names: DefinedName[] = [];
  ctx.model.hypotheses.forEach((h, i) => {
    const fmt = looksLikeRate(h.id, h.unit, h.name) ? '0.0%' : h.unit ? numberFormatFor(h.unit) : 'General';
    rows.push([
      { v: h.id, s: 'id' },
      { v: h.name, s: 'text' },
      { v: h.value, s: inputStyle(fmt), input: true },
      { v: h.unit ?? null, s: 'text' },
      { v: h.rationale ?? null, s: 'inputText', input: true },
    ]);
    names.push({ name: hypothesisName(h.id), sheet: sheetName, range: absA1(H.firstRow + i, H.col.value) });
  });
  return {
    sheet: {
      key: 'hypotheses',
      name: sheetName,
      rows,
      widths: [18, 24, 14, 8, 48],
      freeze: { rows: H.headerRow, columns: 0 },
      validations: [],
      conditionalFormats: [],
      tabColor: 'FFC000',
    },
    names,
  };
}
