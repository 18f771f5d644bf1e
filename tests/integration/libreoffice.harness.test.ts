/**
 * The LibreOffice harness, and the spreadsheet-engine facts the product relies on:
 * defined names across sheets (Japanese and spaced sheet names), ROUNDUP of an inexact
 * quotient, NETWORKDAYS with a holiday column full of blanks, recalculation really
 * replacing cached values, hypotheses driving targets, one-row ranges, and user text that
 * looks like a formula staying text.
 */
import { mkdtemp, readdir, rm, writeFile } from 'fs/promises';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import {
  DefinedNameValue,
  LibreOfficeConversionError,
  LibreOfficeInputError,
  LibreOfficeTimeoutError,
  libreOfficeSuite,
  parseSheetRange,
  readCell,
  readCellFormula,
  readDefinedNameValues,
  recalculate,
} from '../support/libreoffice';

/** Written as the cached result of every formula: recalculation must replace it. */
const STALE = 999;
const JP_SHEET = 'KPIツリー';
const SPACED_SHEET = 'KPI Tree';
const HOLIDAYS = [29, 30, 31].map((day) => new Date(Date.UTC(2026, 11, day)));
/** Serial number of 2026-12-29 in the 1900 date system. */
const SERIAL_2026_12_29 = 46385;

function formula(text: string): ExcelJS.CellFormulaValue {
  return { formula: text, result: STALE };
}

function buildFactsWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();

  const hypotheses = wb.addWorksheet('Hypotheses');
  hypotheses.getCell('A1').value = 'id';
  hypotheses.getCell('C1').value = 'value';
  hypotheses.getCell('A2').value = 'close_rate';
  hypotheses.getCell('C2').value = 0.2;
  hypotheses.getCell('A3').value = 'unit_price';
  hypotheses.getCell('C3').value = 100000;

  const jp = wb.addWorksheet(JP_SHEET);
  jp.getCell('B2').value = 1000000;
  jp.getCell('B3').value = formula('T_revenue/H_unit_price');
  jp.getCell('B4').value = formula('ROUNDUP(T_contracts/H_close_rate,0)');

  const spaced = wb.addWorksheet(SPACED_SHEET);
  spaced.getCell('A1').value = formula(`'${JP_SHEET}'!$B$4*2`); // quoted Japanese sheet
  spaced.getCell('A2').value = formula(`${JP_SHEET}!$B$4+1`); // unquoted Japanese sheet
  ['G5', 'H5', 'I5', 'J5', 'K5'].forEach((address, i) => {
    spaced.getCell(address).value = formula(`T_meetings*${[1, 2, 3, 2, 2][i]}/10`);
  });

  const summary = wb.addWorksheet('Summary');
  summary.getCell('A1').value = formula('SUM(W_meetings)');
  summary.getCell('A2').value = formula(`'${SPACED_SHEET}'!$A$1`);
  summary.getCell('A3').value = formula('H_close_rate*100');

  const rounding = wb.addWorksheet('Rounding');
  rounding.getCell('A1').value = formula('ROUNDUP(21/0.35,0)');
  rounding.getCell('A2').value = formula('ROUNDUP(ROUND(21/0.35,6),0)');
  rounding.getCell('A3').value = formula('21/0.35');
  rounding.getCell('A4').value = formula('21/0.35-60');
  rounding.getCell('A5').value = formula('CEILING(21/0.35,1)');
  rounding.getCell('A6').value = formula('(21/0.35)=60');
  rounding.getCell('A7').value = formula('1=2');

  const calendar = wb.addWorksheet('Calendar');
  calendar.getCell('E1').value = 'Holidays';
  calendar.getCell('F1').value = 'No holidays';
  HOLIDAYS.forEach((date, i) => {
    const cell = calendar.getCell(2 + i, 5);
    cell.value = date; // a real date cell: serial number + date format
    cell.numFmt = 'yyyy-mm-dd';
  });
  // E5:E200 and F2:F200 stay blank.
  calendar.getCell('H2').value = formula('NETWORKDAYS(DATE(2026,12,1),DATE(2026,12,31),Holidays)');
  calendar.getCell('H3').value = formula('NETWORKDAYS(DATE(2026,12,1),DATE(2026,12,31))');
  calendar.getCell('H4').value = formula('NETWORKDAYS(DATE(2026,12,1),DATE(2026,12,31),NoHolidays)');
  calendar.getCell('H5').value = formula('NETWORKDAYS(DATE(2026,12,28),DATE(2026,12,31),Holidays)');
  calendar.getCell('H6').value = formula(
    'NETWORKDAYS(DATE(2026,12,1),DATE(2026,12,31),Calendar!$E$1:$E$200)',
  );

  const text = wb.addWorksheet('Text');
  text.getCell('A1').value = '=HYPERLINK("http://x","y")';
  text.getCell('A2').value = '+1';
  text.getCell('A3').value = '=1+1';

  wb.definedNames.add('Hypotheses!$C$2', 'H_close_rate');
  wb.definedNames.add('Hypotheses!$C$3', 'H_unit_price');
  wb.definedNames.add(`'${JP_SHEET}'!$B$2`, 'T_revenue');
  wb.definedNames.add(`'${JP_SHEET}'!$B$3`, 'T_contracts');
  wb.definedNames.add(`'${JP_SHEET}'!$B$4`, 'T_meetings');
  wb.definedNames.add(`'${SPACED_SHEET}'!$G$5:$K$5`, 'W_meetings');
  wb.definedNames.add('Calendar!$E$2:$E$200', 'Holidays');
  wb.definedNames.add('Calendar!$F$2:$F$200', 'NoHolidays');
  return wb;
}

/** The per-call work directories `recalculate` left under `root` (each should hold only `out/`). */
async function workDirs(root: string): Promise<string[]> {
  return (await readdir(root)).filter((entry) => entry.startsWith('kpi-tree-lo-')).sort();
}

function nameValue(values: Map<string, DefinedNameValue>, name: string): DefinedNameValue {
  const value = values.get(name);
  if (value === undefined)
    throw new Error(`defined name ${name} missing; have ${[...values.keys()].join(', ')}`);
  return value;
}

describe('parseSheetRange', () => {
  it('reads quoted, unquoted and Japanese sheet names', () => {
    expect(parseSheetRange(`'KPI Tree'!$G$5:$K$5`)).toEqual({
      sheet: 'KPI Tree',
      top: 5,
      bottom: 5,
      left: 7,
      right: 11,
    });
    expect(parseSheetRange('Hypotheses!$C$2')).toEqual({
      sheet: 'Hypotheses',
      top: 2,
      bottom: 2,
      left: 3,
      right: 3,
    });
    expect(parseSheetRange(`'KPIツリー'!B4`)).toEqual({
      sheet: 'KPIツリー',
      top: 4,
      bottom: 4,
      left: 2,
      right: 2,
    });
    expect(parseSheetRange(`'O''Brien'!$AA$10:$A$1`)).toEqual({
      sheet: "O'Brien",
      top: 1,
      bottom: 10,
      left: 1,
      right: 27,
    });
  });
});

const lo = libreOfficeSuite();

lo.describe('LibreOffice recalculation harness', () => {
  let tempRoot: string;
  let input: string;
  let recalculated: string;
  let names: Map<string, DefinedNameValue>;

  beforeAll(async () => {
    tempRoot = await mkdtemp(join(tmpdir(), 'kpi-tree-harness-'));
    input = join(tempRoot, 'facts.xlsx');
    await buildFactsWorkbook().xlsx.writeFile(input);
    recalculated = await recalculate(input, { tempRoot });
    names = await readDefinedNameValues(recalculated);
  });

  afterAll(async () => {
    if (tempRoot !== undefined) await rm(tempRoot, { recursive: true, force: true });
  });

  it('the input really carries the stale cached result (control)', async () => {
    expect(await readCell(input, JP_SHEET, 'B3')).toBe(STALE);
    expect(nameValue(await readDefinedNameValues(input), 'T_meetings')).toBe(STALE);
  });

  it('replaces cached formula results on recalculation', async () => {
    expect(await readCell(recalculated, JP_SHEET, 'B3')).toBe(10);
    expect(await readCell(recalculated, JP_SHEET, 'B4')).toBe(50);
    expect(await readCellFormula(recalculated, JP_SHEET, 'B4')).toBe('ROUNDUP(T_contracts/H_close_rate,0)');
  });

  it('resolves defined names across sheets, including Japanese and spaced sheet names', async () => {
    expect(nameValue(names, 'H_close_rate')).toBe(0.2);
    expect(nameValue(names, 'T_revenue')).toBe(1000000);
    expect(nameValue(names, 'T_contracts')).toBe(10);
    expect(nameValue(names, 'T_meetings')).toBe(50);
    expect(await readCell(recalculated, SPACED_SHEET, 'A1')).toBe(100); // 'KPIツリー'!$B$4*2
    expect(await readCell(recalculated, SPACED_SHEET, 'A2')).toBe(51); // KPIツリー!$B$4+1, unquoted
    expect(await readCell(recalculated, 'Summary', 'A2')).toBe(100); // 'KPI Tree'!$A$1
    expect(await readCell(recalculated, 'Summary', 'A3')).toBe(20); // H_close_rate*100
  });

  it('reads a one-row defined range back as an array', async () => {
    expect(nameValue(names, 'W_meetings')).toEqual([5, 10, 15, 10, 10]);
    expect(await readCell(recalculated, 'Summary', 'A1')).toBe(50); // SUM(W_meetings)
  });

  it('ROUNDUP(21/0.35,0) is 60 in LibreOffice (61 in IEEE doubles); ROUNDUP(ROUND(…,6),0) is 60', async () => {
    expect(21 / 0.35).toBe(60.00000000000001);
    expect(Math.ceil(21 / 0.35)).toBe(61);
    expect(await readCell(recalculated, 'Rounding', 'A1')).toBe(60);
    expect(await readCell(recalculated, 'Rounding', 'A2')).toBe(60);
    expect(await readCell(recalculated, 'Rounding', 'A3')).toBe(60); // the cached <v> is written as 60
    expect(await readCell(recalculated, 'Rounding', 'A4')).toBe(0); // approximate subtraction: exactly 0
    expect(await readCell(recalculated, 'Rounding', 'A5')).toBe(60); // CEILING agrees
    expect(await readCell(recalculated, 'Rounding', 'A6')).toBe(true); // approximate equality
    expect(await readCell(recalculated, 'Rounding', 'A7')).toBe(false); // a falsy cached result is still read
  });

  it('NETWORKDAYS with a holiday range of date cells and many blanks', async () => {
    expect(await readCell(recalculated, 'Calendar', 'H2')).toBe(20); // 29–31 Dec off
    expect(await readCell(recalculated, 'Calendar', 'H3')).toBe(23); // no holiday argument
    expect(await readCell(recalculated, 'Calendar', 'H4')).toBe(23); // an all-blank holiday range
    expect(await readCell(recalculated, 'Calendar', 'H5')).toBe(1); // 28–31 Dec: only Mon 28 Dec works
    expect(await readCell(recalculated, 'Calendar', 'H6')).toBe(20); // LibreOffice ignores a text header in the range
    const holidays = nameValue(names, 'Holidays');
    expect(Array.isArray(holidays) && holidays.length).toBe(199);
    expect(Array.isArray(holidays) && holidays.slice(0, 4)).toEqual([
      SERIAL_2026_12_29,
      SERIAL_2026_12_29 + 1,
      SERIAL_2026_12_29 + 2,
      null,
    ]);
  });

  it('keeps text that looks like a formula as text', async () => {
    expect(await readCell(recalculated, 'Text', 'A1')).toBe('=HYPERLINK("http://x","y")');
    expect(await readCellFormula(recalculated, 'Text', 'A1')).toBeNull();
    expect(await readCell(recalculated, 'Text', 'A2')).toBe('+1');
    expect(await readCellFormula(recalculated, 'Text', 'A2')).toBeNull();
    expect(await readCell(recalculated, 'Text', 'A3')).toBe('=1+1');
    expect(await readCellFormula(recalculated, 'Text', 'A3')).toBeNull();
  });

  it('a changed hypothesis changes every dependent target after recalculation', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(recalculated); // a workbook LibreOffice wrote, edited by ExcelJS
    const sheet = wb.getWorksheet('Hypotheses');
    if (sheet === undefined) throw new Error('Hypotheses sheet missing after round trip');
    sheet.getCell('C2').value = 0.25;
    const edited = join(tempRoot, 'edited.xlsx');
    await wb.xlsx.writeFile(edited);

    const again = await readDefinedNameValues(await recalculate(edited, { tempRoot }));
    expect(nameValue(again, 'H_close_rate')).toBe(0.25);
    expect(nameValue(again, 'T_contracts')).toBe(10);
    expect(nameValue(again, 'T_meetings')).toBe(40);
    expect(nameValue(again, 'W_meetings')).toEqual([4, 8, 12, 8, 8]);
  });

  it('runs conversions concurrently without clashing, and removes the profiles', async () => {
    const outputs = await Promise.all([1, 2, 3].map(() => recalculate(input, { tempRoot })));
    expect(new Set(outputs).size).toBe(3);
    for (const output of outputs) expect(await readCell(output, JP_SHEET, 'B4')).toBe(50);
    const dirs = await workDirs(tempRoot);
    expect(dirs.length).toBeGreaterThanOrEqual(3);
    for (const dir of dirs) expect(await readdir(join(tempRoot, dir))).toEqual(['out']); // profiles removed
  });

  it('throws a typed error carrying soffice output when no file comes out', async () => {
    const bogus = join(tempRoot, 'bogus.xlsx');
    await writeFile(bogus, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0])); // a truncated zip
    const before = await workDirs(tempRoot);
    const failure = recalculate(bogus, { tempRoot });
    await expect(failure).rejects.toBeInstanceOf(LibreOfficeConversionError);
    // soffice exits 0 here; only the missing output file and its stderr tell.
    await expect(failure).rejects.toThrow(
      /bogus\.xlsx: no output file[\s\S]*exit code: 0[\s\S]*could not be loaded/,
    );
    expect(await workDirs(tempRoot)).toEqual(before); // nothing left behind
  });

  it('rejects a missing input with a typed error before starting soffice', async () => {
    await expect(recalculate(join(tempRoot, 'missing.xlsx'))).rejects.toBeInstanceOf(LibreOfficeInputError);
  });

  it('kills soffice and throws a typed error on timeout', async () => {
    const before = await workDirs(tempRoot);
    const failure = recalculate(input, { tempRoot, timeoutMs: 300 });
    await expect(failure).rejects.toBeInstanceOf(LibreOfficeTimeoutError);
    await expect(failure).rejects.toThrow(/timed out after 300 ms[\s\S]*signal SIGKILL/);
    expect(await workDirs(tempRoot)).toEqual(before);
  });
});
