/**
 * THE proof of the backcast: a plan built into .xlsx by the real CLI (`main(['build', …])`),
 * recalculated by LibreOffice, shows exactly the core's numbers in every `T_`, `D_` and
 * `W_` name (counts exact, others within 1e-9 relative), `WORKDAYS`, and `WEEKS` as the
 * week labels — in Japanese and in English workbooks. Then a hypothesis cell is changed and
 * a date is added to the Calendar's holiday list (`HOLIDAYS`) with ExcelJS, as a person would
 * in Excel, and after recalculation the workbook shows the core's numbers for the changed
 * model: the formulas are live, not cached. Text from the plan that looks like a formula
 * stays text, after the build and after LibreOffice's round trip.
 *
 * Every conversion (about 2 s of LibreOffice each) is started once in `beforeAll`, two at a
 * time, and each test awaits its own.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { basename, join } from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import type { Io } from '../../src/cli/io';
import type { IsoDate } from '../../src/core/brand';
import type { Lang } from '../../src/core/i18n';
import { eachRow, type CellValue, type WorkbookSpec } from '../../src/core/layout/spec';
import { loadPlanText } from '../../src/core/model/parsePlan';
import type { Model } from '../../src/core/model/types';
import { computeTargets } from '../../src/core/backcast/targets';
import {
  libreOfficeSuite,
  parseSheetRange,
  readDefinedNameValues,
  recalculate,
  type CellScalar,
  type DefinedNameValue,
} from '../support/libreoffice';
import { planYaml, realisticPlan, type PlanInput } from '../support/plans';
import { layoutWholeWorkbook } from '../../src/core/workbook/layoutWorkbook';

const ROOT = join(__dirname, '..', '..');
const example = (name: string): string => join(ROOT, 'examples', name);
const fixture = (name: string): string => join(ROOT, 'tests', 'fixtures', 'plans', name);

/** A change a person makes in the workbook: one hypothesis cell, and one more day off. */
interface Edit {
  readonly hypothesis: string;
  readonly value: number;
  readonly holiday: IsoDate;
}

interface Case {
  readonly name: string;
  readonly plan: string;
  readonly lang: Lang;
  readonly edit?: Edit;
}

const CASES: Case[] = [];
function both(name: string, plan: string, edit: Edit): void {
  for (const lang of ['ja', 'en'] as const) CASES.push({ name: `${name} (${lang})`, plan, lang, edit });
}
both('sales funnel', example('sales-funnel.yaml'), {
  hypothesis: 'close_rate',
  value: 0.25,
  holiday: '2026-12-14' as IsoDate,
});
both('SaaS', example('saas.yaml'), {
  hypothesis: 'won_per_lost',
  value: 3,
  holiday: '2027-01-20' as IsoDate,
});
// A team of three: the team's targets are its members' added up, through the member sheet.
both('team of three', example('team.yaml'), {
  hypothesis: 'appointment_rate',
  value: 0.4,
  holiday: '2026-12-14' as IsoDate,
});
both('route sales', example('route-sales.yaml'), {
  hypothesis: 'cross_sell_rate',
  value: 0.2,
  holiday: '2026-11-13' as IsoDate,
});
// 21 contracts at 35 % → 60 meetings; at 30 % → 70, though 21 / 0.3 is 70.00000000000001.
CASES.push({
  name: 'November 2026 rounding',
  plan: fixture('ok.november-2026-rounding.yaml'),
  lang: 'en',
  edit: { hypothesis: 'close_rate', value: 0.3, holiday: '2026-11-20' as IsoDate },
});
// No national holidays: the list starts empty and the added day is its only entry.
CASES.push({
  name: 'holidays: none',
  plan: fixture('ok.no-holidays.yaml'),
  lang: 'ja',
  edit: { hypothesis: 'unit_price', value: 70000, holiday: '2026-11-03' as IsoDate },
});
CASES.push({ name: 'round overrides (JSON)', plan: fixture('ok.round-override.json'), lang: 'ja' });
// 売上 = 客数 × 客単価: the price, a rate and a score hold every week and day (W_ and D_ are the
// value itself), sums are split; after the price changes, every week follows it.
CASES.push({
  name: 'averages and measured KCIs',
  plan: fixture('ok.averages.yaml'),
  lang: 'ja',
  edit: { hypothesis: 'avg_spend', value: 400000, holiday: '2026-12-14' as IsoDate },
});
CASES.push({ name: 'Golden Week with a KCI', plan: fixture('ok.golden-week.yaml'), lang: 'en' });
CASES.push({ name: 'fractional count KGI', plan: fixture('ok.fractional-count-kgi.yaml'), lang: 'ja' });
CASES.push({ name: 'realistic 120-node plan', plan: 'realistic-120.yaml', lang: 'en' });

/** Plan text that looks like a formula, in every field a person types. */
const PAYLOADS = [
  '=HYPERLINK("http://x","y")',
  '+1',
  '-1',
  '@SUM(A1)',
  "=cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=2+2',
  '=A1*2\n=B1',
  'x\r\n=1',
  "'=quoted",
  '=',
  '=SUM(T_revenue)',
  '-2+3',
  '＝全角イコール',
];

function injectionPlan(): PlanInput {
  const at = (i: number): string => PAYLOADS[i % PAYLOADS.length];
  return {
    version: 1,
    title: '=HYPERLINK("http://x","title")',
    month: '2026-12',
    hypotheses: PAYLOADS.map((p, i) => ({
      id: `h${i}`,
      name: p,
      value: i + 1,
      rationale: at(i + 3),
      unit: i === 0 ? '=1' : undefined,
    })),
    kpis: [
      {
        id: 'revenue',
        level: 'KGI',
        name: at(0),
        unit: '円',
        target: 1_000_000,
        owner: at(1),
        notes: at(2),
        ksf: at(3),
      },
      ...PAYLOADS.map((p, i) => ({
        id: `n${i}`,
        level: 'KPI' as const,
        parent: 'revenue',
        name: p,
        unit: '件',
        backcast: `revenue / 100000 * h${i}`,
        owner: at(i + 1),
        notes: at(i + 2),
        ksf: at(i + 5),
      })),
    ],
  };
}

// ---------------------------------------------------------------------------------------

function closeEnough(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) <= 1e-9 * Math.max(Math.abs(actual), Math.abs(expected));
}

function show(v: unknown): string {
  return JSON.stringify(v);
}

/**
 * Every difference between the recalculated workbook's names and the core's numbers for
 * `model`: counts must be equal, other numbers within 1e-9 relative, qualitative nodes empty.
 */
function differences(values: ReadonlyMap<string, DefinedNameValue>, model: Model): string[] {
  const { calendar, backcast } = computeTargets(model);
  if (calendar === null || backcast === null) return ['the core computed no targets'];
  const out: string[] = [];
  const number = (
    name: string,
    actual: CellScalar | undefined,
    expected: number | null,
    exact: boolean,
  ): void => {
    if (expected === null) {
      if (actual !== null) out.push(`${name}: expected an empty cell, got ${show(actual)}`);
    } else if (typeof actual !== 'number') {
      out.push(`${name}: expected ${expected}, got ${show(actual)}`);
    } else if (exact ? actual !== expected : !closeEnough(actual, expected)) {
      out.push(`${name}: expected ${expected}, got ${actual}`);
    }
  };
  const scalar = (name: string): CellScalar | undefined => {
    const v = values.get(name);
    return Array.isArray(v) ? undefined : v;
  };

  number('WORKDAYS', scalar('WORKDAYS'), calendar.workdays, true);
  const weeks = values.get('WEEKS');
  if (show(weeks) !== show(calendar.weeks.map((w) => w.label)))
    out.push(`WEEKS: expected ${show(calendar.weeks.map((w) => w.label))}, got ${show(weeks)}`);
  // LibreOffice saves numbers to 15 significant digits (1/6 → 0.166666666666667): inputs compare within 1e-9.
  for (const h of model.hypotheses) number(`H_${h.id}`, scalar(`H_${h.id}`), h.value, false);

  for (const n of backcast.nodes) {
    number(`T_${n.id}`, scalar(`T_${n.id}`), n.monthly, n.round === 'up' && n.level !== 'KGI');
    number(`D_${n.id}`, scalar(`D_${n.id}`), n.perWorkday, false);
    const w = values.get(`W_${n.id}`);
    const row = Array.isArray(w)
      ? w.length === 1 && Array.isArray(w[0])
        ? (w[0] as CellScalar[])
        : (w as CellScalar[])
      : w === undefined
        ? undefined
        : [w];
    if (row === undefined || row.length !== calendar.weeks.length) {
      out.push(`W_${n.id}: expected ${calendar.weeks.length} weeks, got ${show(w)}`);
      continue;
    }
    row.forEach((actual, k) =>
      number(`W_${n.id}[${calendar.weeks[k].label}]`, actual, n.weekly?.[k] ?? null, n.round === 'up'),
    );
  }

  // Nothing more and nothing less than the contract's names.
  const expectedNames = new Set<string>(['WORKDAYS', 'WEEKS', 'HOLIDAYS']);
  for (const h of model.hypotheses) expectedNames.add(`H_${h.id}`);
  for (const n of backcast.nodes) for (const p of ['T_', 'D_', 'W_']) expectedNames.add(`${p}${n.id}`);
  const actualNames = new Set(
    [...values.keys()].filter((k) => /^([TDWH]_|WEEKS$|WORKDAYS$|HOLIDAYS$)/.test(k)),
  );
  for (const name of expectedNames) if (!actualNames.has(name)) out.push(`missing defined name ${name}`);
  for (const name of actualNames) if (!expectedNames.has(name)) out.push(`unexpected defined name ${name}`);
  return out;
}

function modelOf(planFile: string): Model {
  const loaded = loadPlanText(readFileSync(planFile, 'utf8'), planFile.endsWith('.json') ? 'json' : 'yaml');
  if (loaded.model === null) throw new Error(`${planFile} is not a plan`);
  return loaded.model;
}

function edited(model: Model, edit: Edit): Model {
  if (!model.hypotheses.some((h) => h.id === edit.hypothesis))
    throw new Error(`no hypothesis ${edit.hypothesis}`);
  return {
    ...model,
    hypotheses: model.hypotheses.map((h) => (h.id === edit.hypothesis ? { ...h, value: edit.value } : h)),
    calendar: { ...model.calendar, extraHolidays: [...model.calendar.extraHolidays, edit.holiday] },
  };
}

/** What a person does in Excel: type a new value in `H_<id>`, and a date in the first empty row of `HOLIDAYS`. */
async function applyEdit(source: string, target: string, edit: Edit): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(source);
  const rangeOf = (name: string) => {
    const def = wb.definedNames.model.find((n) => n.name === name);
    if (def === undefined) throw new Error(`${source} has no name ${name}`);
    return parseSheetRange(def.ranges[0]);
  };
  const h = rangeOf(`H_${edit.hypothesis}`);
  const hypothesisCell = (wb.getWorksheet(h.sheet) as ExcelJS.Worksheet).getCell(h.top, h.left);
  if (typeof hypothesisCell.value !== 'number')
    throw new Error(`H_${edit.hypothesis} holds ${show(hypothesisCell.value)}`);
  hypothesisCell.value = edit.value;
  const holidays = rangeOf('HOLIDAYS');
  const sheet = wb.getWorksheet(holidays.sheet) as ExcelJS.Worksheet;
  let row = holidays.top;
  while (row <= holidays.bottom && sheet.getCell(row, holidays.left).value !== null) row++;
  if (row > holidays.bottom) throw new Error('the holiday list is full');
  const [y, m, d] = edit.holiday.split('-').map(Number);
  sheet.getCell(row, holidays.left).value = new Date(Date.UTC(y, m - 1, d));
  await wb.xlsx.writeFile(target);
}

async function build(plan: string, out: string, lang: Lang): Promise<void> {
  const said: string[] = [];
  const io: Io = { out: (s) => said.push(s), err: (s) => said.push(s), cwd: ROOT, env: {} };
  const code = await main(['build', plan, '--out', out, '--lang', lang], io);
  if (code !== 0) throw new Error(`build ${plan} exited ${code}: ${said.join('\n')}`);
}

/** Runs tasks `width` at a time; each result (or error) is its own promise. */
function limited<T>(tasks: (() => Promise<T>)[], width: number): Promise<T>[] {
  let next = 0;
  const results: { resolve: (v: T) => void; reject: (e: unknown) => void }[] = [];
  const promises = tasks.map(
    (_, i) => new Promise<T>((resolve, reject) => (results[i] = { resolve, reject })),
  );
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const i = next++;
      try {
        results[i].resolve(await tasks[i]());
      } catch (e) {
        results[i].reject(e);
      }
    }
  };
  for (let w = 0; w < width; w++) void worker();
  promises.forEach((p) => p.catch(() => undefined)); // reported by the test that awaits it
  return promises;
}

/** Where each text literal of a spec stands: sheet name, row, column (1-based), and the text. */
function textCells(spec: WorkbookSpec): { sheet: string; row: number; col: number; text: string }[] {
  const out: { sheet: string; row: number; col: number; text: string }[] = [];
  for (const sheet of spec.sheets) {
    eachRow(sheet, (cells, r) =>
      cells.forEach((cell, c) => {
        const v: CellValue | undefined = cell?.v;
        if (typeof v === 'string' && cell?.f === undefined)
          out.push({ sheet: sheet.name, row: r + 1, col: c + 1, text: v });
      }),
    );
  }
  return out;
}

/** A cell's text when it holds text (LibreOffice saves mixed Latin/Japanese text as rich text); null otherwise. */
function textOf(cell: ExcelJS.Cell): string | null {
  if (cell.type === ExcelJS.ValueType.String && typeof cell.value === 'string') return cell.value;
  if (cell.type === ExcelJS.ValueType.RichText)
    return (cell.value as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('');
  return null;
}

/** Every formula in the workbook, with its address. */
function formulas(wb: ExcelJS.Workbook): string[] {
  const out: string[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) out.push(`${ws.name}!${cell.address}: ${cell.formula}`);
      }),
    ),
  );
  return out;
}

// ---------------------------------------------------------------------------------------

const lo = libreOfficeSuite();

lo.describe('build → LibreOffice: the workbook computes exactly what the core computes', () => {
  let dir: string;
  const recalculated = new Map<string, Promise<string>>();
  const started = Date.now();
  let finished = 0;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kpi-tree-build-lo-'));
    writeFileSync(join(dir, 'realistic-120.yaml'), planYaml(realisticPlan(120)));
    writeFileSync(join(dir, 'injection.yaml'), planYaml(injectionPlan()));
    const jobs: [string, () => Promise<string>][] = [];
    for (const c of CASES) {
      const plan = c.plan.includes('/') ? c.plan : join(dir, c.plan);
      const file = join(dir, `${basename(plan).replace(/\.\w+$/, '')}.${c.lang}.xlsx`);
      await build(plan, file, c.lang);
      jobs.push([`${c.name}`, () => recalculate(file, { tempRoot: dir })]);
      if (c.edit) {
        const changed = file.replace(/\.xlsx$/, '.changed.xlsx');
        await applyEdit(file, changed, c.edit);
        jobs.push([`${c.name} changed`, () => recalculate(changed, { tempRoot: dir })]);
      }
    }
    await build(join(dir, 'injection.yaml'), join(dir, 'injection.xlsx'), 'ja');
    jobs.push(['injection', () => recalculate(join(dir, 'injection.xlsx'), { tempRoot: dir })]);
    const promises = limited(
      jobs.map(([, job]) => async () => {
        const out = await job();
        finished++;
        return out;
      }),
      2,
    );
    jobs.forEach(([key], i) => recalculated.set(key, promises[i]));
  }, 600_000);

  afterAll(async () => {
    await Promise.allSettled([...recalculated.values()]);
    console.log(
      `build.libreoffice: ${finished} LibreOffice conversions in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const result = (key: string): Promise<string> => {
    const p = recalculated.get(key);
    if (p === undefined) throw new Error(`no conversion ${key}`);
    return p;
  };

  describe.each(CASES)('$name', (c) => {
    const planFile = (): string => (c.plan.includes('/') ? c.plan : join(dir, c.plan));

    it('shows the core’s targets after recalculation', async () => {
      const values = await readDefinedNameValues(await result(c.name));
      expect(differences(values, modelOf(planFile()))).toEqual([]);
    });

    if (c.edit) {
      const edit = c.edit;
      it(`follows H_${edit.hypothesis} = ${edit.value} and a day off on ${edit.holiday}`, async () => {
        const model = modelOf(planFile());
        const changed = edited(model, edit);
        // The edit matters: fewer working days, and other targets.
        const before = computeTargets(model);
        const after = computeTargets(changed);
        expect(after.calendar?.workdays).toBe((before.calendar?.workdays ?? 0) - 1);
        expect(show(after.backcast?.nodes.map((n) => n.monthly))).not.toBe(
          show(before.backcast?.nodes.map((n) => n.monthly)),
        );

        const values = await readDefinedNameValues(await result(`${c.name} changed`));
        expect(differences(values, changed)).toEqual([]);
        expect(differences(values, model).length).toBeGreaterThan(0);
      });
    }
  });

  it('keeps 60 meetings for 21 contracts at 35 % and 70 at 30 % in LibreOffice too', async () => {
    const original = await readDefinedNameValues(await result('November 2026 rounding'));
    const changed = await readDefinedNameValues(await result('November 2026 rounding changed'));
    expect([original.get('T_contracts'), original.get('T_meetings'), original.get('T_calls')]).toEqual([
      21, 60, 287,
    ]);
    expect([changed.get('T_contracts'), changed.get('T_meetings')]).toEqual([21, 70]);
  });

  it('holds 客単価, a rate and a score every week and day in LibreOffice, and splits 客数 and a count KCI', async () => {
    const original = await readDefinedNameValues(await result('averages and measured KCIs'));
    const changed = await readDefinedNameValues(await result('averages and measured KCIs changed'));
    const week = (name: string, values: ReadonlyMap<string, DefinedNameValue>): unknown => {
      const w = values.get(name);
      return Array.isArray(w) && Array.isArray(w[0]) ? w[0] : w;
    };
    // Hand-computed: 10,000,000 ÷ 500,000 = 20 customers over weeks of 4, 5, 5, 5 and 1 working days.
    expect(week('W_spend', original)).toEqual([500000, 500000, 500000, 500000, 500000]);
    expect(original.get('D_spend')).toBe(500000);
    expect(week('W_repeat', original)).toEqual([0.4, 0.4, 0.4, 0.4, 0.4]);
    expect(week('W_satisfaction', original)).toEqual([4.2, 4.2, 4.2, 4.2, 4.2]);
    expect(original.get('D_flyers')).toBe(50);
    expect(week('W_customers', original)).toEqual([4, 5, 5, 5, 1]);
    expect(week('W_roleplays', original)).toEqual([2, 2, 2, 2, 0]);
    expect(week('W_big_buyers', original)).toEqual([1, 1, 2, 1, 0]);
    // 400,000 a customer and a day off on the 14th: 25 customers over 19 working days; the price holds.
    expect(week('W_spend', changed)).toEqual([400000, 400000, 400000, 400000, 400000]);
    expect(changed.get('D_spend')).toBe(400000);
    expect(changed.get('T_customers')).toBe(25);
  });

  it('writes plan text that looks like a formula as text, and LibreOffice keeps it text', async () => {
    const loaded = loadPlanText(planYaml(injectionPlan()), 'yaml');
    if (loaded.model === null) throw new Error('injection plan does not load');
    const { spec } = layoutWholeWorkbook(loaded.model, 'ja', loaded.problems);
    if (spec === null) throw new Error('no spec');
    const cells = textCells(spec);
    // Every payload is written somewhere, in every field (trimmed where the plan schema trims a
    // label: owners and units; names and notes keep it exactly).
    for (const p of PAYLOADS) expect(cells.some((c) => c.text === p.trim())).toBe(true);
    const payloadCells = cells.filter(
      (c) => PAYLOADS.some((p) => c.text === p.trim()) || c.text.includes('HYPERLINK'),
    );
    expect(payloadCells.length).toBeGreaterThan(PAYLOADS.length * 4);

    // The tool stores every character as given, a CR too (as &#13;: a raw CR in XML text reaches
    // every reader as LF). LibreOffice, saving the file again, keeps the text text but makes a
    // CR LF line break an LF.
    const exactly = (text: string): string => text;
    const asLibreOfficeSaves = (text: string): string => text.replace(/\r\n?/g, '\n');
    for (const [file, stored] of [
      [join(dir, 'injection.xlsx'), exactly],
      [await result('injection'), asLibreOfficeSaves],
    ] as const) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const wrong: string[] = [];
      for (const c of payloadCells) {
        const cell = (wb.getWorksheet(c.sheet) as ExcelJS.Worksheet).getCell(c.row, c.col);
        if (textOf(cell) !== stored(c.text)) {
          wrong.push(
            `${c.sheet}!${cell.address}: expected text ${show(stored(c.text))}, got ${show(cell.value)} (type ${cell.type})`,
          );
        }
      }
      expect({ file: basename(file), wrong }).toEqual({ file: basename(file), wrong: [] });
      // The only formulas are the generated ones: none holds a payload.
      const bad = formulas(wb).filter((f) => /HYPERLINK|cmd|SUM\(A1\)|A1\*2|1\+1|2\+2|quoted/.test(f));
      expect(bad).toEqual([]);
    }
  });
});
