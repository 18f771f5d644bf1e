/**
 * LibreOffice recalculation harness for tests.
 *
 * `recalculate()` opens an .xlsx in headless LibreOffice with a fresh profile that forces
 * "always recalculate on load", saves it back as .xlsx and returns the path of the copy;
 * `readDefinedNameValues()` / `readCell()` read the cached results back with ExcelJS.
 * `libreOfficeSuite()` wraps `describe` so a machine without LibreOffice skips with a
 * reason, unless KPI_TREE_REQUIRE_LIBREOFFICE=1 or CI=true, where the suite fails instead.
 *
 * No shared state: every call gets its own profile directory and output directory, so
 * Jest workers (and separate Jest processes) can convert at the same time.
 */
import { spawn } from 'child_process';
import { accessSync, constants as fsConstants, statSync } from 'fs';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'fs/promises';
import { tmpdir } from 'os';
import { basename, delimiter, extname, join, resolve } from 'path';
import { pathToFileURL } from 'url';
import ExcelJS from 'exceljs';
import { engineRequired } from './engines';

// ---------------------------------------------------------------------------------------
// Locating soffice

export const SOFFICE_ENV = 'KPI_TREE_SOFFICE';
export const REQUIRE_ENV = 'KPI_TREE_REQUIRE_LIBREOFFICE';

const PATH_CANDIDATES = ['soffice', 'libreoffice'] as const;
const WELL_KNOWN_PATHS = ['/Applications/LibreOffice.app/Contents/MacOS/soffice'] as const;

type SofficeLookup =
  { readonly found: true; readonly path: string } | { readonly found: false; readonly reason: string };

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, fsConstants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Where soffice is, or why it was not found (the reason is shown when tests skip). */
export function locateSoffice(env: NodeJS.ProcessEnv = process.env): SofficeLookup {
  const override = env[SOFFICE_ENV];
  if (override !== undefined && override !== '') {
    return isExecutableFile(override)
      ? { found: true, path: override }
      : { found: false, reason: `${SOFFICE_ENV}=${override} is not an executable file` };
  }
  const dirs = (env.PATH ?? '').split(delimiter).filter((dir) => dir !== '');
  for (const name of PATH_CANDIDATES) {
    for (const dir of dirs) {
      const candidate = join(dir, name);
      if (isExecutableFile(candidate)) return { found: true, path: candidate };
    }
  }
  for (const candidate of WELL_KNOWN_PATHS) {
    if (isExecutableFile(candidate)) return { found: true, path: candidate };
  }
  return {
    found: false,
    reason: `neither ${PATH_CANDIDATES.join(' nor ')} is on PATH and ${SOFFICE_ENV} is not set (Debian: apt-get install libreoffice-calc-nogui)`,
  };
}

/** Path of the soffice executable (env KPI_TREE_SOFFICE, else PATH), or null. */
export function findSoffice(): string | null {
  const lookup = locateSoffice();
  return lookup.found ? lookup.path : null;
}

// ---------------------------------------------------------------------------------------
// Errors

export class LibreOfficeNotFoundError extends Error {
  override readonly name = 'LibreOfficeNotFoundError';
  constructor(readonly reason: string) {
    super(`LibreOffice not found: ${reason}`);
  }
}

function indent(text: string): string {
  const trimmed = text.trim();
  return trimmed === '' ? '(empty)' : trimmed.split('\n').join('\n    ');
}

export interface ConversionOutput {
  readonly inputPath: string;
  readonly command: readonly string[];
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The file handed to `recalculate` is missing or not an .xlsx. */
export class LibreOfficeInputError extends Error {
  override readonly name = 'LibreOfficeInputError';
  constructor(problem: string) {
    super(`recalculate: ${problem}`);
  }
}

/** soffice ran but did not produce the recalculated workbook. */
export class LibreOfficeConversionError extends Error {
  override readonly name: string = 'LibreOfficeConversionError';
  constructor(
    readonly problem: string,
    readonly output: ConversionOutput,
  ) {
    super(
      [
        `LibreOffice could not recalculate ${output.inputPath}: ${problem}`,
        `  exit code: ${output.exitCode ?? 'none'}${output.signal ? `, signal ${output.signal}` : ''}`,
        `  command: ${output.command.join(' ')}`,
        `  stderr: ${indent(output.stderr)}`,
        `  stdout: ${indent(output.stdout)}`,
      ].join('\n'),
    );
  }
}

/** soffice did not finish in time; its process group was killed. */
export class LibreOfficeTimeoutError extends LibreOfficeConversionError {
  override readonly name = 'LibreOfficeTimeoutError';
  constructor(
    readonly timeoutMs: number,
    output: ConversionOutput,
  ) {
    super(`timed out after ${timeoutMs} ms (process group killed)`, output);
  }
}

// ---------------------------------------------------------------------------------------
// Recalculation

export interface RecalculateOptions {
  /** Kill soffice after this long. Default 90 000 ms (first start of a fresh profile is slow). */
  readonly timeoutMs?: number;
  /**
   * Directory under which the per-call work directory is created (default: os.tmpdir()).
   * The returned file lives in `<tempRoot>/kpi-tree-lo-XXXXXX/out/`; the profile directory
   * next to it is always removed. Pass a directory you delete in `afterAll` to leave nothing behind.
   */
  readonly tempRoot?: string;
}

export const DEFAULT_TIMEOUT_MS = 90_000;

/**
 * `OOXMLRecalcMode` 0 = always recalculate on load (1 = never, 2 = prompt). ODF likewise,
 * for completeness. Written into the fresh profile before soffice starts.
 */
export const REGISTRY_MODIFICATIONS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

interface RunResult {
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    // Negative pid: the whole process group (soffice is a wrapper script around oosplash / soffice.bin).
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

function run(file: string, args: readonly string[], timeoutMs: number): Promise<RunResult> {
  return new Promise((resolvePromise, rejectPromise) => {
    const child = spawn(file, args, {
      detached: true, // own process group, so a timeout can kill soffice.bin too
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      rejectPromise(error);
    });
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      if (timedOut) killGroup(child.pid);
      resolvePromise({
        exitCode,
        signal,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        timedOut,
      });
    });
  });
}

async function fileExists(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Open `inputXlsx` in headless LibreOffice with recalculation on load forced, save it as
 * .xlsx, and return the path of that recalculated copy. The input is not modified.
 */
export async function recalculate(inputXlsx: string, options: RecalculateOptions = {}): Promise<string> {
  const lookup = locateSoffice();
  if (!lookup.found) throw new LibreOfficeNotFoundError(lookup.reason);
  const inputPath = resolve(inputXlsx);
  if (!(await fileExists(inputPath)))
    throw new LibreOfficeInputError(`input file does not exist: ${inputPath}`);
  if (extname(inputPath).toLowerCase() !== '.xlsx')
    throw new LibreOfficeInputError(`expected an .xlsx file, got ${inputPath}`);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  const workDir = await mkdtemp(join(options.tempRoot ?? tmpdir(), 'kpi-tree-lo-'));
  const profileDir = join(workDir, 'profile');
  const outDir = join(workDir, 'out');
  try {
    await mkdir(join(profileDir, 'user'), { recursive: true });
    await mkdir(outDir);
    await writeFile(join(profileDir, 'user', 'registrymodifications.xcu'), REGISTRY_MODIFICATIONS, 'utf8');

    const args = [
      `-env:UserInstallation=${pathToFileURL(profileDir).href}`,
      '--headless',
      '--invisible',
      '--norestore',
      '--nolockcheck',
      '--nodefault',
      '--nologo',
      '--convert-to',
      'xlsx',
      '--outdir',
      outDir,
      inputPath,
    ];
    const result = await run(lookup.path, args, timeoutMs);
    const output: ConversionOutput = {
      inputPath,
      command: [lookup.path, ...args],
      exitCode: result.exitCode,
      signal: result.signal,
      stdout: result.stdout,
      stderr: result.stderr,
    };
    if (result.timedOut) throw new LibreOfficeTimeoutError(timeoutMs, output);
    if (result.exitCode !== 0) throw new LibreOfficeConversionError('soffice exited with an error', output);
    const outputPath = join(outDir, `${basename(inputPath, extname(inputPath))}.xlsx`);
    // soffice exits 0 even when it cannot load the file ("Error: source file could not be loaded").
    if (!(await fileExists(outputPath))) {
      throw new LibreOfficeConversionError(`no output file at ${outputPath}`, output);
    }
    return outputPath;
  } catch (error) {
    await rm(workDir, { recursive: true, force: true, maxRetries: 3 });
    throw error;
  } finally {
    await rm(profileDir, { recursive: true, force: true, maxRetries: 3 });
  }
}

// ---------------------------------------------------------------------------------------
// Reading cached values back

/** A cell's cached error, e.g. `{ error: '#DIV/0!' }`. */
export interface CellError {
  readonly error: string;
}

/**
 * A cached cell value as stored in the file. Dates are returned as serial numbers (what
 * the file holds), rich text and hyperlinks as their text, formula cells as their result.
 */
export type CellScalar = number | string | boolean | null | CellError;

/** A defined name's values: one cell → scalar; one row or one column → array; else rows. */
export type DefinedNameValue = CellScalar | CellScalar[] | CellScalar[][];

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL_1900 = 25_569;
const OFFSET_1904 = 1_462;

function dateToSerial(date: Date, date1904: boolean): number {
  return date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL_1900 - (date1904 ? OFFSET_1904 : 0);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function resultScalar(result: unknown, date1904: boolean): CellScalar {
  if (result === null || result === undefined) return null;
  if (typeof result === 'number' || typeof result === 'string' || typeof result === 'boolean') return result;
  if (result instanceof Date) return dateToSerial(result, date1904);
  if (isObject(result) && typeof result.error === 'string') return { error: result.error };
  throw new Error(`readCell: unexpected formula result ${JSON.stringify(result)}`);
}

function scalarOf(cell: ExcelJS.Cell, date1904: boolean): CellScalar {
  // Formula cells: read `cell.result`, not `cell.value.result` — ExcelJS's value getter
  // drops falsy results, so a cached 0 or FALSE would come back as "no result".
  if (cell.type === ExcelJS.ValueType.Formula) return resultScalar(cell.result, date1904);
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return dateToSerial(value, date1904);
  if ('error' in value) return { error: value.error };
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('text' in value) return value.text;
  throw new Error(`readCell: unexpected cell value ${JSON.stringify(value)}`);
}

async function loadWorkbook(xlsxPath: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsxPath);
  return workbook;
}

function is1904(workbook: ExcelJS.Workbook): boolean {
  const properties: unknown = workbook.properties;
  return isObject(properties) && properties.date1904 === true;
}

function sheetOrThrow(workbook: ExcelJS.Workbook, sheet: string, xlsxPath: string): ExcelJS.Worksheet {
  const worksheet = workbook.getWorksheet(sheet);
  if (worksheet === undefined) {
    const names = workbook.worksheets.map((ws) => ws.name).join(', ');
    throw new Error(`${xlsxPath}: no sheet named "${sheet}" (sheets: ${names})`);
  }
  return worksheet;
}

/** The cached value of one cell (for a formula cell, its cached result). */
export async function readCell(xlsxPath: string, sheet: string, address: string): Promise<CellScalar> {
  const workbook = await loadWorkbook(xlsxPath);
  return scalarOf(sheetOrThrow(workbook, sheet, xlsxPath).getCell(address), is1904(workbook));
}

/** The formula of one cell (without `=`), or null when the cell holds a plain value. */
export async function readCellFormula(
  xlsxPath: string,
  sheet: string,
  address: string,
): Promise<string | null> {
  const workbook = await loadWorkbook(xlsxPath);
  const cell = sheetOrThrow(workbook, sheet, xlsxPath).getCell(address);
  return cell.type === ExcelJS.ValueType.Formula ? cell.formula : null;
}

interface ParsedRange {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const SHEET_REF = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/;
const CELL_REF = /^\$?([A-Z]{1,3})\$?(\d+)$/;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function parseCell(ref: string, whole: string): { row: number; col: number } {
  const match = CELL_REF.exec(ref.toUpperCase());
  if (match === null) throw new Error(`defined name range "${whole}": "${ref}" is not a cell reference`);
  return { col: columnNumber(match[1]), row: Number(match[2]) };
}

/** Parse `'KPI Tree'!$G$5:$K$5`, `Hypotheses!$C$2`, `'O''Brien'!A1` (quotes doubled inside). */
export function parseSheetRange(text: string): ParsedRange {
  const match = SHEET_REF.exec(text.trim());
  if (match === null) throw new Error(`defined name range "${text}" has no sheet name`);
  const sheet = match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2];
  const [first, second, ...rest] = match[3].split(':');
  if (rest.length > 0) throw new Error(`defined name range "${text}" is not a rectangle`);
  const a = parseCell(first, text);
  const b = second === undefined ? a : parseCell(second, text);
  return {
    sheet,
    top: Math.min(a.row, b.row),
    bottom: Math.max(a.row, b.row),
    left: Math.min(a.col, b.col),
    right: Math.max(a.col, b.col),
  };
}

/**
 * Every defined name of the workbook with its cached value(s). Names whose definition is
 * not a single rectangular cell range (constants, formulas, several areas) are left out,
 * as are built-in `_xlnm.*` names.
 */
export async function readDefinedNameValues(xlsxPath: string): Promise<Map<string, DefinedNameValue>> {
  const workbook = await loadWorkbook(xlsxPath);
  const date1904 = is1904(workbook);
  const values = new Map<string, DefinedNameValue>();
  for (const { name, ranges } of workbook.definedNames.model) {
    if (name.startsWith('_xlnm.') || ranges.length !== 1) continue;
    const range = parseSheetRange(ranges[0]);
    const sheet = sheetOrThrow(workbook, range.sheet, xlsxPath);
    const rows: CellScalar[][] = [];
    for (let r = range.top; r <= range.bottom; r++) {
      const row: CellScalar[] = [];
      for (let c = range.left; c <= range.right; c++) row.push(scalarOf(sheet.getCell(r, c), date1904));
      rows.push(row);
    }
    if (rows.length === 1 && rows[0].length === 1) values.set(name, rows[0][0]);
    else if (rows.length === 1) values.set(name, rows[0]);
    else if (range.left === range.right)
      values.set(
        name,
        rows.map((row) => row[0]),
      );
    else values.set(name, rows);
  }
  return values;
}

// ---------------------------------------------------------------------------------------
// Suite helper

export interface LibreOfficeSuite {
  /** The soffice path, or null when LibreOffice is missing. */
  readonly soffice: string | null;
  /** Why LibreOffice is unavailable ('' when it is available). */
  readonly reason: string;
  /** Whether KPI_TREE_REQUIRE_LIBREOFFICE=1 or CI=true is set (a missing LibreOffice fails the suite). */
  readonly required: boolean;
  /** `describe` when LibreOffice is available; otherwise a skip (with the reason) or, when required, a failing suite. */
  describe(name: string, body: () => void): void;
}

/**
 * Usage:
 *   const lo = libreOfficeSuite();
 *   lo.describe('backcast formulas in LibreOffice', () => { it(...) });
 */
export function libreOfficeSuite(env: NodeJS.ProcessEnv = process.env): LibreOfficeSuite {
  const lookup = locateSoffice(env);
  const required = engineRequired(env, REQUIRE_ENV);
  const soffice = lookup.found ? lookup.path : null;
  const reason = lookup.found ? '' : lookup.reason;
  return {
    soffice,
    reason,
    required,
    describe(name: string, body: () => void): void {
      if (lookup.found) {
        describe(name, body);
      } else if (required) {
        describe(name, () => {
          it(`requires LibreOffice (${REQUIRE_ENV}=1 or CI=true)`, () => {
            throw new LibreOfficeNotFoundError(`${reason}; ${REQUIRE_ENV}=1 or CI=true forbids skipping`);
          });
        });
      } else {
        const label = `${name} [skipped: LibreOffice not installed: ${reason}]`;
        console.warn(`${label} (set ${REQUIRE_ENV}=1 to make this a failure)`);
        describe.skip(label, body);
      }
    },
  };
}

/** The soffice path; throws when LibreOffice is missing (for use inside a test or beforeAll). */
export function requireLibreOffice(): string {
  const lookup = locateSoffice();
  if (!lookup.found) throw new LibreOfficeNotFoundError(lookup.reason);
  return lookup.path;
}
