/**
 * The built task pane, served as `npm start` serves it (plain HTTP, any free port), for
 * the browser tests and the benchmarks.
 */
import { spawn, spawnSync, type ChildProcess } from 'child_process';
import { join, resolve } from 'path';

const ROOT = resolve(__dirname, '..', '..');

/** Builds the pane into `outdir` with the project's build script. */
export function buildPaneInto(outdir: string): void {
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-pane.mjs'), '--outdir', outdir], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`building the pane failed:\n${run.stdout}\n${run.stderr}`);
}

export interface PaneServer {
  readonly origin: string;
  stop(): Promise<void>;
}

/** Serves `dir` with scripts/serve.mjs; resolves once it prints the address it serves. */
export function servePane(dir: string): Promise<PaneServer> {
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'scripts', 'serve.mjs'), '--http', '--port', '0', '--no-build', '--dir', dir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolvePromise, reject) => {
    let out = '';
    let err = '';
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Serving (http:\/\/localhost:\d+)\//.exec(out);
      if (m)
        resolvePromise({
          origin: m[1],
          stop: () =>
            new Promise<void>((done) => {
              child.once('exit', () => done());
              child.kill();
            }),
        });
    });
    child.once('exit', (code) => reject(new Error(`serve.mjs exited (${code}) before serving:\n${out}\n${err}`)));
  });
}
