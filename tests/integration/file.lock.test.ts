/**
 * One writer at a time. Two `sync` and two `review` runs started together on one file
 * (separate processes, as two people or two scripts would) never lose a tab, and never
 * all report success when one's work was overwritten: each run either did its work and
 * the file shows it, or said that another run holds the file (naming it) and wrote
 * nothing. A lock left by a run that died is removed, and that is said. A colleague's
 * spreadsheet program takes no lock: a file saved by it while a run works is kept, and the
 * run says so and writes nothing.
 */
import { spawn } from 'child_process';
import { promises as fs } from 'fs';
import { hostname } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import * as build from '../../src/app/build';
import { main } from '../../src/cli/main';
import { lockFileOf } from '../../src/cli/files/lock';
import { cliWorkspace } from '../support/cliWorkbooks';
import { bundleCli, type CliProcesses, type CliRun } from '../support/cliProcess';
import { openXlsx } from '../support/edits';

const workspace = cliWorkspace('kpi-tree-lock-');
let cli: CliProcesses;

beforeAll(async () => {
  cli = await bundleCli();
});
afterAll(async () => {
  await cli.dispose();
});
afterEach(() => {
  jest.restoreAllMocks();
});

const REVIEW_WEEKS = ['2026-W49', '2026-W50'];
const TRIALS = 4;
const HELD =
  /is being updated by another kpi-tree run \(kpi-tree (sync|review) [^,]+, pid \d+ on [^,]+, since [\d-]+ [\d:]+\)/;

async function leftovers(dir: string): Promise<string[]> {
  return (await fs.readdir(dir)).filter((f) => /\.lock$|\.tmp$|\.stale$/.test(f));
}

describe('two syncs and two reviews started together on one file', () => {
  it(`never lose a tab and never all report success when one's work was overwritten (${TRIALS} trials)`, async () => {
    const base = await workspace.build('base.xlsx', 'en');
    let refused = 0;
    for (let trial = 0; trial < TRIALS; trial++) {
      const dir = await fs.mkdtemp(join(workspace.dir, `trial-${trial}-`));
      const file = join(dir, 'team.xlsx');
      await fs.copyFile(base, file);
      const runs: { args: string[]; result: Promise<CliRun> }[] = [
        ['sync', file],
        ['review', file, '--week', REVIEW_WEEKS[0]],
        ['sync', file],
        ['review', file, '--week', REVIEW_WEEKS[1]],
      ].map((args) => ({ args, result: cli.run(dir, args) }));
      const done = await Promise.all(runs.map(async (r) => ({ args: r.args, ...(await r.result) })));

      const tabs = (await openXlsx(file)).worksheets.map((ws) => ws.name);
      for (const run of done) {
        const line = run.err.trim();
        if (run.code === 0) {
          expect(run.out).toContain('team.xlsx');
          // Its work is in the file: a review's tab is there.
          if (run.args[0] === 'review') expect(tabs.some((t) => t.endsWith(run.args[3]))).toBe(true);
        } else {
          refused++;
          expect({ args: run.args, code: run.code }).toEqual({ args: run.args, code: 2 });
          expect(line.split('\n')).toHaveLength(1);
          expect(line).toMatch(HELD);
        }
      }
      expect(done.some((r) => r.code === 0)).toBe(true);
      expect(await leftovers(dir)).toEqual([]);
    }
    // The runs did meet: some found the file taken (else this proves nothing about the lock).
    expect(refused).toBeGreaterThan(0);
  });
});

describe('the lock beside the file', () => {
  it('refuses a run while another holds the file, naming it and saying what to do; nothing is written', async () => {
    const file = await workspace.build('held.xlsx', 'en');
    const bytes = await fs.readFile(file);
    const holder = {
      pid: process.pid,
      host: hostname(),
      user: 'sato',
      command: 'kpi-tree review held.xlsx --week 2026-W50',
      started: new Date().toISOString(),
      nonce: 'other',
    };
    await fs.writeFile(lockFileOf(file), JSON.stringify(holder));
    for (const [args, lang] of [
      [['sync', file], 'en'],
      [['review', file, '--week', '2026-W49'], 'en'],
      [['build', join(__dirname, '../../examples/sales-funnel.yaml'), '--out', file], 'en'],
      [['lint', file, '--fix'], 'en'],
      [['sync', file, '--lang', 'ja'], 'ja'],
    ] as const) {
      const io = workspace.io();
      expect(await main([...args], io)).toBe(2);
      expect(io.stderr).toHaveLength(1);
      const said = io.stderr[0] ?? '';
      expect(said).toContain(lang === 'ja' ? `プロセス ${process.pid}` : `pid ${process.pid}`);
      expect(said).toContain('kpi-tree review held.xlsx --week 2026-W50');
      expect(said).toContain(lockFileOf(file));
      if (lang === 'ja')
        expect(said).toMatch(
          /別の kpi-tree.*更新しています。ファイルは書き込んでいません。終わってからもう一度実行してください。/,
        );
      else expect(said).toMatch(/Nothing was written: run again when it has finished/);
    }
    expect((await fs.readFile(file)).equals(bytes)).toBe(true);
    expect(JSON.parse(await fs.readFile(lockFileOf(file), 'utf8'))).toEqual(holder);
    await fs.rm(lockFileOf(file));
  });

  it('removes a lock left by a run that no longer exists on this machine, says so, and goes on', async () => {
    const file = await workspace.build('stale.xlsx', 'en');
    // A pid that is surely not running: a child that has exited.
    const dead = await new Promise<number>((done) => {
      const child = spawn(process.execPath, ['-e', '']);
      child.on('exit', () => done(child.pid ?? 0));
    });
    await fs.writeFile(
      lockFileOf(file),
      JSON.stringify({
        pid: dead,
        host: hostname(),
        command: 'kpi-tree sync stale.xlsx',
        started: new Date().toISOString(),
      }),
    );
    const r = await cli.run(workspace.dir, ['sync', file]);
    expect(r.code).toBe(0);
    expect(r.err).toContain(
      `Removed the lock ${lockFileOf(file)} left by a kpi-tree run that is no longer running (kpi-tree sync stale.xlsx, pid ${dead}`,
    );
    await expect(fs.stat(lockFileOf(file))).rejects.toThrow();
  });

  it('removes a lock older than any run takes, from whatever machine', async () => {
    const file = await workspace.build('old.xlsx', 'en');
    const lock = lockFileOf(file);
    await fs.writeFile(
      lock,
      JSON.stringify({
        pid: 1,
        host: 'another-host',
        command: 'kpi-tree sync old.xlsx',
        started: '2026-01-05T09:00:00Z',
      }),
    );
    const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
    await fs.utimes(lock, hourAgo, hourAgo);
    const io = workspace.io();
    expect(await main(['sync', file], io)).toBe(0);
    expect(io.stderr.join('\n')).toContain('on another-host');
    await expect(fs.stat(lock)).rejects.toThrow();
  });

  it('does not take a fresh lock from another machine for stale', async () => {
    const file = await workspace.build('remote.xlsx', 'en');
    const lock = lockFileOf(file);
    await fs.writeFile(
      lock,
      JSON.stringify({
        pid: 999999,
        host: 'another-host',
        command: 'kpi-tree sync remote.xlsx',
        started: new Date().toISOString(),
      }),
    );
    const io = workspace.io();
    expect(await main(['sync', file], io)).toBe(2);
    expect(io.stderr[0]).toContain('pid 999999 on another-host');
    await fs.rm(lock);
  });
});

describe("a colleague's program saves the file while a run works on it", () => {
  it('keeps their file, writes nothing, and says so (exit 2)', async () => {
    const file = await workspace.build('meanwhile.xlsx', 'en');
    const before = await fs.readFile(file);
    // What their spreadsheet program saves: the file with a value they typed.
    const theirs = new ExcelJS.Workbook();
    await theirs.xlsx.readFile(file);
    const edited = theirs.addWorksheet('Their notes');
    edited.getCell('A1').value = 'typed while sync ran';
    const theirBytes = Buffer.from(await theirs.xlsx.writeBuffer());
    const refresh = build.refreshWorkbook;
    jest.spyOn(build, 'refreshWorkbook').mockImplementation(async (...args) => {
      await fs.writeFile(file, theirBytes);
      return refresh(...args);
    });
    for (const lang of ['en', 'ja'] as const) {
      await fs.writeFile(file, before);
      await fs.rm(`${file}.bak`, { force: true });
      const io = workspace.io();
      expect(await main(['sync', file, '--lang', lang], io)).toBe(2);
      expect(io.stderr).toHaveLength(1);
      expect(io.stderr[0]).toContain(
        lang === 'en'
          ? 'was changed by someone else while kpi-tree was working on it'
          : 'kpi-tree の処理中に',
      );
      expect((await fs.readFile(file)).equals(theirBytes)).toBe(true);
      await expect(fs.stat(`${file}.bak`)).rejects.toThrow();
      expect(await leftovers(workspace.dir)).toEqual([]);
    }
  });

  it('a file created at --out while build works is kept too', async () => {
    const out = join(workspace.dir, 'appeared.xlsx');
    const real = build.buildTree;
    jest.spyOn(build, 'buildTree').mockImplementation(async (...args) => {
      await fs.writeFile(out, 'their file');
      return real(...args);
    });
    const io = workspace.io();
    expect(await main(['build', join(__dirname, '../../examples/sales-funnel.yaml'), '--out', out], io)).toBe(
      2,
    );
    expect(io.stderr[0]).toContain('was created by someone else while kpi-tree was working');
    expect(await fs.readFile(out, 'utf8')).toBe('their file');
  });
});
