/**
 * A sheet of a spec as a host reads it back after writing it: values as they are, formulas
 * as their text with the value last computed. Tests of the core's own reading use it to
 * skip a real host where the host is not what they prove.
 */
import { renderFormula } from '../../src/core/formula';
import { cellFormula, sheetRows, type Cell, type SheetSpec } from '../../src/core/layout/spec';
import type { RawCell, SheetData } from '../../src/core/reader/workbookData';

/** `sheet` read back; `edit` changes its cells first, as someone typing in them would. */
export function readBack(
  sheet: SheetSpec,
  edit: (rows: (RawCell | undefined)[][]) => void = () => undefined,
): SheetData & { rows: (RawCell | undefined)[][] } {
  const rows = sheetRows(sheet).map((r) =>
    r.map((c: Cell | null): RawCell | undefined =>
      c === null
        ? undefined
        : c.f
          ? { value: c.result ?? null, formula: renderFormula(cellFormula(c)!) }
          : { value: c.v === undefined ? null : (c.v as RawCell['value']) },
    ),
  );
  edit(rows);
  return { name: sheet.name, rows };
}
