import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { main } from '../../src/cli/main';
import type { Io } from '../../src/cli/io';
import { messages } from '../../src/core/i18n';
import { headerMatcher } from '../../src/core/reader/headers';
import { TREE_HEADER_KEYS, type TreeColumnKey } from '../../src/core/layout/treeColumns';
import type { Plan } from '../../src/core/model/planSchema';
import type { IsoDate } from '../../src/core/brand';
import { REVIEW } from '../../src/core/layout/reviewSheet';
import { readWorkbook } from '../../src/core/reader/readWorkbook';
import { planReview } from '../../src/core/review/planReview';
import { applySpec } from '../../src/hosts/xlsx/applySpec';
import { readWorkbookData } from '../../src/hosts/xlsx/readData';

export const EXAMPLE = path.resolve(__dirname, '../../examples/sales-funnel.yaml');
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

// ---------------------------------------------------------------------------------------
// Finding things by header and ID, never by fixed letters.

const matchTree = headerMatcher(TREE_HEADER_KEYS);

export function sheetByKey(wb: ExcelJS.Workbook, key: 'sheet.tree' | 'sheet.hypotheses' | 'sheet.settings' | 'sheet.calendar'): ExcelJS.Worksheet {
  const names = [messages[key].en, messages[key].ja];
  // A renamed Hypotheses or Calendar sheet is found by a header of its own, as the reader does.
  const signature = { 'sheet.hypotheses': 'sheet.hypotheses.col.value', 'sheet.calendar': 'sheet.calendar.col.cumulative' } as const;
  const header = key in signature ? signature[key as keyof typeof signature] : undefined;
  const hasHeader = (w: ExcelJS.Worksheet): boolean => {
    if (header === undefined) return false;
    for (let r = 1; r <= 30; r++) {
      const texts = (w.getRow(r).values as ExcelJS.CellValue[]).map((v) => text(v ?? null).trim());
      if (texts.includes(messages[header].en) || texts.includes(messages[header].ja)) return true;
    }
    return false;
  };
  const ws = wb.worksheets.find((w) => names.includes(w.name) && (header === undefined || hasHeader(w))) ?? wb.worksheets.find(hasHeader);
  if (!ws) throw new Error(`no sheet ${names.join('/')}`);
  return ws;
}

export function text(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object' && 'result' in v) return text((v as { result?: ExcelJS.CellValue }).result ?? null);
  return String(v);
}

export interface TreeLayout {
  readonly ws: ExcelJS.Worksheet;
  readonly headerRow: number;
  /** Tool columns by key, and every header by its text. */
  readonly col: Partial<Record<TreeColumnKey, number>>;
  readonly byHeader: Map<string, number>;
  readonly rowOf: Map<string, number>;
  /** The first row after the last used row. */
  readonly nextRow: number;
}

export function treeLayout(wb: ExcelJS.Workbook): TreeLayout {
  const ws = sheetByKey(wb, 'sheet.tree');
  for (let r = 1; r <= 30; r++) {
    const col: Partial<Record<TreeColumnKey, number>> = {};
    const byHeader = new Map<string, number>();
    ws.getRow(r).eachCell((cell, c) => {
      const t = text(cell.value).trim();
      if (t === '') return;
      byHeader.set(t, c);
      const key = matchTree(t);
      if (key && col[key] === undefined) col[key] = c;
    });
    if (col.id && col.level && col.name && col.parent) {
      const rowOf = new Map<string, number>();
      let last = r;
      ws.eachRow((row, rr) => {
        if (rr <= r) return;
        const id = text(row.getCell(col.id as number).value).trim();
        if (id !== '' && !rowOf.has(id)) rowOf.set(id, rr);
        if (row.hasValues) last = Math.max(last, rr);
      });
      return { ws, headerRow: r, col, byHeader, rowOf, nextRow: last + 1 };
    }
  }
  throw new Error('no tree header row');
}

export function hypothesisRow(wb: ExcelJS.Workbook, id: string): { ws: ExcelJS.Worksheet; row: number; valueCol: number } {
  const ws = sheetByKey(wb, 'sheet.hypotheses');
  const valueHeaders = [messages['sheet.hypotheses.col.value'].en, messages['sheet.hypotheses.col.value'].ja];
  const idHeaders = [messages['sheet.hypotheses.col.id'].en, messages['sheet.hypotheses.col.id'].ja];
  for (let r = 1; r <= 30; r++) {
    let idCol = 0;
    let valueCol = 0;
    ws.getRow(r).eachCell((cell, c) => {
      const t = text(cell.value).trim();
      if (idHeaders.includes(t)) idCol = c;
      if (valueHeaders.includes(t)) valueCol = c;
    });
    if (idCol && valueCol) {
      for (let rr = r + 1; rr <= ws.rowCount; rr++) if (text(ws.getCell(rr, idCol).value).trim() === id) return { ws, row: rr, valueCol };
      throw new Error(`no hypothesis ${id}`);
    }
  }
  throw new Error('no hypotheses header');
}

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

function applyMoreEdits(wb: ExcelJS.Workbook, t: TreeLayout, e: Edit): void {
  const nodeCell = (id: string, column: TreeColumnKey): ExcelJS.Cell => t.ws.getCell(t.rowOf.get(id) as number, t.col[column] as number);
  switch (e.op) {
    case 'commentCell':
      nodeCell(e.id, e.column).note = e.note;
      break;
    case 'commentHypothesis': {
      const h = hypothesisRow(wb, e.id);
      h.ws.getCell(h.row, h.valueCol).note = e.note;
      break;
    }
    case 'formulaInCell':
      nodeCell(e.id, e.column).value = { formula: e.formula, result: e.result } as ExcelJS.CellFormulaValue;
      break;
    case 'formulaInHypothesis': {
      const h = hypothesisRow(wb, e.id);
      h.ws.getCell(h.row, h.valueCol).value = { formula: e.formula, result: e.result } as ExcelJS.CellFormulaValue;
      break;
    }
    case 'hypothesisColumn': {
      const ws = sheetByKey(wb, 'sheet.hypotheses');
      const col = ws.columnCount + 2;
      for (const [id, v] of Object.entries(e.values)) {
        const h = hypothesisRow(wb, id);
        ws.getCell(h.row, col).value = v;
      }
      ws.getCell(hypothesesHeaderRow(wb), col).value = e.header;
      break;
    }
    case 'looseCell':
      t.ws.getCell(t.rowOf.get(e.id) as number, e.column).value = e.value;
      break;
    case 'swapColumns': {
      const a = t.col[e.a] as number;
      const b = t.col[e.b] as number;
      t.ws.eachRow({ includeEmpty: true }, (row, r) => {
        if (r < t.headerRow) return;
        const ca = row.getCell(a);
        const cb = row.getCell(b);
        const [va, vb] = [ca.value, cb.value];
        const [sa, sb] = [{ ...ca.style }, { ...cb.style }];
        ca.value = vb;
        cb.value = va;
        ca.style = sb;
        cb.style = sa;
      });
      break;
    }
    case 'retypeHeader':
      t.ws.getCell(t.headerRow, t.col[e.column] as number).value = e.text;
      break;
    case 'dateColumn': {
      const col = t.ws.columnCount + 3;
      t.ws.getCell(t.headerRow, col).value = e.header;
      const [y, m, d] = e.date.split('-').map(Number);
      const cell = t.ws.getCell(t.rowOf.get(e.id) as number, col);
      cell.value = new Date(Date.UTC(y as number, (m as number) - 1, d));
      cell.numFmt = e.numFmt;
      break;
    }
    case 'calendarNote':
      sheetByKey(wb, 'sheet.calendar').getCell(e.address).value = e.value;
      break;
    case 'renameSheet': {
      const ws = sheetByKey(wb, e.key);
      const quoted = /^[A-Za-z_][A-Za-z0-9_]*$/.test(ws.name) ? ws.name : `'${ws.name}'`;
      wb.definedNames.model = wb.definedNames.model.map((m) => ({ ...m, ranges: m.ranges.map((r) => r.replace(`${quoted}!`, `'${e.name}'!`)) }));
      // Formulas on the tree that name the sheet follow it too, as in Excel.
      for (const sheet of wb.worksheets) {
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            const v = cell.value as { formula?: string; result?: ExcelJS.CellValue } | null;
            if (v && typeof v.formula === 'string' && v.formula.includes(`${quoted}!`))
              cell.value = { formula: v.formula.split(`${quoted}!`).join(`'${e.name}'!`), result: v.result } as ExcelJS.CellFormulaValue;
          }),
        );
      }
      ws.name = e.name;
      break;
    }
    case 'mergeDown': {
      const r = t.rowOf.get(e.id) as number;
      const c = t.col[e.column] as number;
      t.ws.getCell(r, c).value = e.value;
      t.ws.mergeCells(r, c, r + 1, c);
      break;
    }
    case 'review': {
      const data = readWorkbookData(wb);
      const read = readWorkbook(data, 'en');
      if (read.model === null) throw new Error('no model for the review');
      const plan = planReview({ model: read.model, data, lang: read.lang, week: e.week, generatedOn: '2026-12-01' as IsoDate });
      if ('key' in plan) throw new Error(`review: ${plan.key}`);
      applySpec(wb, plan.spec);
      break;
    }
    case 'reviewAnswer': {
      const tab = reviewTab(wb, e.week);
      tab.ws.getCell(tab.rowOf(e.id), REVIEW.col[e.column]).value = e.value;
      break;
    }
    default:
      throw new Error(`unknown edit ${JSON.stringify(e)}`);
  }
}

export function hypothesesHeaderRow(wb: ExcelJS.Workbook): number {
  const ws = sheetByKey(wb, 'sheet.hypotheses');
  const idHeaders = [messages['sheet.hypotheses.col.id'].en, messages['sheet.hypotheses.col.id'].ja];
  for (let r = 1; r <= 30; r++) if (idHeaders.includes(text(ws.getCell(r, 1).value).trim())) return r;
  throw new Error('no hypotheses header');
}

export function reviewTab(wb: ExcelJS.Workbook, week: string): { ws: ExcelJS.Worksheet; rowOf: (id: string) => number } {
  const ws = wb.worksheets.find((w) => w.name.endsWith(week));
  if (!ws) throw new Error(`no review tab for ${week}`);
  return {
    ws,
    rowOf: (id) => {
      for (let r = REVIEW.firstRow; r <= ws.rowCount; r++) if (text(ws.getCell(r, REVIEW.col.id).value) === id) return r;
      throw new Error(`no ${id} on ${ws.name}`);
    },
  };
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
