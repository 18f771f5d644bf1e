/**
 * One command bumps the version everywhere: `npm version` moves package.json and, through
 * the package's `version` script (scripts/sync-manifest-version.mjs), manifest.xml, and in
 * a git repository puts both into npm's version commit. Run on copies in a scratch folder.
 */
import { spawnSync, type SpawnSyncReturns } from 'child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { readManifest, ROOT } from '../support/manifest';

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'KPI Tree tests',
  GIT_AUTHOR_EMAIL: 'tests@kpi-tree.invalid',
  GIT_COMMITTER_NAME: 'KPI Tree tests',
  GIT_COMMITTER_EMAIL: 'tests@kpi-tree.invalid',
};

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-version-'));
  mkdirSync(join(dir, 'scripts'));
  for (const file of ['package.json', 'manifest.xml', join('scripts', 'sync-manifest-version.mjs')])
    copyFileSync(join(ROOT, file), join(dir, file));
  return dir;
}

function run(dir: string, command: string, args: string[]): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } });
}

const packageVersion = (dir: string) =>
  (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;

describe('npm version', () => {
  const dirs: string[] = [];
  const fresh = () => {
    const dir = project();
    dirs.push(dir);
    return dir;
  };
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('bumps package.json and the manifest together', () => {
    const dir = fresh();
    const before = packageVersion(dir);
    const bump = run(dir, 'npm', ['version', 'minor', '--no-git-tag-version']);
    expect(bump.stderr).not.toMatch(/ERR/);
    expect(bump.status).toBe(0);
    const [major, minor] = before.split('.').map(Number);
    const after = `${major}.${minor + 1}.0`;
    expect(packageVersion(dir)).toBe(after);
    expect(readManifest(join(dir, 'manifest.xml')).info.version).toBe(`${after}.0`);
  });

  it('in a git repository, commits the manifest with package.json and tags the version', () => {
    const dir = fresh();
    for (const args of [
      ['init', '-q'],
      ['add', '.'],
      ['commit', '-qm', 'start'],
    ])
      expect(run(dir, 'git', args).status).toBe(0);
    const bump = run(dir, 'npm', ['version', '7.8.9']);
    expect(bump.status).toBe(0);
    const changed = run(dir, 'git', ['show', '--name-only', '--format=%s', 'HEAD']).stdout.trim().split('\n');
    expect(changed[0]).toBe('7.8.9');
    expect(changed.slice(1).filter(Boolean).sort()).toEqual(['manifest.xml', 'package.json']);
    expect(run(dir, 'git', ['tag', '--list']).stdout.trim()).toBe('v7.8.9');
    expect(run(dir, 'git', ['status', '--porcelain']).stdout).toBe('');
    expect(readManifest(join(dir, 'manifest.xml')).info.version).toBe('7.8.9.0');
  });

  it('refuses a prerelease version, which the manifest cannot hold, and leaves the manifest alone', () => {
    const dir = fresh();
    const manifest = readFileSync(join(dir, 'manifest.xml'), 'utf8');
    const bump = run(dir, 'npm', ['version', '3.0.0-beta.1', '--no-git-tag-version']);
    expect(bump.status).not.toBe(0);
    expect(bump.stderr).toContain('manifest.xml takes a version of numbers only (X.Y.Z.W)');
    expect(readFileSync(join(dir, 'manifest.xml'), 'utf8')).toBe(manifest);
  });
});
