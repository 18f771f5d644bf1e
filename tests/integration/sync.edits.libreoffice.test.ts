/**
 * After each edit scenario (tests/fixtures/edits) and `sync`, LibreOffice recalculates the
 * workbook: every T_, D_ and W_ name shows what the core computes from the workbook's own
 * tree, and every review tab's weekly target shows its week of W_. The formulas the rebuild
 * wrote are live and right, not only present.
 */
import type ExcelJS from 'exceljs';
import { computeTargets } from '../../src/core/backcast/targets';
import { readWorkbook } from '../../src/core/reader/readWorkbook';
import { readWorkbookData } from '../../src/hosts/xlsx/readData';
import { EDIT_CASE_NAMES, editAndSync, loadEditCases, openXlsx, type Edit, type EditCase } from '../support/edits';
import {
  libreOfficeSuite,
  readDefinedNameValues,
  recalculate,
  type DefinedNameValue,
} from '../support/libreoffice';
import { REVIEW } from '../../src/core/layout/reviewColumns';

function scalar(v: DefinedNameValue | undefined): unknown {
  return Array.isArray(v) ? (Array.isArray(v[0]) ? v[0][0] : v[0]) : v;
}
function row(v: DefinedNameValue | undefined): unknown[] {
  if (!Array.isArray(v)) return [v];
  return Array.isArray(v[0]) ? (v[0] as unknown[]) : (v as unknown[]);
}
const close = (a: number, b: number): boolean =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Every difference between the recalculated file and the core's numbers for the synced workbook. */
interface Outcome {
  readonly differences: string[];
  /** Review rows whose target was compared. */
  readonly reviewRows: number;
}

async function differences(synced: ExcelJS.Workbook, recalculated: string): Promise<Outcome> {
  const read = readWorkbook(readWorkbookData(synced), 'en');
  if (read.model === null) return { differences: ['the synced workbook does not read back'], reviewRows: 0 };
  const planned = computeTargets(read.model);
  if (planned.backcast === null || planned.calendar === null)
    return { differences: ['no targets'], reviewRows: 0 };
  const values = await readDefinedNameValues(recalculated);
  const out: string[] = [];
  const number = (what: string, actual: unknown, expected: number): void => {
    if (typeof actual !== 'number' || !close(actual, expected))
      out.push(`${what}: expected ${expected}, got ${JSON.stringify(actual)}`);
  };
  for (const h of read.model.hypotheses) number(`H_${h.id}`, scalar(values.get(`H_${h.id}`)), h.value);
  for (const n of planned.backcast.nodes) {
    if (n.monthly === null) continue;
    number(`T_${n.id}`, scalar(values.get(`T_${n.id}`)), n.monthly);
    if (n.perWorkday !== null) number(`D_${n.id}`, scalar(values.get(`D_${n.id}`)), n.perWorkday);
    const weeks = row(values.get(`W_${n.id}`));
    if (weeks.length !== planned.calendar.weeks.length) out.push(`W_${n.id}: ${weeks.length} weeks`);
    weeks.forEach((w, k) => number(`W_${n.id}[${k}]`, w, (n.weekly as number[])[k] as number));
  }
  // Review tabs: the weekly target of each row is its week of W_.
  const labels = planned.calendar.weeks.map((w) => w.label);
  const wb = await openXlsx(recalculated);
  let reviewRows = 0;
  for (const ws of wb.worksheets) {
    const k = labels.findIndex((l) => ws.name.endsWith(l));
    if (k < 0) continue;
    for (let r = REVIEW.firstRow; r <= ws.rowCount; r++) {
      const id = ws.getCell(r, REVIEW.col.id).value;
      if (typeof id !== 'string' || id === '') break;
      const node = planned.backcast.nodes.find((x) => x.id === id);
      const target = (ws.getCell(r, REVIEW.col.target).value as { result?: unknown } | null)?.result;
      if (node?.weekly) number(`${ws.name} ${id} target`, target, node.weekly[k] as number);
      reviewRows++;
    }
  }
  return { differences: out, reviewRows };
}

/** Runs tasks `width` at a time, each result its own promise. */
function limited<T>(tasks: (() => Promise<T>)[], width: number): Promise<T>[] {
  let next = 0;
  const slots = tasks.map(() => {
    let resolve!: (v: T) => void;
    let reject!: (e: unknown) => void;
    const promise = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    promise.catch(() => undefined); // reported by the test that awaits it
    return { promise, resolve, reject };
  });
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const i = next++;
      try {
        slots[i].resolve(await tasks[i]());
      } catch (e) {
        slots[i].reject(e);
      }
    }
  };
  for (let w = 0; w < width; w++) void worker();
  return slots.map((s) => s.promise);
}

const COMBINED: Edit[] = [
  { op: 'setHypothesis', id: 'close_rate', value: 0.25 },
  {
    op: 'addRow',
    values: {
      id: 'emails',
      level: 'KDI',
      name: 'メール送信数',
      parent: 'appointments',
      backcast: 'appointments / appointment_rate',
    },
  },
  { op: 'deleteRow', id: 'talk_quality' },
];

const lo = libreOfficeSuite();
lo.describe('sync results recalculated by LibreOffice', () => {
  const results = new Map<string, Promise<Outcome>>();
  let cases: { name: string; spec: EditCase }[] = [];

  beforeAll(async () => {
    cases = [
      ...(await loadEditCases()),
      { name: 'combined', spec: { description: 'several edits at once', edits: COMBINED } },
    ];
    const synced = await Promise.all(cases.map((c) => editAndSync(c.spec.edits)));
    const done = limited(
      synced.map((s) => async () => differences(s.after, await recalculate(s.file))),
      2,
    );
    cases.forEach((c, i) => results.set(c.name, done[i] as Promise<Outcome>));
  }, 300_000);

  it('covers every edit fixture', () => {
    expect(cases.length).toBeGreaterThanOrEqual(19);
  });

  it.each(EDIT_CASE_NAMES)('%s: the recalculated names and review targets equal the core’s numbers', async (name) => {
    const result = await results.get(name);
    expect(result?.differences).toEqual([]);
    // The review tab's targets were compared where the scenario has one.
    if (name === 'typed-review-answers') expect(result?.reviewRows).toBeGreaterThan(3);
  });
});
