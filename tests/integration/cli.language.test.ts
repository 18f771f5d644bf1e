/**
 * The CLI speaks the language of what it reports on: a plan's problems in the plan's
 * `lang`, a workbook's in the workbook's language, whatever the system locale says; the
 * system's language only when neither says, and `--lang` over all of them.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { captureIo, EXAMPLE, tempDir } from '../support/edits';

const CYCLE = path.resolve(__dirname, '../fixtures/plans/error.cycle.yaml');

async function run(
  dir: string,
  env: string,
  ...argv: string[]
): Promise<{ code: number; out: string; err: string }> {
  const io = { ...captureIo(dir), env: { LANG: env } };
  const code = await main(argv, io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
}

describe('the language of CLI messages', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir('kpi-tree-language-');
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('a `lang: ja` plan with an error is reported in Japanese under LANG=C.UTF-8', async () => {
    const text = `lang: ja\n${await fs.readFile(CYCLE, 'utf8')}`;
    await fs.writeFile(path.join(dir, 'cycle.yaml'), text);
    const r = await run(dir, 'C.UTF-8', 'backcast', 'cycle.yaml');
    expect(r.code).toBe(2);
    expect(r.err).toContain('エラー: ツリーが循環しています');
    const english = await run(dir, 'C.UTF-8', 'backcast', 'cycle.yaml', '--lang', 'en');
    expect(english.err).toContain('error: The tree has a cycle');
  });

  it('a plan too broken to parse is still reported in the language it declares', async () => {
    await fs.writeFile(path.join(dir, 'broken.yaml'), 'version: 1\nlang: ja\nkpis: [\n');
    const r = await run(dir, 'en_US.UTF-8', 'backcast', 'broken.yaml');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/エラー/);
  });

  it('a plan that declares no language falls back to the system’s', async () => {
    const r = await run(dir, 'C.UTF-8', 'backcast', CYCLE);
    expect(r.code).toBe(2);
    expect(r.err).toContain('error: The tree has a cycle');
  });

  it('`kpi-tree review` on a Japanese workbook reports in Japanese under LANG=C.UTF-8, and so do lint and backcast', async () => {
    expect((await run(dir, 'C.UTF-8', 'build', EXAMPLE, '--out', 'c.xlsx')).out).toBe('c.xlsx を書き込みました');
    const wrote = await run(dir, 'C.UTF-8', 'review', 'c.xlsx', '--week', '2026-W50');
    expect(wrote).toMatchObject({ code: 0, err: '' });
    expect(wrote.out).toBe('c.xlsx に 週次レビュー 2026-W50 を書き込みました');
    const refreshed = await run(dir, 'C.UTF-8', 'review', 'c.xlsx', '--week', '2026-W50');
    expect(refreshed.out).toMatch(/^c\.xlsx の 週次レビュー 2026-W50 を更新しました/);
    expect(refreshed.out).not.toMatch(/Refreshed|your entries/);
    const outside = await run(dir, 'C.UTF-8', 'review', 'c.xlsx', '--week', '2027-W50');
    expect(outside.code).toBe(2);
    expect(outside.err).toContain('エラー: 週 2027-W50 は対象月 2026-12 とその前後の月の外です。');
    const lint = await run(dir, 'C.UTF-8', 'lint', 'c.xlsx');
    expect(lint.out).toContain('山田さんは成果');
    expect(lint.out).toContain('エラー 0 件、警告 0 件、情報 1 件');
    expect((await run(dir, 'C.UTF-8', 'backcast', 'c.xlsx')).out).toContain('（稼働日 20日）');
  });

  it('build, review and sync on a Japanese workbook report in Japanese under an English system', async () => {
    expect((await run(dir, 'en_US.UTF-8', 'build', EXAMPLE, '--out', 'team.xlsx')).out).toBe(
      'team.xlsx を書き込みました',
    );
    const review = await run(dir, 'en_US.UTF-8', 'review', 'team.xlsx', '--week', '2026-W50');
    expect(review.code).toBe(0);
    expect(review.out).toContain('週次レビュー 2026-W50');
    expect(review.out).not.toMatch(/Wrote|Refreshed/);
    expect((await run(dir, 'en_US.UTF-8', 'sync', 'team.xlsx')).out).toBe('team.xlsx を書き込みました');
    expect((await run(dir, 'ja_JP.UTF-8', 'sync', 'team.xlsx', '--lang', 'en')).out).toBe('Wrote team.xlsx');
  });
});
