/**
 * What a workbook file holds that recalculates or constrains, each counted apart: formula
 * cells, defined names, data-validation rules and conditional-format rules. ExcelJS
 * expands a validation written over a range into one entry per cell, so validations are
 * counted as the distinct rules of each sheet, with the cells they cover beside them.
 * Volatile functions (INDIRECT, OFFSET, TODAY, NOW, RAND, RANDBETWEEN, RANDARRAY, CELL,
 * INFO: the core's `isVolatileFormulaText`), which recalculate on every edit, are counted
 * over the formula cells, and looked for everywhere else too.
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
  readonly formulaCells: number;
  readonly definedNames: number;
  /** Data-validation rules: distinct per sheet, however many cells each covers. */
  readonly validations: number;
  /** Cells under a data validation (ExcelJS's one entry per cell). */
  readonly validatedCells: number;
  readonly conditionalFormats: number;
  /** Formula cells by where they are: a sheet's name, `review tabs` for all weekly tabs. */
  readonly byPlace: ReadonlyMap<string, number>;
  /** Formula cells that call a volatile function. */
  readonly volatile: number;
  /** Volatile formulas in names, validations or conditional formats. */
  readonly volatileElsewhere: number;
  /** A few volatile formulas, where to look. */
  readonly examples: readonly string[];
}

/** Where a formula is, grouped: every member's 1on1 tab counts as one place, every weekly review tab as another. */
export const placeOf = (sheet: string): string =>
  / 1on1 \d{4}-W\d{2}$/.test(sheet) ? '1on1 tabs' : /\d{4}-W\d{2}$/.test(sheet) ? 'review tabs' : sheet;

export function formulaCensus(workbook: ExcelJS.Workbook): FormulaCensus {
  let formulaCells = 0;
  let validations = 0;
  let validatedCells = 0;
  let conditionalFormats = 0;
  let volatile = 0;
  let volatileElsewhere = 0;
  const byPlace = new Map<string, number>();
  const examples: string[] = [];
  const elsewhere = (where: string, text: string): void => {
    if (!isVolatileFormulaText(text)) return;
    volatileElsewhere++;
    examples.push(`${where}: ${text}`);
  };
  for (const ws of workbook.worksheets) {
    const sheet = ws as ExcelJS.Worksheet & UndeclaredParts;
    const place = placeOf(ws.name);
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        formulaCells++;
        byPlace.set(place, (byPlace.get(place) ?? 0) + 1);
        const text = cell.formula ?? '';
        if (isVolatileFormulaText(text)) {
          volatile++;
          examples.push(`${ws.name}!${cell.address}: ${text}`);
        }
      }),
    );
    for (const cf of sheet.conditionalFormattings ?? [])
      for (const rule of cf.rules ?? []) {
        conditionalFormats++;
        for (const f of rule.formulae ?? []) elsewhere(`${ws.name} conditional format`, String(f));
      }
    const rules = new Set<string>();
    for (const [address, dv] of Object.entries(sheet.dataValidations?.model ?? {})) {
      validatedCells++;
      rules.add(JSON.stringify(dv));
      for (const f of dv.formulae ?? []) elsewhere(`${ws.name}!${address} validation`, String(f));
    }
    validations += rules.size;
  }
  const names = workbook.definedNames.model;
  for (const { name, ranges } of names) for (const r of ranges) elsewhere(`name ${name}`, r);
  return {
    formulaCells,
    definedNames: names.length,
    validations,
    validatedCells,
    conditionalFormats,
    byPlace,
    volatile,
    volatileElsewhere,
    examples: examples.slice(0, 5),
  };
}
