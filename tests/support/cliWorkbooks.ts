/**
 * One place for what the tests that run the CLI on workbooks share (review, lint): a temp
 * folder for the file's tests, building a plan into it, editing a saved workbook as a
 * person would, and finding a sheet, a review tab's row and a cell's value. Capturing the
 * CLI's output, running it and reading a file are in ./edits (`captureIo`, `cli`, `openXlsx`).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import type { Io } from '../../src/cli/io';
import type { Lang } from '../../src/core/i18n';
import { EXAMPLE, captureIo, openXlsx, tempDir, type CapturedIo } from './edits';
import type { CellScalar } from './libreoffice';
import { REVIEW } from '../../src/core/layout/reviewColumns';

export interface CliWorkspace {
  /** The folder's path: read it in tests and hooks only, as it is made in `beforeAll`. */
  readonly dir: string;
  /** A fresh captured io whose cwd is the folder, with the workspace's env. */
  io(): CapturedIo;
  /**
   * `build PLAN --out DIR/NAME`, with `--lang LANG` when a language is given, expecting
   * exit 0; gives the built file's path. PLAN is the sales-funnel example unless named.
   */
  build(name: string, lang?: Lang, plan?: string): Promise<string>;
}

export interface CliWorkspaceOptions {
  /** The environment the CLI sees (its language when no --lang is given); English by default. */
  readonly env?: Io['env'];
  /** Runs once the folder is made, in the same `beforeAll` (to write a plan into it, say). */
  readonly setup?: (dir: string) => Promise<void>;
}

/**
 * A temp folder for the tests of one file: made in `beforeAll`, removed with all it holds
 * in `afterAll`. Call it at the top level of the test file.
 */
export function cliWorkspace(prefix: string, options: CliWorkspaceOptions = {}): CliWorkspace {
  let made: string | undefined;
  beforeAll(async () => {
    made = await tempDir(prefix);
    await options.setup?.(made);
  });
  afterAll(async () => {
    if (made !== undefined) await fs.rm(made, { recursive: true, force: true });
  });
  const workspace: CliWorkspace = {
    get dir(): string {
      if (made === undefined) throw new Error('the temp folder is made in beforeAll: use it in a test or hook');
      return made;
    },
    io: () => {
      const io = captureIo(workspace.dir);
      return options.env === undefined ? io : { ...io, env: options.env };
    },
    build: async (name, lang, plan = EXAMPLE) => {
      const file = path.join(workspace.dir, name);
      const langArgs = lang === undefined ? [] : ['--lang', lang];
      expect(await main(['build', plan, '--out', file, ...langArgs], workspace.io())).toBe(0);
      return file;
    },
  };
  return workspace;
}

/** Opens a saved workbook, lets `change` edit it, saves it again; gives what `change` gave. */
export async function edit<T>(file: string, change: (wb: ExcelJS.Workbook) => T): Promise<T> {
  const wb = await openXlsx(file);
  const result = change(wb);
  await wb.xlsx.writeFile(file);
  return result;
}

/** The sheet of that name, or an error naming it. */
export function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** The row of a node on a review tab, by its ID in the first 30 rows of nodes. */
export function rowOf(ws: ExcelJS.Worksheet, id: string): number {
  for (let r = REVIEW.firstRow; r < REVIEW.firstRow + 30; r++) if (ws.getCell(r, REVIEW.col.id).value === id) return r;
  throw new Error(`no row for ${id}`);
}

/** What a cell shows: a formula's cached result, or the value typed; null when empty. */
export function value(cell: ExcelJS.Cell): CellScalar {
  if (cell.type === ExcelJS.ValueType.Formula) return (cell.result as CellScalar) ?? null;
  return (cell.value as CellScalar) ?? null;
}

/** A finding as `lint --format json` writes it. */
export interface LintJsonFinding {
  rule: string;
  severity: string;
  node: string | null;
  cell: string | null;
  message: string;
  messageKey: string;
  fix?: { safe: boolean; cell: string | null };
}
