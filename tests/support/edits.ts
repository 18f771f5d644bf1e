import { promises as fs, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { main } from '../../src/cli/main';
import type { Io } from '../../src/cli/io';
import type { TreeColumnKey } from '../../src/core/layout/treeColumns';
import type { Plan } from '../../src/core/model/planSchema';

export const EXAMPLE = path.resolve(__dirname, '../../examples/sales-funnel.yaml');
/** The team example (members, shares, their own hypotheses) in each language. */
export const TEAM_PLAN: Readonly<Record<'ja' | 'en', string>> = {
  ja: path.resolve(__dirname, '../../examples/team.yaml'),
  en: path.resolve(__dirname, '../../examples/team.en.yaml'),
};
export const EDITS_DIR = path.resolve(__dirname, '../fixtures/edits');

export interface CapturedIo extends Io {
  readonly stdout: string[];
  readonly stderr: string[];
}

export function captureIo(cwd: string): CapturedIo {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { out: (s) => stdout.push(s), err: (s) => stderr.push(s), cwd, env: { LANG: 'en_US.UTF-8' }, stdout, stderr };
}

export async function tempDir(prefix = 'kpi-tree-sync-'): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), prefix));
}

/** Runs the CLI in `cwd`, returning the exit code and what it printed. */
export async function cli(cwd: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureIo(cwd);
  const code = await main(argv, io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
}

/** `build examples/sales-funnel.yaml --out FILE` in a fresh temp dir. */
export async function buildExample(file = 'plan.xlsx', plan = EXAMPLE): Promise<{ dir: string; file: string }> {
  const dir = await tempDir();
  const r = await cli(dir, 'build', plan, '--out', file);
  if (r.code !== 0) throw new Error(`build failed (${r.code}): ${r.err}`);
  return { dir, file: path.join(dir, file) };
}

export async function openXlsx(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

import { hypothesisRow, text, treeLayout } from './find';
import { applyMoreEdits } from './moreEdits';

export { hypothesisRow, sheetByKey, text, treeLayout, type TreeLayout } from './find';
export { hypothesesHeaderRow, reviewTab } from './moreEdits';

// ---------------------------------------------------------------------------------------
// Edit scenarios (tests/fixtures/edits/<case>.json)

export type Edit =
  | { op: 'insertColumn'; before: TreeColumnKey; header: string; values: Record<string, string | number> }
  | { op: 'setCell'; id: string; column: TreeColumnKey; value: string | number; expect?: string | number }
  | { op: 'swapRows'; a: string; b: string }
  | { op: 'addRow'; values: Partial<Record<TreeColumnKey, string>> }
  | { op: 'deleteRow'; id: string }
  | { op: 'setHypothesis'; id: string; value: number }
  | { op: 'addSheet'; name: string; cells: Record<string, string | number> }
  | { op: 'notesRow'; column: TreeColumnKey; text: string }
  | { op: 'comment'; header: string; id: string; value: string; note: string }
  /** A comment on one of the tool's cells of a node (an input, or even a target). */
  | { op: 'commentCell'; id: string; column: TreeColumnKey; note: string }
  | { op: 'commentHypothesis'; id: string; note: string }
  /** A formula typed into an input cell: the KGI's target or a hypothesis value. */
  | { op: 'formulaInCell'; id: string; column: TreeColumnKey; formula: string; result: number }
  | { op: 'formulaInHypothesis'; id: string; formula: string; result: number }
  /** A column of people's own on the Hypotheses sheet, right of the tool's. */
  | { op: 'hypothesisColumn'; header: string; values: Record<string, string | number> }
  /** A cell far right of a node row, under no header. */
  | { op: 'looseCell'; id: string; column: number; value: string }
  /** A date in a column people added, with their number format. */
  | { op: 'dateColumn'; header: string; id: string; date: string; numFmt: string }
  /** A note typed in a column of people's own on the Calendar sheet. */
  | { op: 'calendarNote'; address: string; value: string }
  /** A tool sheet renamed, as Excel does it (names follow the sheet). */
  | { op: 'renameSheet'; key: 'sheet.hypotheses' | 'sheet.calendar'; name: string }
  /** The cells of two rows merged in one column. */
  | { op: 'mergeDown'; id: string; column: TreeColumnKey; value: string }
  /** Two of the tool's columns swapped by hand, headers and values. */
  | { op: 'swapColumns'; a: TreeColumnKey; b: TreeColumnKey }
  /** A tool column's header typed in the other language. */
  | { op: 'retypeHeader'; column: TreeColumnKey; text: string }
  /** The review tab of a week, as `kpi-tree review` writes it. */
  | { op: 'review'; week: string }
  /** An actual or an answer typed into a review tab. */
  | { op: 'reviewAnswer'; week: string; id: string; column: 'actual' | 'q1' | 'q2' | 'q3'; value: string | number };

export interface EditCase {
  readonly description: string;
  readonly edits: readonly Edit[];
}

/** The edit scenarios, one file each: adding a scenario is adding a file. */
export const EDIT_CASE_NAMES: readonly string[] = readdirSync(EDITS_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => f.replace(/\.json$/, ''));

export async function loadEditCases(): Promise<{ name: string; spec: EditCase }[]> {
  const files = (await fs.readdir(EDITS_DIR)).filter((f) => f.endsWith('.json')).sort();
  return Promise.all(files.map(async (f) => ({ name: f.replace(/\.json$/, ''), spec: JSON.parse(await fs.readFile(path.join(EDITS_DIR, f), 'utf8')) as EditCase })));
}

/** Applies edits the way a person would in Excel (as far as ExcelJS allows). */
export function applyEdits(wb: ExcelJS.Workbook, edits: readonly Edit[]): void {
  for (const e of edits) {
    const t = treeLayout(wb);
    switch (e.op) {
      case 'insertColumn': {
        const at = t.col[e.before] as number;
        t.ws.spliceColumns(at, 0, []);
        t.ws.getCell(t.headerRow, at).value = e.header;
        const after = treeLayout(wb);
        for (const [id, v] of Object.entries(e.values)) after.ws.getCell(after.rowOf.get(id) as number, at).value = v;
        break;
      }
      case 'setCell':
        t.ws.getCell(t.rowOf.get(e.id) as number, t.col[e.column] as number).value = e.value;
        break;
      case 'swapRows': {
        const ra = t.ws.getRow(t.rowOf.get(e.a) as number);
        const rb = t.ws.getRow(t.rowOf.get(e.b) as number);
        const va = (ra.values as ExcelJS.CellValue[]).slice();
        const vb = (rb.values as ExcelJS.CellValue[]).slice();
        ra.values = vb;
        rb.values = va;
        break;
      }
      case 'addRow':
        for (const [k, v] of Object.entries(e.values)) t.ws.getCell(t.nextRow, t.col[k as TreeColumnKey] as number).value = v as string;
        break;
      case 'deleteRow':
        t.ws.spliceRows(t.rowOf.get(e.id) as number, 1);
        break;
      case 'setHypothesis': {
        const h = hypothesisRow(wb, e.id);
        h.ws.getCell(h.row, h.valueCol).value = e.value;
        break;
      }
      case 'addSheet': {
        const ws = wb.addWorksheet(e.name);
        for (const [a, v] of Object.entries(e.cells)) ws.getCell(a).value = v;
        break;
      }
      case 'notesRow':
        t.ws.getCell(t.nextRow + 1, t.col[e.column] as number).value = e.text;
        break;
      case 'comment': {
        const cell = t.ws.getCell(t.rowOf.get(e.id) as number, t.byHeader.get(e.header) as number);
        cell.value = e.value;
        cell.note = e.note;
        break;
      }
      default:
        applyMoreEdits(wb, t, e);
    }
  }
}

/**
 * Builds the example, applies the edits, saves, syncs with the CLI; checks the previous
 * file is kept as .bak, and gives what was saved and what sync wrote, as read from files.
 */
export async function editAndSync(edits: readonly Edit[]): Promise<{ dir: string; file: string; before: ExcelJS.Workbook; after: ExcelJS.Workbook; out: string; err: string }> {
  const { dir, file } = await buildExample();
  const wb = await openXlsx(file);
  applyEdits(wb, edits);
  await wb.xlsx.writeFile(file);
  const edited = await fs.readFile(file);
  const r = await cli(dir, 'sync', path.basename(file));
  if (r.code !== 0) throw new Error(`sync exited ${r.code}: ${r.err}`);
  expect((await fs.readFile(`${file}.bak`)).equals(edited)).toBe(true);
  return { dir, file, before: await openXlsx(`${file}.bak`), after: await openXlsx(file), out: r.out, err: r.err };
}

// ---------------------------------------------------------------------------------------
// Whole-workbook snapshots

export interface CellSnap {
  readonly value: string;
  readonly formula?: string;
}

export function snapshot(wb: ExcelJS.Workbook): Record<string, Record<string, CellSnap>> {
  const out: Record<string, Record<string, CellSnap>> = {};
  for (const ws of wb.worksheets) {
    const cells: Record<string, CellSnap> = {};
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value as unknown;
        if (v === null || v === undefined || v === '') return;
        const formula = typeof v === 'object' && v !== null && 'formula' in v ? String((v as { formula: unknown }).formula) : undefined;
        cells[cell.address] = formula !== undefined ? { value: '', formula } : { value: `${typeof v}:${text(cell.value)}` };
      });
    });
    out[ws.name] = cells;
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Random plans (for the round-trip property): small but varied trees.

const idArb = fc.stringMatching(/^[a-z][a-z0-9_]{0,8}$/);
const textArb = fc.oneof(
  fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s.trim() !== ''),
  fc.constantFrom('月間売上', '=SUM(A1)', '+1', '@x', '-2', 'a "quoted" name'),
);

export const planArb: fc.Arbitrary<Plan> = fc
  .record({
    ids: fc.uniqueArray(idArb, { minLength: 2, maxLength: 7 }),
    hypIds: fc.uniqueArray(idArb.map((s) => `h_${s}`), { minLength: 1, maxLength: 3 }),
    hypValues: fc.array(fc.double({ min: 0.01, max: 1000, noNaN: true }).map((x) => Math.round(x * 1000) / 1000), { minLength: 3, maxLength: 3 }),
    names: fc.array(textArb, { minLength: 7, maxLength: 7 }),
    owners: fc.array(fc.option(textArb, { nil: undefined }), { minLength: 7, maxLength: 7 }),
    days: fc.array(fc.option(fc.integer({ min: 1, max: 31 }), { nil: undefined }), { minLength: 7, maxLength: 7 }),
    parents: fc.array(fc.nat(), { minLength: 7, maxLength: 7 }),
    levels: fc.array(fc.constantFrom('KPI', 'KDI') as fc.Arbitrary<'KPI' | 'KDI'>, { minLength: 7, maxLength: 7 }),
    units: fc.array(fc.constantFrom(undefined, '件', '円', '%'), { minLength: 7, maxLength: 7 }),
    target: fc.integer({ min: 1, max: 10_000_000 }),
  })
  .map(({ ids: rawIds, hypIds, hypValues, names, owners, days, parents, levels, units, target }): Plan => {
    const ids = rawIds.filter((id) => !hypIds.includes(`h_${id}`) && !id.startsWith('h_'));
    if (ids.length === 0) ids.push('goal');
    const hypotheses = hypIds.map((id, i) => ({ id, name: `${id} name`, value: hypValues[i] ?? 1 }));
    const kpis = ids.map((id, i) => {
      const base = { id, name: names[i] as string, owner: owners[i], unit: units[i], deadline: days[i] === undefined ? undefined : `2026-12-${String(days[i]).padStart(2, '0')}` };
      if (i === 0) return { ...base, level: 'KGI' as const, target };
      const parent = ids[(parents[i] as number) % i] as string;
      const h = hypIds[i % hypIds.length] as string;
      return { ...base, level: levels[i] as 'KPI' | 'KDI', parent, backcast: `${parent} / ${h}` };
    });
    return { version: 1, title: 'Random plan', month: '2026-12', lang: 'en', calendar: { holidays: 'jp', extra_holidays: [] }, hypotheses, kpis } as unknown as Plan;
  });
