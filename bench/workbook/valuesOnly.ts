/**
 * The same workbook with values only: every formula cell replaced by the value a real
 * engine computed for it (the cached result in LibreOffice's recalculated copy), all
 * else — styles, names, validations, conditional formats — left as it was. Optionally
 * some sheets keep their formulas live, to see what each part of the workbook costs.
 */
import ExcelJS from 'exceljs';
import { BenchInputError } from '../pipeline';

type Computed = ExcelJS.CellValue;

/** The value of every formula cell of a recalculated file, by `Sheet!A1`. */
export type ComputedValues = ReadonlyMap<string, Computed>;

export async function computedValues(recalculatedFile: string): Promise<ComputedValues> {
  const recalculated = await new ExcelJS.Workbook().xlsx.readFile(recalculatedFile);
  const values = new Map<string, Computed>();
  for (const ws of recalculated.worksheets)
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        // `cell.result`, not `cell.value.result`: the latter drops a falsy result (0, FALSE, "").
        if (cell.type === ExcelJS.ValueType.Formula)
          values.set(`${ws.name}!${cell.address}`, (cell.result as Computed | undefined) ?? '');
      }),
    );
  return values;
}

/**
 * Writes `out`: `source` with each formula replaced by its computed value, except on the
 * sheets `keepLive` names. Returns the cells replaced.
 */
export async function writeValuesOnly(
  source: string,
  computed: ComputedValues,
  out: string,
  keepLive: (sheet: string) => boolean = () => false,
): Promise<number> {
  const workbook = await new ExcelJS.Workbook().xlsx.readFile(source);
  let replaced = 0;
  for (const ws of workbook.worksheets) {
    if (keepLive(ws.name)) continue;
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        const value = computed.get(`${ws.name}!${cell.address}`);
        if (value === undefined)
          throw new BenchInputError(`${ws.name}!${cell.address} has no computed value`);
        cell.value = value;
        replaced++;
      }),
    );
  }
  await workbook.xlsx.writeFile(out);
  return replaced;
}
