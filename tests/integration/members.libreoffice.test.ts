/**
 * The proof of the targets per member: the example team (examples/team.yaml and its
 * English twin) built by the real CLI and recalculated by LibreOffice shows, in every
 * member's names (`MK_`, `MT_`, `MD_`, `MW_`), the numbers worked out by hand and the
 * core's, and the team's `T_` and `W_` are the members' added up. Then a member's share
 * and another member's own hypothesis are typed into the member sheet with ExcelJS, as a
 * person would in Excel, and after recalculation (no KPI Tree involved) only that member's
 * targets move, and the team's sums follow.
 */
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import type { Io } from '../../src/cli/io';
import type { BackcastResult } from '../../src/core/backcast/compute';
import { computeTargets } from '../../src/core/backcast/targets';
import type { Lang } from '../../src/core/i18n';
import { MEMBERS } from '../../src/core/layout/memberColumns';
import type { Member, Model } from '../../src/core/model/types';
import {
  libreOfficeSuite,
  parseSheetRange,
  readDefinedNameValues,
  recalculate,
  type CellScalar,
  type DefinedNameValue,
} from '../support/libreoffice';
import { modelOfPlan } from '../support/memorySync';
import { TEAM_PLAN } from '../support/edits';

const ROOT = join(__dirname, '..', '..');
const PLAN = TEAM_PLAN;
const NODES = ['revenue', 'contracts', 'meetings', 'appointments', 'calls', 'talk_quality', 'interest_level'];
const lo = libreOfficeSuite();

async function build(plan: string, out: string, lang: Lang): Promise<void> {
  const said: string[] = [];
  const io: Io = { out: (s) => said.push(s), err: (s) => said.push(s), cwd: ROOT, env: {} };
  const code = await main(['build', plan, '--out', out, '--lang', lang], io);
  if (code !== 0) throw new Error(`build ${plan} exited ${code}: ${said.join('\n')}`);
}

/** A one-column name's values (MT_, MD_, MEMBER_NODES). */
function column(values: ReadonlyMap<string, DefinedNameValue>, name: string): CellScalar[] {
  const v = values.get(name);
  if (!Array.isArray(v)) throw new Error(`${name}: ${JSON.stringify(v)}`);
  return v as CellScalar[];
}

/** A block name's rows (MW_): a row per node, a column per week. */
function block(values: ReadonlyMap<string, DefinedNameValue>, name: string): CellScalar[][] {
  const v = values.get(name);
  if (!Array.isArray(v) || !Array.isArray(v[0])) throw new Error(`${name}: ${JSON.stringify(v)}`);
  return v as CellScalar[][];
}

function weeksOf(values: ReadonlyMap<string, DefinedNameValue>, name: string): CellScalar[] {
  const v = values.get(name);
  return Array.isArray(v)
    ? Array.isArray(v[0])
      ? (v[0] as CellScalar[])
      : (v as CellScalar[])
    : [v as CellScalar];
}

function near(actual: CellScalar, expected: number | null, label: string, out: string[]): void {
  if (expected === null) {
    if (actual !== null && actual !== '') out.push(`${label}: expected empty, got ${JSON.stringify(actual)}`);
  } else if (
    typeof actual !== 'number' ||
    Math.abs(actual - expected) > 1e-9 * Math.max(1, Math.abs(expected))
  ) {
    out.push(`${label}: expected ${expected}, got ${JSON.stringify(actual)}`);
  }
}

/** Every member name and every team name against the core's numbers for `model`. */
function differences(values: ReadonlyMap<string, DefinedNameValue>, model: Model): string[] {
  const backcast = computeTargets(model).backcast as BackcastResult;
  const out: string[] = [];
  const ids = column(values, 'MEMBER_NODES');
  if (JSON.stringify(ids) !== JSON.stringify(NODES)) out.push(`MEMBER_NODES: ${JSON.stringify(ids)}`);
  backcast.members.forEach((m, j) => {
    near(values.get(`MK_${m.id}`) as CellScalar, m.kgi, `MK_${m.id}`, out);
    const monthly = column(values, `MT_${m.id}`);
    const perDay = column(values, `MD_${m.id}`);
    const weekly = block(values, `MW_${m.id}`);
    backcast.nodes.forEach((n, i) => {
      const mine = n.byMember[j];
      near(monthly[i], mine.monthly, `MT_${m.id}[${n.id}]`, out);
      near(perDay[i], mine.perWorkday, `MD_${m.id}[${n.id}]`, out);
      weekly[i].forEach((w, k) => near(w, mine.weekly?.[k] ?? null, `MW_${m.id}[${n.id}][${k}]`, out));
    });
  });
  for (const n of backcast.nodes) {
    near(values.get(`T_${n.id}`) as CellScalar, n.monthly, `T_${n.id}`, out);
    weeksOf(values, `W_${n.id}`).forEach((w, k) => near(w, n.weekly?.[k] ?? null, `W_${n.id}[${k}]`, out));
  }
  return out;
}

/** Each member's monthly target of `node`, as the recalculated workbook shows it. */
function memberTargets(
  values: ReadonlyMap<string, DefinedNameValue>,
  node: string,
): Record<string, CellScalar> {
  const i = NODES.indexOf(node);
  return Object.fromEntries(['yamada', 'sato', 'suzuki'].map((m) => [m, column(values, `MT_${m}`)[i]]));
}

/** What a person types into the member sheet: a share, or a member's own value of a hypothesis. */
async function typeInto(
  source: string,
  target: string,
  member: string,
  column: 'share' | string,
  value: number,
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(source);
  const def = wb.definedNames.model.find((n) => n.name === `MK_${member}`);
  if (def === undefined) throw new Error(`no MK_${member}`);
  const at = parseSheetRange(def.ranges[0]);
  const ws = wb.getWorksheet(at.sheet) as ExcelJS.Worksheet;
  let col: number = MEMBERS.col.share;
  if (column !== 'share') {
    col = 0;
    ws.getRow(MEMBERS.headerRow).eachCell((c, n) => {
      if (c.value === column) col = n;
    });
    if (col === 0) throw new Error(`no column ${column}`);
  }
  ws.getCell(at.top, col).value = value;
  await wb.xlsx.writeFile(target);
}

function withMember(model: Model, id: string, change: (m: Member) => Member): Model {
  return { ...model, members: model.members.map((m) => (m.id === id ? change(m) : m)) };
}

lo.describe('targets per member, recalculated by LibreOffice', () => {
  let dir = '';
  const recalculated = new Map<string, Promise<Map<string, DefinedNameValue>>>();
  const convert = async (file: string): Promise<Map<string, DefinedNameValue>> =>
    readDefinedNameValues(await recalculate(file, { tempRoot: dir }));

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kpi-tree-members-'));
    const built = (lang: Lang): Promise<string> => {
      const out = join(dir, `team.${lang}.xlsx`);
      return build(PLAN[lang], out, lang).then(() => out);
    };
    const ja = built('ja');
    recalculated.set('ja', ja.then(convert));
    recalculated.set('en', built('en').then(convert));
    recalculated.set(
      'share',
      ja.then(async (file) => {
        const edited = join(dir, 'share.xlsx');
        await typeInto(file, edited, 'sato', 'share', 0.2);
        return convert(edited);
      }),
    );
    recalculated.set(
      'override',
      ja.then(async (file) => {
        const edited = join(dir, 'override.xlsx');
        await typeInto(file, edited, 'yamada', 'appointment_rate', 0.5);
        return convert(edited);
      }),
    );
    for (const p of recalculated.values()) p.catch(() => undefined);
  }, 300_000);

  afterAll(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it.each(['ja', 'en'] as const)(
    'shows each member’s KGI and targets as worked out by hand, and the team’s sums (%s)',
    async (lang) => {
      const values = await (recalculated.get(lang) as Promise<Map<string, DefinedNameValue>>);
      expect([values.get('MK_yamada'), values.get('MK_sato'), values.get('MK_suzuki')]).toEqual([
        500_000, 300_000, 200_000,
      ]);
      expect(memberTargets(values, 'contracts')).toEqual({ yamada: 5, sato: 3, suzuki: 2 });
      expect(memberTargets(values, 'meetings')).toEqual({ yamada: 25, sato: 12, suzuki: 10 });
      expect(memberTargets(values, 'calls')).toEqual({ yamada: 152, sato: 73, suzuki: 61 });
      expect(values.get('T_calls')).toBe(286);
      expect(values.get('T_meetings')).toBe(47);
      expect(block(values, 'MW_yamada')[NODES.indexOf('calls')]).toEqual([30, 38, 38, 38, 8]);
      expect(differences(values, modelOfPlan(readFileSync(PLAN[lang], 'utf8')))).toEqual([]);
    },
    300_000,
  );

  it('moves only the member whose share was typed, and the team’s sums with them', async () => {
    const before = await (recalculated.get('ja') as Promise<Map<string, DefinedNameValue>>);
    const after = await (recalculated.get('share') as Promise<Map<string, DefinedNameValue>>);
    expect(after.get('MK_sato')).toBe(200_000);
    // 200,000 → 2 deals → 8 meetings at her 25 % → 16 appointments → 48.5 → 49 calls.
    expect(memberTargets(after, 'calls')).toEqual({ yamada: 152, sato: 49, suzuki: 61 });
    for (const m of ['yamada', 'suzuki']) {
      expect(column(after, `MT_${m}`)).toEqual(column(before, `MT_${m}`));
      expect(block(after, `MW_${m}`)).toEqual(block(before, `MW_${m}`));
    }
    expect(after.get('T_calls')).toBe(152 + 49 + 61);
    const model = withMember(modelOfPlan(readFileSync(PLAN.ja, 'utf8')), 'sato', (m) => ({
      ...m,
      share: 0.2,
    }));
    expect(differences(after, model)).toEqual([]);
  }, 300_000);

  it('moves only the member whose own hypothesis was typed', async () => {
    const before = await (recalculated.get('ja') as Promise<Map<string, DefinedNameValue>>);
    const after = await (recalculated.get('override') as Promise<Map<string, DefinedNameValue>>);
    // 山田's 50 appointments at his own 50 % need 100 calls, not 152.
    expect(memberTargets(after, 'calls')).toEqual({ yamada: 100, sato: 73, suzuki: 61 });
    expect(column(after, 'MT_yamada').slice(0, 4)).toEqual(column(before, 'MT_yamada').slice(0, 4));
    for (const m of ['sato', 'suzuki']) expect(block(after, `MW_${m}`)).toEqual(block(before, `MW_${m}`));
    expect(after.get('T_calls')).toBe(100 + 73 + 61);
    const model = withMember(modelOfPlan(readFileSync(PLAN.ja, 'utf8')), 'yamada', (m) => ({
      ...m,
      hypotheses: { appointment_rate: 0.5 },
    }));
    expect(differences(after, model)).toEqual([]);
  }, 300_000);
});
