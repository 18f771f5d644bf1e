/**
 * The file stays the file. A workbook kept private (mode 600) stays private, and so does
 * its .bak; its owner and group stay; a symlinked workbook (the team's shared copy) is
 * written through the link, which stays a link; a read-only file is refused (exit 2, in
 * the user's language) with nothing written and nothing created beside it. A write that
 * fails half-way leaves the old file, never a mix, and the previous good file in .bak.
 */
import { promises as fs } from 'fs';
import { join } from 'path';
import { main } from '../../src/cli/main';
import { lockFileOf } from '../../src/cli/files/lock';
import { cliWorkspace, edit } from '../support/cliWorkbooks';
import { openXlsx } from '../support/edits';

const workspace = cliWorkspace('kpi-tree-keeps-');

async function run(...argv: string[]): Promise<{ code: number; err: string; out: string }> {
  const io = workspace.io();
  const code = await main(argv, io);
  return { code, err: io.stderr.join('\n'), out: io.stdout.join('\n') };
}

const modeOf = async (file: string): Promise<number> => (await fs.stat(file)).mode & 0o7777;

/** A change sync must write: a hypothesis value typed on the Hypotheses sheet. */
async function typeHypothesis(file: string, value: number): Promise<void> {
  await edit(file, (wb) => {
    const ws = wb.getWorksheet('Hypotheses');
    if (!ws) throw new Error('no Hypotheses sheet');
    ws.getCell('C4').value = value;
  });
}

afterEach(() => {
  jest.restoreAllMocks();
});

describe('mode, owner and group', () => {
  it('keeps mode 600 on the rewritten file and on its .bak', async () => {
    const file = await workspace.build('private.xlsx', 'en');
    await fs.chmod(file, 0o600);
    expect((await run('sync', file)).code).toBe(0);
    expect(await modeOf(file)).toBe(0o600);
    expect(await modeOf(`${file}.bak`)).toBe(0o600);
    await fs.chmod(file, 0o640);
    expect((await run('review', file, '--week', '2026-W50')).code).toBe(0);
    expect(await modeOf(file)).toBe(0o640);
    expect(await modeOf(`${file}.bak`)).toBe(0o640);
  });

  it('keeps the owner and the group', async () => {
    const file = await workspace.build('owned.xlsx', 'en');
    const asRoot = process.getuid?.() === 0;
    // Root can give the file to anyone; another user keeps their own uid and primary group.
    const uid = asRoot ? 4321 : (await fs.stat(file)).uid;
    const gid = asRoot ? 8765 : (await fs.stat(file)).gid;
    await fs.chown(file, uid, gid);
    expect((await run('sync', file)).code).toBe(0);
    for (const f of [file, `${file}.bak`]) expect(await fs.stat(f)).toMatchObject({ uid, gid });
  });
});

describe('a symlinked workbook', () => {
  it('is written through the link: the shared target changes, the link stays a link', async () => {
    const shared = join(workspace.dir, 'shared');
    await fs.mkdir(shared);
    const target = join(shared, 'team.xlsx');
    await fs.rename(await workspace.build('team.xlsx', 'en'), target);
    const link = join(workspace.dir, 'my-team.xlsx');
    await fs.symlink('shared/team.xlsx', link);
    const before = await fs.readFile(target);

    const r = await run('review', link, '--week', '2026-W50');
    expect(r.code).toBe(0);
    expect((await fs.lstat(link)).isSymbolicLink()).toBe(true);
    expect(await fs.readlink(link)).toBe('shared/team.xlsx');
    const tabs = (await openXlsx(target)).worksheets.map((ws) => ws.name);
    expect(tabs.some((t) => t.endsWith('2026-W50'))).toBe(true);
    // The previous content is kept beside the file it belongs to; nothing is left beside the link.
    expect((await fs.readFile(`${target}.bak`)).equals(before)).toBe(true);
    expect((await fs.readdir(workspace.dir)).filter((f) => f.startsWith('my-team'))).toEqual([
      'my-team.xlsx',
    ]);
    await expect(fs.stat(lockFileOf(target))).rejects.toThrow();
  });
});

describe('a read-only file', () => {
  it.each([
    ['en', /is read-only\. Nothing was written: make it writable \(or work on a copy\) and run again\./],
    ['ja', /は読み取り専用です。ファイルは書き込んでいません。/],
  ])('is refused (%s), exit 2, with nothing written and nothing created beside it', async (lang, message) => {
    const dir = await fs.mkdtemp(join(workspace.dir, 'ro-'));
    const file = join(dir, 'locked.xlsx');
    await fs.rename(await workspace.build(`ro-${lang}.xlsx`, 'en'), file);
    await typeHypothesis(file, 150000);
    await fs.chmod(file, 0o444);
    const bytes = await fs.readFile(file);
    for (const argv of [
      ['sync', file],
      ['review', file, '--week', '2026-W49'],
      ['build', join(__dirname, '../../examples/sales-funnel.yaml'), '--out', file],
      ['lint', file, '--fix'],
    ]) {
      const r = await run(...argv, '--lang', lang);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.err.split('\n')).toHaveLength(1);
    }
    expect((await fs.readFile(file)).equals(bytes)).toBe(true);
    expect(await modeOf(file)).toBe(0o444);
    expect(await fs.readdir(dir)).toEqual(['locked.xlsx']);
  });
});

describe('a write that fails half-way', () => {
  it('leaves the old file whole, the previous good file in .bak, no temporary file and no lock', async () => {
    const dir = await fs.mkdtemp(join(workspace.dir, 'fail-'));
    const file = join(dir, 'w.xlsx');
    await fs.rename(await workspace.build('fail.xlsx', 'en'), file);
    await typeHypothesis(file, 120000);
    const bytes = await fs.readFile(file);
    const rename = fs.rename;
    jest
      .spyOn(fs, 'rename')
      .mockImplementation(async (from, to) =>
        to === file ? Promise.reject(new Error('EIO: i/o error, rename')) : rename(from, to),
      );
    const r = await run('sync', file);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`error: Cannot write ${file}: EIO: i/o error, rename`);
    expect((await fs.readFile(file)).equals(bytes)).toBe(true);
    expect((await fs.readFile(`${file}.bak`)).equals(bytes)).toBe(true);
    expect((await fs.readdir(dir)).sort()).toEqual(['w.xlsx', 'w.xlsx.bak']);
    jest.restoreAllMocks();
    // And the next run goes through, with the same file as its .bak.
    expect((await run('sync', file)).code).toBe(0);
    expect((await fs.readFile(`${file}.bak`)).equals(bytes)).toBe(true);
    expect((await openXlsx(file)).getWorksheet('Hypotheses')?.getCell('C4').value).toBe(120000);
  });
});
