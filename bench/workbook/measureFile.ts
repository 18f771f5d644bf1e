/**
 * One workbook measured as a file: how long writing the .xlsx takes and how big it is,
 * what it holds (`formulas.ts`), and how long LibreOffice takes to recalculate it against
 * its values-only copy and an empty workbook (start-up), optionally with each big part's
 * formulas live on their own.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { readWorkbookBytes, writeWorkbookBytes } from '../../src/hosts/xlsx/package/workbookBytes';
import { median, timedAsync } from '../timing';
import { formulaCensus, type FormulaCensus } from './formulas';
import { timeRecalculations } from './recalc';
import { writeVariants } from './variants';

export interface FileFigures {
  readonly writeMs: number;
  readonly bytes: number;
  readonly census: FormulaCensus;
  /** Median milliseconds of LibreOffice loading, recalculating and saving each file. */
  readonly recalcMs: number;
  readonly valuesMs: number;
  readonly startupMs: number;
  /** Formula cells the values-only copy holds as values. */
  readonly replaced: number;
  /** Place → median ms with only that place's formulas live. */
  readonly parts: ReadonlyMap<string, number>;
}

export interface MeasureFileOptions {
  readonly name: string;
  readonly dir: string;
  readonly writeRuns: number;
  readonly recalcRuns: number;
  /** Also time each big part of the workbook with only its formulas live. */
  readonly byPart: boolean;
  readonly log: (line: string) => void;
}

export async function measureFile(
  workbook: ExcelJS.Workbook,
  options: MeasureFileOptions,
): Promise<FileFigures> {
  const { dir, log } = options;
  const file = path.join(dir, `${options.name}.xlsx`);
  const writes: number[] = [];
  for (let i = 0; i < options.writeRuns; i++)
    writes.push((await timedAsync(async () => writeFile(file, await writeWorkbookBytes(workbook, null)))).ms);
  const bytes = (await stat(file)).size;

  log(`${options.name}: counting formulas`);
  const census = formulaCensus((await readWorkbookBytes(await readFile(file))).workbook);
  log(`${options.name}: values-only copies from a LibreOffice recalculation`);
  const variants = await writeVariants(file, census, dir, options.byPart);
  log(`${options.name}: timing ${options.recalcRuns} LibreOffice recalculations of each file`);
  const files: Record<string, string> = {
    startup: variants.startup,
    formulas: file,
    values: variants.values,
  };
  for (const [place, live] of variants.parts) files[`part:${place}`] = live;
  const times = await timeRecalculations(files, options.recalcRuns, dir);
  return {
    writeMs: median(writes),
    bytes,
    census,
    recalcMs: median(times.formulas),
    valuesMs: median(times.values),
    startupMs: median(times.startup),
    replaced: variants.replaced,
    parts: new Map([...variants.parts.keys()].map((place) => [place, median(times[`part:${place}`])])),
  };
}
