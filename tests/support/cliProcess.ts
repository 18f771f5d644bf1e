/**
 * The `kpi-tree` command as separate processes, for what only separate processes can
 * show: two runs on one file at the same time. The CLI is bundled once from the sources
 * (esbuild, as `npm run bench` does), so the test runs the code under test, not a stale
 * `dist/`.
 */
import { spawn } from 'child_process';
import { mkdtemp, rm, writeFile } from 'fs/promises';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { build } from 'esbuild';

const ROOT = resolve(__dirname, '..', '..');

export interface CliRun {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
}

export interface CliProcesses {
  /** Starts `kpi-tree ARGS` in `cwd`; resolves when it exits. */
  run(cwd: string, args: readonly string[], env?: Readonly<Record<string, string>>): Promise<CliRun>;
  dispose(): Promise<void>;
}

export async function bundleCli(): Promise<CliProcesses> {
  const dir = await mkdtemp(join(tmpdir(), 'kpi-tree-cli-'));
  const bundle = join(dir, 'cli.cjs');
  await build({
    entryPoints: [join(ROOT, 'src', 'cli', 'main.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outfile: bundle,
    logLevel: 'warning',
  });
  const runner = join(dir, 'kpi-tree.cjs');
  await writeFile(
    runner,
    `require(${JSON.stringify(bundle)}).main(process.argv.slice(2)).then((c) => { process.exitCode = c; });\n`,
  );
  return {
    run: (cwd, args, env = {}) =>
      new Promise((done, fail) => {
        const child = spawn(process.execPath, [runner, ...args], {
          cwd,
          env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules'), LANG: 'en_US.UTF-8', ...env },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        const out: Buffer[] = [];
        const err: Buffer[] = [];
        child.stdout.on('data', (b: Buffer) => out.push(b));
        child.stderr.on('data', (b: Buffer) => err.push(b));
        child.on('error', fail);
        child.on('close', (code) =>
          done({ code, out: Buffer.concat(out).toString('utf8'), err: Buffer.concat(err).toString('utf8') }),
        );
      }),
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}
