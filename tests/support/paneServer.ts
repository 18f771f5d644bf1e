/**
 * The add-in's web part built and served by webpack (webpack.config.js), for the page
 * checks, the browser tests and the benchmarks: a production build written to a folder
 * with its chunk map (`chunk-map.json`, see bench/pane/weight.ts), and webpack-dev-server
 * serving such a build on any free port.
 */
import { spawn, spawnSync, type ChildProcess } from 'child_process';
import { join, resolve } from 'path';

const ROOT = resolve(__dirname, '..', '..');
const WEBPACK_CLI = require.resolve('webpack-cli/bin/cli.js');

/** The chunk map webpack.config.js writes with `--env stats=FILE`, inside the built folder. */
export const CHUNK_MAP = 'chunk-map.json';

function productionArgs(outdir: string, origin?: string): string[] {
  return [
    '--mode',
    'production',
    '--output-path',
    outdir,
    '--env',
    `stats=${join(outdir, CHUNK_MAP)}`,
    ...(origin ? ['--env', `origin=${origin}`] : []),
  ];
}

/** Builds the add-in for production into `outdir` (`npm run build:web`), with its chunk map. */
export function buildPaneInto(outdir: string, options: { origin?: string } = {}): void {
  const run = spawnSync(process.execPath, [WEBPACK_CLI, ...productionArgs(outdir, options.origin)], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`webpack failed:\n${run.stdout}\n${run.stderr}`);
}

export interface PaneServer {
  /** `https://localhost:PORT` (or `http://`). */
  readonly origin: string;
  /** Everything the server printed so far. */
  readonly output: () => string;
  stop(): Promise<void>;
}

export interface ServeOptions {
  /** Where the production build is written as it is served (with its chunk map). */
  readonly outdir: string;
  /** HTTPS with the Office developer certificate (the default), or plain HTTP. */
  readonly protocol?: 'https' | 'http';
  /** HOME for office-addin-dev-certs (its certificates go to HOME/.office-addin-dev-certs). */
  readonly home?: string;
}

/**
 * Serves a production build with webpack-dev-server on a free port; resolves once the
 * server listens and the build is done.
 */
export function servePane(options: ServeOptions): Promise<PaneServer> {
  const protocol = options.protocol ?? 'https';
  const args = [
    WEBPACK_CLI,
    'serve',
    ...productionArgs(options.outdir),
    '--env',
    'port=0',
    ...(protocol === 'http' ? ['--env', 'http'] : []),
  ];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...(options.home ? { HOME: options.home } : {}) },
  });
  let out = '';
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.kill();
    });
  return new Promise((resolvePromise, reject) => {
    let origin: string | null = null;
    const seen = (d: Buffer) => {
      out += d.toString();
      origin ??= new RegExp(`Loopback: (${protocol}://localhost:\\d+)/`).exec(out)?.[1] ?? null;
      if (origin && /compiled successfully/.test(out)) resolvePromise({ origin, output: () => out, stop });
      if (/compiled with \d+ errors?/.test(out)) {
        void stop();
        reject(new Error(`webpack serve failed:\n${out}`));
      }
    };
    child.stdout?.on('data', seen);
    child.stderr?.on('data', seen);
    child.once('exit', (code) => reject(new Error(`webpack serve exited (${code}) before serving:\n${out}`)));
  });
}
