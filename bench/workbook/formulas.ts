/**
 * Every formula a workbook file holds: cell formulas, conditional-format and
 * data-validation formulas, and defined names. The census counts them and the volatile
 * ones (INDIRECT, OFFSET, TODAY, NOW, RAND, RANDBETWEEN, RANDARRAY, CELL, INFO: the
 * core's `isVolatileFormulaText`), which recalculate on every edit.
 */
import ExcelJS from 'exceljs';
import { isVolatileFormulaText } from '../../src/core/formula';

/** What ExcelJS keeps on a worksheet but does not declare. */
interface UndeclaredParts {
  readonly conditionalFormattings?: readonly {
    readonly rules?: readonly { readonly formulae?: readonly unknown[] }[];
  }[];
  readonly dataValidations?: {
    readonly model?: Readonly<Record<string, { readonly formulae?: readonly unknown[] }>>;
  };
}

export interface FormulaCensus {
  readonly formulas: number;
  /** Formulas by where they are: a sheet's name, `review tabs` for all weekly tabs, `names`. */
  readonly byPlace: ReadonlyMap<string, number>;
  readonly volatile: number;
  /** A few volatile formulas, where to look. */
  readonly examples: readonly string[];
}

/** Where a formula is, grouped: every weekly review tab counts as one place. */
export const placeOf = (sheet: string): string => (/\d{4}-W\d{2}$/.test(sheet) ? 'review tabs' : sheet);

function* formulaTexts(workbook: ExcelJS.Workbook): Generator<[place: string, where: string, text: string]> {
  for (const ws of workbook.worksheets) {
    const sheet = ws as ExcelJS.Worksheet & UndeclaredParts;
    const place = placeOf(ws.name);
    const cells: [string, string, string][] = [];
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type === ExcelJS.ValueType.Formula)
          cells.push([place, `${ws.name}!${cell.address}`, cell.formula ?? '']);
      }),
    );
    yield* cells;
    for (const cf of sheet.conditionalFormattings ?? [])
      for (const rule of cf.rules ?? [])
        for (const f of rule.formulae ?? []) yield [place, `${ws.name} conditional format`, String(f)];
    for (const [address, dv] of Object.entries(sheet.dataValidations?.model ?? {}))
      for (const f of dv.formulae ?? []) yield [place, `${ws.name}!${address} validation`, String(f)];
  }
  for (const { name, ranges } of workbook.definedNames.model)
    for (const r of ranges) yield ['names', `name ${name}`, r];
}

export function formulaCensus(workbook: ExcelJS.Workbook): FormulaCensus {
  let formulas = 0;
  const byPlace = new Map<string, number>();
  const volatile: string[] = [];
  for (const [place, where, text] of formulaTexts(workbook)) {
    formulas++;
    byPlace.set(place, (byPlace.get(place) ?? 0) + 1);
    if (isVolatileFormulaText(text)) volatile.push(`${where}: ${text}`);
  }
  return { formulas, byPlace, volatile: volatile.length, examples: volatile.slice(0, 5) };
}
