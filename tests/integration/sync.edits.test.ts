import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { fromExcelSerial } from '../../src/core/calendar/date';
import { planTargets } from '../../src/core/plan';
import { readWorkbook } from '../../src/core/reader/readWorkbook';
import { readWorkbookData } from '../../src/hosts/xlsx/readData';
import { libreOfficeSuite, readDefinedNameValues, recalculate, type DefinedNameValue } from '../support/libreoffice';
import {
  applyEdits,
  buildExample,
  cli,
  hypothesisRow,
  loadEditCases,
  openXlsx,
  text,
  treeLayout,
  type Edit,
  type EditCase,
} from '../support/edits';

function names(wb: ExcelJS.Workbook): Map<string, string[]> {
  return new Map(wb.definedNames.model.map((m) => [m.name, m.ranges]));
}

function shownValue(v: ExcelJS.CellValue, column?: string): string {
  if (column === 'deadline' && typeof v === 'number') return fromExcelSerial(v);
  return text(v);
}

/** Builds the example, applies the edits, saves, syncs. */
async function editAndSync(edits: readonly Edit[]): Promise<{ file: string; before: ExcelJS.Workbook; after: ExcelJS.Workbook; out: string; err: string }> {
  const { dir, file } = await buildExample();
  const before = await openXlsx(file);
  applyEdits(before, edits);
  await before.xlsx.writeFile(file);
  const edited = await fs.readFile(file);
  const r = await cli(dir, 'sync', path.basename(file));
  if (r.code !== 0) throw new Error(`sync exited ${r.code}: ${r.err}`);
  expect(existsSync(`${file}.bak`)).toBe(true);
  expect((await fs.readFile(`${file}.bak`)).equals(edited)).toBe(true);
  return { file, before, after: await openXlsx(file), out: r.out, err: r.err };
}

function expectEditKept(after: ExcelJS.Workbook, e: Edit): void {
  const t = treeLayout(after);
  const cellOf = (id: string, col: number | undefined): ExcelJS.Cell => {
    expect(t.rowOf.has(id)).toBe(true);
    expect(col).toBeDefined();
    return t.ws.getCell(t.rowOf.get(id) as number, col as number);
  };
  switch (e.op) {
    case 'insertColumn':
      expect(t.byHeader.has(e.header)).toBe(true);
      for (const [id, v] of Object.entries(e.values)) {
        const cell = cellOf(id, t.byHeader.get(e.header));
        expect(cell.value).toEqual(v); // same type: a string stays a string
      }
      break;
    case 'setCell':
      expect(shownValue(cellOf(e.id, t.col[e.column]).value, e.column)).toBe(String(e.expect ?? e.value));
      break;
    case 'swapRows':
      expect(t.rowOf.has(e.a) && t.rowOf.has(e.b)).toBe(true);
      break;
    case 'addRow': {
      const id = e.values.id as string;
      for (const [k, v] of Object.entries(e.values)) expect(text(cellOf(id, t.col[k as keyof typeof t.col]).value)).toBe(v);
      const monthly = cellOf(id, t.col.monthly).value as { formula?: string } | null;
      expect(typeof monthly?.formula).toBe('string');
      const n = names(after);
      for (const prefix of ['T_', 'D_', 'W_']) expect(n.has(`${prefix}${id}`)).toBe(true);
      // The typed row moves under its parent.
      if (e.values.parent) expect(t.rowOf.get(id) as number).toBeGreaterThan(t.rowOf.get(e.values.parent) as number);
      break;
    }
    case 'deleteRow': {
      expect(t.rowOf.has(e.id)).toBe(false);
      const n = names(after);
      for (const prefix of ['T_', 'D_', 'W_']) expect(n.has(`${prefix}${e.id}`)).toBe(false);
      break;
    }
    case 'setHypothesis': {
      const h = hypothesisRow(after, e.id);
      expect(h.ws.getCell(h.row, h.valueCol).value).toBe(e.value);
      expect(names(after).has(`H_${e.id}`)).toBe(true);
      break;
    }
    case 'addSheet': {
      const ws = after.getWorksheet(e.name);
      expect(ws).toBeDefined();
      for (const [a, v] of Object.entries(e.cells)) expect(ws?.getCell(a).value).toEqual(v);
      break;
    }
    case 'notesRow': {
      const col = t.col[e.column] as number;
      const rows: number[] = [];
      t.ws.eachRow((row, r) => {
        if (r > t.headerRow && row.getCell(col).value === e.text) rows.push(r);
      });
      expect(rows).toHaveLength(1);
      expect(text(t.ws.getCell(rows[0] as number, t.col.id as number).value)).toBe('');
      break;
    }
    case 'comment': {
      const cell = cellOf(e.id, t.byHeader.get(e.header));
      expect(cell.value).toBe(e.value);
      expect(text(cell.note as ExcelJS.CellValue) || JSON.stringify(cell.note)).toContain(e.note);
      break;
    }
  }
}

describe('sync after people edited the workbook (tests/fixtures/edits)', () => {
  let cases: { name: string; spec: EditCase }[] = [];
  beforeAll(async () => {
    cases = await loadEditCases();
  });

  it('has the edit fixtures', () => {
    expect(cases.length).toBeGreaterThanOrEqual(9);
  });

  it.each([
    'inserted-column',
    'reordered-rows',
    'typed-new-kpi',
    'deleted-row',
    'changed-hypothesis',
    'changed-owner-deadline-notes',
    'extra-user-sheet',
    'notes-row-without-id',
    'comment-in-user-column',
  ])('%s: every typed value is still there', async (name) => {
    const c = cases.find((x) => x.name === name);
    expect(c).toBeDefined();
    const { after } = await editAndSync(c?.spec.edits ?? []);
    for (const e of c?.spec.edits ?? []) expectEditKept(after, e);
    // The plan's own owners survive on every remaining node.
    const t = treeLayout(after);
    const owners: Record<string, string> = { revenue: '山田', contracts: '山田', calls: '佐藤' };
    const overridden = new Set((c?.spec.edits ?? []).flatMap((e) => (e.op === 'setCell' && e.column === 'owner' ? [e.id] : [])));
    for (const [id, owner] of Object.entries(owners)) {
      if (!overridden.has(id)) expect(text(t.ws.getCell(t.rowOf.get(id) as number, t.col.owner as number).value)).toBe(owner);
    }
  });

  it('every fixture in the folder passes', async () => {
    for (const c of cases) {
      const { after } = await editAndSync(c.spec.edits);
      for (const e of c.spec.edits) expectEditKept(after, e);
    }
  });
});

function scalar(v: DefinedNameValue | undefined): unknown {
  return Array.isArray(v) ? (Array.isArray(v[0]) ? v[0][0] : v[0]) : v;
}
function row(v: DefinedNameValue | undefined): unknown[] {
  if (!Array.isArray(v)) return [v];
  return Array.isArray(v[0]) ? (v[0] as unknown[]) : (v as unknown[]);
}

const lo = libreOfficeSuite();
lo.describe('sync results recalculated by LibreOffice', () => {
  it('T_ and W_ equal planTargets of the read-back model after edits + sync', async () => {
    const { file, after } = await editAndSync([
      { op: 'setHypothesis', id: 'close_rate', value: 0.25 },
      { op: 'addRow', values: { id: 'emails', level: 'KDI', name: 'メール送信数', parent: 'appointments', backcast: 'appointments / appointment_rate' } },
      { op: 'deleteRow', id: 'talk_quality' },
    ]);
    const read = readWorkbook(readWorkbookData(after), 'en');
    expect(read.model).not.toBeNull();
    const planned = planTargets(read.model as NonNullable<typeof read.model>);
    expect(planned.backcast).not.toBeNull();
    const values = await readDefinedNameValues(await recalculate(file));
    for (const n of planned.backcast?.nodes ?? []) {
      if (n.monthly === null) continue;
      expect(Number(scalar(values.get(`T_${n.id}`)))).toBeCloseTo(n.monthly, 6);
      const weeks = row(values.get(`W_${n.id}`)).map(Number);
      expect(weeks).toHaveLength(n.weekly?.length ?? -1);
      weeks.forEach((w, i) => expect(w).toBeCloseTo((n.weekly as number[])[i] as number, 6));
    }
    expect(planned.backcast?.nodes.some((n) => n.id === 'emails' && n.monthly !== null)).toBe(true);
  });
});
