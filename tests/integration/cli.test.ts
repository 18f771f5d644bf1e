/**
 * The `kpi-tree` command through `main(argv, io)`: exit codes, one line per problem
 * naming the node, the field and the line (in Japanese and English), nothing written
 * or changed on bad input, the `backcast` JSON contract, `demo` in the caller's
 * working directory, and argument errors.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import type { Io } from '../../src/cli/io';
import { render, type Lang } from '../../src/core/i18n';
import { loadPlanText } from '../../src/core/model/parsePlan';
import type { Problem } from '../../src/core/model/problem';
import { computeTargets } from '../../src/core/backcast/targets';
import { displayWidth } from '../../src/core/text/width';
import { layoutWholeWorkbook } from '../../src/core/workbook/layoutWorkbook';

const ROOT = join(__dirname, '..', '..');
const EXAMPLES = join(ROOT, 'examples');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'plans');
const SALES_FUNNEL = join(EXAMPLES, 'sales-funnel.yaml');

interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
  readonly errLines: string[];
}

async function run(argv: string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (s) => out.push(s), err: (s) => err.push(s), cwd, env };
  const code = await main(argv, io);
  const errText = err.join('\n');
  return {
    code,
    out: out.join('\n'),
    err: errText,
    errLines: errText.split('\n').filter((l) => l.trim() !== ''),
  };
}

let root: string;
let dirCount = 0;
function freshDir(): string {
  const dir = join(root, `d${++dirCount}`);
  mkdirSync(dir);
  return dir;
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'kpi-tree-cli-'));
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

function errorProblems(file: string): Problem[] {
  const loaded = loadPlanText(
    readFileSync(join(FIXTURES, file), 'utf8'),
    file.endsWith('.json') ? 'json' : 'yaml',
  );
  const problems =
    loaded.model === null
      ? loaded.problems
      : layoutWholeWorkbook(loaded.model, 'en', loaded.problems, loaded.locateNode).problems;
  return problems.filter((p) => p.severity === 'error');
}

const errorFixtures = readdirSync(FIXTURES)
  .filter((f) => f.startsWith('error.') && !f.endsWith('.expect.json'))
  .sort();

describe('kpi-tree build', () => {
  it('writes the workbook, says so, and exits 0', async () => {
    const dir = freshDir();
    const r = await run(['build', SALES_FUNNEL, '--out', 'plan.xlsx', '--lang', 'en'], dir);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toBe('Wrote plan.xlsx');
    expect(readdirSync(dir)).toEqual(['plan.xlsx']); // no temporary file left beside it
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'plan.xlsx'));
    expect(wb.worksheets.map((ws) => ws.name).slice(0, 5)).toEqual(['KPI Tree', 'Checks', 'Hypotheses', 'Calendar', 'Settings']);
  });

  it('names the sheets in Japanese with --lang ja, and reads paths relative to the working directory', async () => {
    const dir = freshDir();
    copyFileSync(SALES_FUNNEL, join(dir, 'my-plan.yaml'));
    mkdirSync(join(dir, 'out'));
    const r = await run(['build', 'my-plan.yaml', '--out', 'out/plan.xlsx', '--lang', 'ja'], dir);
    expect(r).toMatchObject({ code: 0, out: 'out/plan.xlsx を書き込みました' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'out', 'plan.xlsx'));
    expect(wb.worksheets.map((ws) => ws.name).slice(0, 5)).toEqual(['KPIツリー', 'チェック', '仮説', 'カレンダー', '設定']);
  });

  it('builds a JSON plan', async () => {
    const dir = freshDir();
    const r = await run(['build', join(FIXTURES, 'ok.round-override.json'), '--out', 'x.xlsx'], dir);
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(true);
  });

  it('prints warnings but still builds', async () => {
    const dir = freshDir();
    const r = await run(
      ['build', join(FIXTURES, 'ok.no-holidays.yaml'), '--out', 'x.xlsx', '--lang', 'en'],
      dir,
    );
    expect(r.code).toBe(0);
    expect(r.errLines).toHaveLength(1);
    expect(r.err).toMatch(
      /^calendar\.extra_holidays\[0\] line 8: warning: Company holiday 2026-12-01 is outside/,
    );
  });
});

describe.each(['ja', 'en'] as const)('bad plans, in %s', (lang: Lang) => {
  let existing: Buffer;
  beforeAll(async () => {
    // Someone's workbook from another plan (no id in common with the fixtures), already at the output path.
    const dir = freshDir();
    const r = await run(
      ['build', join(FIXTURES, 'ok.golden-week.yaml'), '--out', 'existing.xlsx', '--lang', lang],
      dir,
    );
    expect(r.code).toBe(0);
    existing = readFileSync(join(dir, 'existing.xlsx'));
  });

  it.each(errorFixtures)(
    '%s: exit 2, one line per problem naming node, field and line; nothing written',
    async (file) => {
      const dir = freshDir();
      const expected = errorProblems(file);
      expect(expected.length).toBeGreaterThan(0);

      const fresh = await run(['build', join(FIXTURES, file), '--out', 'new.xlsx', '--lang', lang], dir);
      expect(fresh.code).toBe(2);
      expect(fresh.out).toBe('');
      expect(fresh.errLines).toHaveLength(expected.length);
      for (const p of expected) {
        const message = render(lang, p.message);
        const line = fresh.errLines.find((l) => l.includes(message));
        if (line === undefined) throw new Error(`no line says "${message}":\n${fresh.err}`);
        if (p.field !== undefined) expect(line).toContain(p.field);
        if (p.node !== undefined) expect(line).toContain(p.node);
        if (p.line !== undefined) expect(line).toContain(lang === 'ja' ? `${p.line}行目` : `line ${p.line}`);
        expect(line).toContain(lang === 'ja' ? 'エラー' : 'error');
      }
      // The fixture's own expectation, in this language.
      const raw = JSON.parse(
        readFileSync(join(FIXTURES, file.replace(/\.(ya?ml|json)$/, '.expect.json')), 'utf8'),
      ) as { en: string; ja: string } | { en: string; ja: string }[];
      for (const e of Array.isArray(raw) ? raw : [raw]) expect(fresh.err).toContain(e[lang]);

      // An existing workbook at the output path keeps its bytes; no backup, no temporary file.
      writeFileSync(join(dir, 'existing.xlsx'), existing);
      const over = await run(['build', join(FIXTURES, file), '--out', 'existing.xlsx', '--lang', lang], dir);
      expect(over.code).toBe(2);
      expect(over.errLines).toHaveLength(expected.length);
      expect(readFileSync(join(dir, 'existing.xlsx')).equals(existing)).toBe(true);
      expect(readdirSync(dir).sort()).toEqual(['existing.xlsx']);
    },
  );
});

describe('bad plans and a file at --out that is not a KPI Tree workbook', () => {
  it.each(['error.cycle.yaml', 'error.rate-percent.yaml', 'error.malformed.yaml'])(
    '%s: reports the plan, and leaves the file alone',
    async (file) => {
      const dir = freshDir();
      const bytes = Buffer.from('my own notes, not a workbook\n');
      writeFileSync(join(dir, 'notes.xlsx'), bytes);
      const r = await run(['build', join(FIXTURES, file), '--out', 'notes.xlsx', '--lang', 'en'], dir);
      expect(r.code).toBe(2);
      const expected = errorProblems(file);
      expect(r.errLines).toHaveLength(expected.length);
      for (const p of expected) expect(r.err).toContain(render('en', p.message));
      expect(readFileSync(join(dir, 'notes.xlsx')).equals(bytes)).toBe(true);
      expect(readdirSync(dir)).toEqual(['notes.xlsx']);
    },
  );
});

describe('kpi-tree backcast', () => {
  it('prints the JSON contract: month, workdays, weeks and nodes in week order', async () => {
    const r = await run(['backcast', SALES_FUNNEL, '--format', 'json'], freshDir());
    expect(r).toMatchObject({ code: 0, err: '' });
    const json = JSON.parse(r.out) as {
      month: string;
      workdays: number;
      weeks: { week: string; start: string; end: string; workdays: number }[];
      nodes: {
        id: string;
        level: string;
        unit: string | null;
        monthly: number | null;
        perWorkday: number | null;
        weekly: number[] | null;
      }[];
    };
    expect(json.month).toBe('2026-12');
    expect(json.workdays).toBe(20);
    expect(json.weeks).toEqual([
      { week: '2026-W49', start: '2026-11-30', end: '2026-12-06', workdays: 4 },
      { week: '2026-W50', start: '2026-12-07', end: '2026-12-13', workdays: 5 },
      { week: '2026-W51', start: '2026-12-14', end: '2026-12-20', workdays: 5 },
      { week: '2026-W52', start: '2026-12-21', end: '2026-12-27', workdays: 5 },
      { week: '2026-W53', start: '2026-12-28', end: '2027-01-03', workdays: 1 },
    ]);
    for (const node of json.nodes) {
      expect(Object.keys(node)).toEqual(
        expect.arrayContaining(['id', 'level', 'unit', 'monthly', 'perWorkday', 'weekly']),
      );
    }
    expect(json.nodes.find((n) => n.id === 'meetings')).toMatchObject({
      level: 'KPI',
      unit: '件',
      monthly: 50,
      perWorkday: 2.5,
      weekly: [10, 13, 12, 13, 2],
    });
    expect(json.nodes.find((n) => n.id === 'talk_quality')).toMatchObject({
      level: 'KCI',
      unit: null,
      monthly: null,
      perWorkday: null,
      weekly: null,
    });

    // Every number is the core's (per working day to two decimals), in the tree's order.
    const loaded = loadPlanText(readFileSync(SALES_FUNNEL, 'utf8'), 'yaml');
    const core = loaded.model ? computeTargets(loaded.model).backcast : null;
    if (core === null) throw new Error('no targets');
    expect(json.nodes.map((n) => n.id)).toEqual(core.nodes.map((n) => n.id));
    json.nodes.forEach((n, i) => {
      const c = core.nodes[i];
      expect(n.monthly).toBe(c.monthly);
      expect(n.weekly).toEqual(c.weekly);
      expect(n.perWorkday).toBe(c.perWorkday === null ? null : Math.round(c.perWorkday * 100) / 100);
    });
  });

  it('does not split 客単価 across the weeks: an average is its value every week and day, in JSON and text', async () => {
    const plan = join(FIXTURES, 'ok.averages.yaml');
    const r = await run(['backcast', plan, '--format', 'json'], freshDir());
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { nodes: { id: string; aggregate: string; monthly: number; perWorkday: number; weekly: number[] }[] };
    const node = (id: string) => json.nodes.find((n) => n.id === id);
    expect(node('spend')).toMatchObject({ aggregate: 'average', monthly: 500000, perWorkday: 500000, weekly: [500000, 500000, 500000, 500000, 500000] });
    expect(node('customers')).toMatchObject({ aggregate: 'sum', monthly: 20, perWorkday: 1, weekly: [4, 5, 5, 5, 1] });
    expect(node('satisfaction')).toMatchObject({ aggregate: 'average', monthly: 4.2, weekly: [4.2, 4.2, 4.2, 4.2, 4.2] });

    const text = await run(['backcast', plan, '--lang', 'ja'], freshDir());
    const spend = text.out.split('\n').find((l) => l.startsWith('spend '));
    expect(spend?.split(/\s+/).filter(Boolean)).toEqual(['spend', 'KPI', '客単価', '円', '500,000', '500,000', '500,000', '500,000', '500,000', '500,000', '500,000']);
    expect(text.out).toContain('平均の指標（週・日に分けず、毎週・毎日同じ値）：リピート率、1日のチラシ配布数、顧客満足度（5点満点の平均）、客単価');
  });

  it('gives 2.17 per working day for 50 meetings over 23 working days', async () => {
    const dir = freshDir();
    writeFileSync(
      join(dir, 'plan.yaml'),
      readFileSync(SALES_FUNNEL, 'utf8').replace(
        'extra_holidays: [2026-12-29, 2026-12-30, 2026-12-31]',
        'extra_holidays: []',
      ),
    );
    const r = await run(['backcast', 'plan.yaml', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as {
      workdays: number;
      nodes: { id: string; perWorkday: number; weekly: number[] }[];
    };
    expect(json.workdays).toBe(23);
    expect(json.nodes.find((n) => n.id === 'meetings')).toMatchObject({
      perWorkday: 2.17,
      weekly: [9, 11, 10, 11, 9],
    }); // cumulative: ROUND(50×4/23)=9, ROUND(50×9/23)=20, 30, 41, 50
  });

  it.each([
    ['ja', '営業1課 2026年12月 — 2026-12（稼働日 20日）', '月間', ['第1週 12/1〜12/6', '第2週 12/7〜12/13', '第5週 12/28〜12/31']],
    ['en', '営業1課 2026年12月 — 2026-12: 20 working days', 'Monthly', ['Week 1 Dec 1–6', 'Week 2 Dec 7–13', 'Week 5 Dec 28–31']],
  ] as const)('prints a readable table in %s', async (lang, title, monthly, weekNames) => {
    const r = await run(['backcast', SALES_FUNNEL, '--lang', lang], freshDir());
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe(title);
    expect(lines[2]).toContain(monthly);
    // Weeks as people name them, their ISO week and working days on the line below.
    for (const w of weekNames) expect(lines[2]).toContain(w);
    for (const w of ['W49(4)', 'W50(5)', 'W51(5)', 'W52(5)', 'W53(1)']) expect(lines[3]).toContain(w);
    // Every line of the table ends in the same terminal column: a Japanese character is two wide.
    const table = lines.slice(2, lines.indexOf('', 2));
    expect(table.length).toBeGreaterThan(8);
    expect(new Set(table.map(displayWidth)).size).toBe(1);
    const calls = lines.find((l) => l.startsWith('calls '));
    expect(calls?.split(/\s+/).filter(Boolean)).toEqual([
      'calls',
      'KDI',
      '架電数',
      '件',
      '304',
      '15.20',
      '61',
      '76',
      '76',
      '76',
      '15',
    ]);
    expect(lines.find((l) => l.startsWith('revenue '))).toContain('1,000,000');
  });

  it('reads a workbook built by build back into the same targets', async () => {
    const dir = freshDir();
    expect((await run(['build', SALES_FUNNEL, '--out', 'plan.xlsx'], dir)).code).toBe(0);
    const fromPlan = await run(['backcast', SALES_FUNNEL, '--format', 'json'], dir);
    const fromBook = await run(['backcast', 'plan.xlsx', '--format', 'json'], dir);
    expect(fromBook.code).toBe(0);
    const strip = (text: string): unknown => {
      const j = JSON.parse(text) as Record<string, unknown>;
      return { month: j.month, workdays: j.workdays, weeks: j.weeks, nodes: j.nodes };
    };
    expect(strip(fromBook.out)).toEqual(strip(fromPlan.out));
  });

  it('exits 2 on a bad plan and prints nothing on stdout', async () => {
    const r = await run(['backcast', join(FIXTURES, 'error.zero-divisor.yaml'), '--lang', 'en'], freshDir());
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.errLines).toEqual([
      'kpis[1].backcast (contracts) line 10: error: "contracts": backcast divides by zero (hypothesis "unit_price" is 0)',
    ]);
  });
});

describe('kpi-tree demo', () => {
  it('writes kpi-tree-demo.xlsx in the working directory and prints the targets', async () => {
    const dir = freshDir();
    const before = existsSync(join(ROOT, 'kpi-tree-demo.xlsx'));
    const r = await run(['demo', '--lang', 'en'], dir);
    expect(r.code).toBe(0);
    expect(readdirSync(dir)).toEqual(['kpi-tree-demo.xlsx']);
    expect(existsSync(join(ROOT, 'kpi-tree-demo.xlsx'))).toBe(before);
    expect(r.out).toContain('Wrote kpi-tree-demo.xlsx');
    expect(r.out).toContain('20 working days');
    expect(r.out).toMatch(/calls +KDI +架電数 +件 +304 +15\.20/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'kpi-tree-demo.xlsx'));
    expect(wb.definedNames.model.map((n) => n.name)).toContain('T_calls');
  });
});

describe('arguments', () => {
  it('prints usage and exits 2 without a command; --help exits 0', async () => {
    const none = await run([], freshDir(), { LANG: 'en_US.UTF-8' });
    expect(none.code).toBe(2);
    expect(none.out).toContain('Usage: kpi-tree <command>');
    const help = await run(['--help'], freshDir(), { LANG: 'ja_JP.UTF-8' });
    expect(help.code).toBe(0);
    expect(help.out).toContain('使い方：kpi-tree');
  });

  it.each([
    [['frobnicate'], 'Unknown command "frobnicate"'],
    [['build', SALES_FUNNEL], 'Missing --out FILE.xlsx'],
    [['build', '--out', 'x.xlsx'], 'Missing PLAN'],
    [['backcast'], 'Missing PLAN|FILE.xlsx'],
    [['build', SALES_FUNNEL, '--out', 'x.xlsx', '--lang', 'fr'], '--lang must be ja or en, not "fr"'],
    [['backcast', SALES_FUNNEL, '--format', 'xml'], '--format must be text or json, not "xml"'],
    [['build', SALES_FUNNEL, '--out', 'x.xlsx', '--colour'], "Unknown option '--colour'"],
    [['build', 'missing.yaml', '--out', 'x.xlsx'], 'Cannot read the file'],
    [['build', 'plan.txt', '--out', 'x.xlsx'], 'Unknown file type'],
    [['build', SALES_FUNNEL, '--out', 'no/such/dir/x.xlsx'], 'Cannot write no/such/dir/x.xlsx'],
  ])('%j exits 2: %s', async (argv, message) => {
    const dir = freshDir();
    const r = await run(argv, dir, { LANG: 'C' });
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('speaks the language of the environment unless --lang says otherwise', async () => {
    const plan = join(FIXTURES, 'error.cycle.yaml');
    const ja = await run(['build', plan, '--out', 'x.xlsx'], freshDir(), { LANG: 'ja_JP.UTF-8' });
    expect(ja.err).toContain('ツリーが循環しています');
    const override = await run(['build', plan, '--out', 'x.xlsx'], freshDir(), {
      LANG: 'ja_JP.UTF-8',
      KPI_TREE_LANG: 'en',
    });
    expect(override.err).toContain('The tree has a cycle');
    const flag = await run(['build', plan, '--out', 'x.xlsx', '--lang', 'ja'], freshDir(), { LANG: 'en_US' });
    expect(flag.err).toContain('ツリーが循環しています');
  });
});
