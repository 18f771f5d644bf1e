/**
 * The files LibreOffice recalculates, next to the workbook itself: an empty workbook
 * (LibreOffice's start-up, load and save of nothing), the values-only copy (the floor),
 * and for each big part of the workbook a copy where only that part's formulas stay
 * live (what that part costs).
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { placeOf, type FormulaCensus } from './formulas';
import { recalculatedCopy } from './recalc';
import { computedValues, writeValuesOnly } from './valuesOnly';

/** A part of the workbook is timed on its own when it holds at least this share of the formulas. */
const BIG_PART = 0.1;

export interface Variants {
  readonly startup: string;
  readonly values: string;
  /** Place → the copy where only its formulas are live. */
  readonly parts: ReadonlyMap<string, string>;
  /** Formula cells the values-only copy holds as values. */
  readonly replaced: number;
}

async function writeEmptyWorkbook(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Sheet1').getCell('A1').value = 1;
  await workbook.xlsx.writeFile(file);
}

export async function writeVariants(file: string, census: FormulaCensus, dir: string, byPart = true): Promise<Variants> {
  const computed = await computedValues(await recalculatedCopy(file, dir));
  const values = path.join(dir, `${path.basename(file, '.xlsx')}-values-only.xlsx`);
  const replaced = await writeValuesOnly(file, computed, values);
  const startup = path.join(dir, 'empty.xlsx');
  await writeEmptyWorkbook(startup);
  const parts = new Map<string, string>();
  const big = byPart ? [...census.byPlace].filter(([, n]) => n >= BIG_PART * census.formulaCells) : [];
  for (const [i, [place]] of big.entries()) {
    const live = path.join(dir, `${path.basename(file, '.xlsx')}-only-part-${i + 1}-live.xlsx`);
    await writeValuesOnly(file, computed, live, (sheet) => placeOf(sheet) === place);
    parts.set(place, live);
  }
  return { startup, values, parts, replaced };
}
