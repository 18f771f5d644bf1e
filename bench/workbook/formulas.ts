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
  readonly volatile: number;
  /** A few volatile formulas, where to look. */
  readonly examples: readonly string[];
}

function* formulaTexts(workbook: ExcelJS.Workbook): Generator<[where: string, text: string]> {
  for (const ws of workbook.worksheets) {
    const sheet = ws as ExcelJS.Worksheet & UndeclaredParts;
    const cells: [string, string][] = [];
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type === ExcelJS.ValueType.Formula)
          cells.push([`${ws.name}!${cell.address}`, cell.formula ?? '']);
      }),
    );
    yield* cells;
    for (const cf of sheet.conditionalFormattings ?? [])
      for (const rule of cf.rules ?? [])
        for (const f of rule.formulae ?? []) yield [`${ws.name} conditional format`, String(f)];
    for (const [address, dv] of Object.entries(sheet.dataValidations?.model ?? {}))
      for (const f of dv.formulae ?? []) yield [`${ws.name}!${address} validation`, String(f)];
  }
  for (const { name, ranges } of workbook.definedNames.model)
    for (const r of ranges) yield [`name ${name}`, r];
}

export function formulaCensus(workbook: ExcelJS.Workbook): FormulaCensus {
  let formulas = 0;
  const volatile: string[] = [];
  for (const [where, text] of formulaTexts(workbook)) {
    formulas++;
    if (isVolatileFormulaText(text)) volatile.push(`${where}: ${text}`);
  }
  return { formulas, volatile: volatile.length, examples: volatile.slice(0, 5) };
}
