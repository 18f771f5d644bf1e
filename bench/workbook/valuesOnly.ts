/**
 * The same workbook with values only: every formula cell replaced by the value a real
 * engine computed for it (the cached result in LibreOffice's recalculated copy), all
 * else — styles, names, validations, conditional formats — left as it was.
 */
import ExcelJS from 'exceljs';
import { BenchInputError } from '../pipeline';

type Computed = ExcelJS.CellValue;

function computedValues(recalculated: ExcelJS.Workbook): Map<string, Computed> {
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

/** Writes `out`: `source` with each formula replaced by its value in `recalculated`. Returns the cells replaced. */
export async function writeValuesOnly(source: string, recalculated: string, out: string): Promise<number> {
  const [workbook, computed] = await Promise.all([
    new ExcelJS.Workbook().xlsx.readFile(source),
    new ExcelJS.Workbook().xlsx.readFile(recalculated).then(computedValues),
  ]);
  let replaced = 0;
  for (const ws of workbook.worksheets)
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        const value = computed.get(`${ws.name}!${cell.address}`);
        if (value === undefined)
          throw new BenchInputError(`${ws.name}!${cell.address} has no computed value in ${recalculated}`);
        cell.value = value;
        replaced++;
      }),
    );
  await workbook.xlsx.writeFile(out);
  return replaced;
}
