/**
 * Every bad input is one clear line, exit 2, no stack trace, nothing written: an alias
 * bomb, months and dates a workbook cannot hold (with the range that works), nesting
 * past reason, binary garbage as a plan or a workbook, a zip of something else, a far
 * week. Text longer than a cell holds is refused by field and line (plan) or by cell
 * (workbook) before it can be cut. And what nobody foresaw is one honest line with a hint;
 * KPI_TREE_DEBUG=1 adds the trace.
 */
import { promises as fs } from 'fs';
import { randomBytes } from 'crypto';
import { join } from 'path';
import JSZip from 'jszip';
import * as build from '../../src/app/build';
import { main } from '../../src/cli/main';
import { CELL_TEXT_LIMIT } from '../../src/core/model/planSchema';
import { cliWorkspace, edit } from '../support/cliWorkbooks';
import { EXAMPLE, treeLayout } from '../support/edits';

const FIXTURES = join(__dirname, '..', 'fixtures', 'plans');
const workspace = cliWorkspace('kpi-tree-bad-');

interface Run {
  readonly code: number;
  readonly lines: string[];
  readonly out: string;
}

async function run(argv: string[], env: Record<string, string> = {}): Promise<Run> {
  const io = { ...workspace.io(), env: { LANG: 'en_US.UTF-8', ...env } };
  const code = await main(argv, io);
  return {
    code,
    lines: io.stderr
      .join('\n')
      .split('\n')
      .filter((l) => l.trim() !== ''),
    out: io.stdout.join('\n'),
  };
}

/** Exit 2, one line, no trace, and the file at --out not written. */
async function refusedInOneLine(argv: string[], said: RegExp | string): Promise<void> {
  const r = await run(argv);
  expect({ code: r.code, lines: r.lines.length }).toEqual({ code: 2, lines: 1 });
  expect(r.lines[0]).toMatch(
    typeof said === 'string' ? new RegExp(said.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : said,
  );
  expect(r.lines.join('\n')).not.toMatch(/^\s+at |Error:.*\n\s+at /m);
}

afterEach(() => {
  jest.restoreAllMocks();
});

describe('plans no one can build', () => {
  const out = (): string => join(workspace.dir, 'never.xlsx');

  it.each([
    ['error.alias-bomb.yaml', 'error: The YAML expands into far more than a plan holds'],
    [
      'error.month-before-1900.yaml',
      'month line 3: error: The month "1899-12" is outside what a workbook can hold: use a month from 1900-04 to 9999-11.',
    ],
    ['error.month-9999-12.yaml', 'use a month from 1900-04 to 9999-11'],
    [
      'error.deadline-before-1900.yaml',
      'kpis[0].deadline (revenue) line 5: error: The date "1899-12-31" in deadline is outside',
    ],
    ['error.nested-too-deep.yaml', 'error: The plan is nested far deeper than a plan can be'],
  ])('%s: %s', async (fixture, said) => {
    await refusedInOneLine(['build', join(FIXTURES, fixture), '--out', out()], said);
    await expect(fs.stat(out())).rejects.toThrow();
    const backcast = await run(['backcast', join(FIXTURES, fixture)]);
    expect(backcast.code).toBe(2);
    expect(backcast.lines).toHaveLength(1);
  });

  it('--out in a folder that does not exist is one line saying so', async () => {
    const nowhere = join(workspace.dir, 'no-such-folder', 'team.xlsx');
    await refusedInOneLine(
      ['build', EXAMPLE, '--out', nowhere],
      `error: Cannot write ${nowhere}: the folder does not exist`,
    );
    const ja = await run(['build', EXAMPLE, '--out', nowhere, '--lang', 'ja']);
    expect(ja.lines).toEqual([`エラー: ${nowhere} を書き込めません（フォルダーが存在しません）`]);
  });

  it('binary garbage named .yaml is one line', async () => {
    const garbage = join(workspace.dir, 'garbage.yaml');
    await fs.writeFile(garbage, randomBytes(4096));
    const r = await run(['build', garbage, '--out', out()]);
    expect(r.code).toBe(2);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(/^(line \d+: )?error: (YAML syntax error|The plan must be a mapping)/);
  });

  it('a note longer than a cell holds is refused by field and line, before anything is written', async () => {
    const plan = join(workspace.dir, 'long-note.yaml');
    const note = 'x'.repeat(40_000);
    const text = (await fs.readFile(EXAMPLE, 'utf8')).replace(
      'baseline: 800000 }',
      `baseline: 800000, notes: ${note} }`,
    );
    await fs.writeFile(plan, text);
    await refusedInOneLine(
      ['build', plan, '--out', out(), '--lang', 'en'],
      `kpis[0].notes (revenue) line 16: error: Too long: 40000 characters. A spreadsheet cell holds at most ${CELL_TEXT_LIMIT}`,
    );
    await expect(fs.stat(out())).rejects.toThrow();
    const ja = await run(['build', plan, '--out', out(), '--lang', 'ja']);
    expect(ja.lines[0]).toContain(
      '長すぎます（40000文字）。セルに入るのは 32767 文字までで、超えた分は切り捨てられてしまいます',
    );
    // Exactly at the limit is fine.
    await fs.writeFile(plan, text.replace(note, 'y'.repeat(CELL_TEXT_LIMIT)));
    expect((await run(['build', plan, '--out', out()])).code).toBe(0);
  });
});

describe('workbooks no one can read', () => {
  it.each([
    [
      'garbage',
      async (f: string) => fs.writeFile(f, randomBytes(4096)),
      'error: Cannot read FILE: it is not an .xlsx workbook (an .xlsx file is a zip package, and this one is not). Nothing was written.',
    ],
    [
      'empty',
      async (f: string) => fs.writeFile(f, ''),
      'it is not an .xlsx workbook (an .xlsx file is a zip package, and this one is not)',
    ],
    [
      'a zip of something else',
      async (f: string) => {
        const zip = new JSZip();
        zip.file('notes.txt', 'not a workbook');
        await fs.writeFile(f, await zip.generateAsync({ type: 'nodebuffer' }));
      },
      /error: (Cannot read FILE: it is not an \.xlsx workbook|This is not a KPI Tree workbook)/,
    ],
  ] as const)('%s as .xlsx: one line for every command, the file untouched', async (label, make, said) => {
    const file = join(workspace.dir, `${label.replace(/\W/g, '-')}.xlsx`);
    await make(file);
    const bytes = await fs.readFile(file);
    const shown =
      typeof said === 'string' ? said.replace('FILE', file) : new RegExp(said.source.replace('FILE', '.*'));
    for (const argv of [
      ['sync', file],
      ['review', file, '--week', '2026-W50'],
      ['lint', file],
      ['backcast', file],
      ['lint', file, '--fix'],
    ])
      await refusedInOneLine(argv, shown);
    expect((await fs.readFile(file)).equals(bytes)).toBe(true);
    expect(
      (await fs.readdir(workspace.dir)).filter((f) => f.startsWith(`${label.replace(/\W/g, '-')}.xlsx`)),
    ).toHaveLength(1);
  });

  it('a week far from the plan month is one line, not a date error', async () => {
    const file = await workspace.build('far-week.xlsx', 'en');
    await refusedInOneLine(['review', file, '--week', '9999-W52'], /error: Week 9999-W52 is outside/);
    await refusedInOneLine(['review', file, '--week', '0001-W01'], /error: Week 0001-W01 is outside/);
  });

  it('a cell holding more text than a cell can is refused by its address', async () => {
    const file = await workspace.build('long-cell.xlsx', 'en');
    const address = await edit(file, (wb) => {
      const tree = treeLayout(wb);
      const cell = tree.ws.getCell(tree.rowOf.get('revenue') ?? 0, tree.col.notes ?? 0);
      cell.value = 'z'.repeat(CELL_TEXT_LIMIT + 1);
      return `'${tree.ws.name}'!${cell.address}`;
    });
    const bytes = await fs.readFile(file);
    await refusedInOneLine(['sync', file], `${address} (revenue): error: Too long: 32768 characters.`);
    expect((await fs.readFile(file)).equals(bytes)).toBe(true);
  });
});

describe('what nobody foresaw', () => {
  it('is one honest line with a hint; KPI_TREE_DEBUG=1 adds the trace', async () => {
    const file = await workspace.build('unforeseen.xlsx', 'en');
    const bytes = await fs.readFile(file);
    jest
      .spyOn(build, 'refreshWorkbook')
      .mockRejectedValue(new TypeError("Cannot read properties of undefined (reading 'x')"));
    const r = await run(['sync', file]);
    expect(r.code).toBe(2);
    expect(r.lines).toEqual([
      "kpi-tree: stopped on an unexpected error (TypeError: Cannot read properties of undefined (reading 'x')). Nothing was written. Run again with KPI_TREE_DEBUG=1 to see where it happened, and report it with that output.",
    ]);
    const ja = await run(['sync', file, '--lang', 'ja']);
    expect(ja.lines).toHaveLength(1);
    expect(ja.lines[0]).toContain('予期しないエラーで中断しました（TypeError:');
    const debug = await run(['sync', file], { KPI_TREE_DEBUG: '1' });
    expect(debug.lines.length).toBeGreaterThan(2);
    expect(debug.lines.slice(1).join('\n')).toMatch(/^\s+at /m);
    expect((await fs.readFile(file)).equals(bytes)).toBe(true);
  });
});
