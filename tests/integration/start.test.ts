/**
 * `npm start` and `npm stop` on a machine without a desktop Excel (this one, CI): the
 * webpack dev server comes up over HTTPS with the Office developer certificate, serves the
 * task pane built for development (source maps), prints the steps for Excel on the web,
 * and `npm stop` (office-addin-debugging) ends it. Where a desktop Excel is installed,
 * `npm start` hands over to office-addin-debugging instead: that choice is checked on its
 * own below. HOME and TMPDIR are private to the test, so neither the developer's
 * certificates nor a dev server of theirs are touched.
 */
import { spawn, spawnSync, type ChildProcess } from 'child_process';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { get, type RequestOptions } from 'https';
import type { TLSSocket } from 'tls';
import { tmpdir } from 'os';
import { join, resolve } from 'path';

const ROOT = resolve(__dirname, '..', '..');
const START = join(ROOT, 'scripts', 'start.mjs');

interface Fetched {
  readonly status: number;
  readonly body: string;
  readonly issuer: string;
}

function fetchHttps(url: string, options: RequestOptions): Promise<Fetched> {
  return new Promise((done, fail) => {
    const req = get(url, options, (res) => {
      const issuer = String((res.socket as TLSSocket).getPeerCertificate().issuer?.CN ?? '');
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => done({ status: res.statusCode ?? 0, body, issuer }));
    });
    req.on('error', fail);
  });
}

/** Calls `expression` (over scripts/start.mjs's exports) in Node, as scripts/start.mjs is an ES module. */
function callStart(expression: string): unknown {
  const run = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const start = await import(${JSON.stringify(START)});` +
        `try { process.stdout.write(JSON.stringify(${expression}) ?? 'null'); }` +
        `catch (e) { process.stdout.write(JSON.stringify({ error: e.message })); }`,
    ],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}

const startPlan = (args: string[], excel: string | null) =>
  callStart(`start.startPlan(${JSON.stringify(args)}, ${JSON.stringify(excel)})`);

describe('npm start without a desktop Excel', () => {
  let home: string;
  let temp: string;
  let child: ChildProcess;
  let output = '';
  let origin: string;
  const env = () => ({ ...process.env, HOME: home, TMPDIR: temp });

  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'kpi-start-home-'));
    temp = mkdtempSync(join(tmpdir(), 'kpi-start-tmp-'));
    child = spawn(process.execPath, [START, '--port', '0'], {
      cwd: ROOT,
      env: env(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    origin = await new Promise<string>((ready, fail) => {
      const seen = (d: Buffer) => {
        output += d.toString();
        const served = /Serving (https:\/\/localhost:\d+)\//.exec(output);
        if (served && output.includes('npm stop')) ready(served[1]);
      };
      child.stdout?.on('data', seen);
      child.stderr?.on('data', seen);
      child.once('exit', (code) => fail(new Error(`npm start exited (${code}) before serving:\n${output}`)));
    });
  }, 600_000);

  afterAll(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill();
    rmSync(home, { recursive: true, force: true });
    rmSync(temp, { recursive: true, force: true });
  });

  it('serves taskpane.html over HTTPS with a certificate of the Office developer CA', async () => {
    const ca = readFileSync(join(home, '.office-addin-dev-certs', 'ca.crt'));
    // Verified against the developer CA alone: any other certificate fails the request.
    const page = await fetchHttps(`${origin}/taskpane.html`, { ca });
    expect(page.status).toBe(200);
    expect(page.issuer).toBe('Developer CA for Microsoft Office Add-ins');
    expect(page.body).toContain(
      '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>',
    );
    expect(page.body).toContain('<script defer src="taskpane.js"></script>');
  });

  it('builds for development: source maps of the TypeScript, the manifest as it is', async () => {
    const ca = readFileSync(join(home, '.office-addin-dev-certs', 'ca.crt'));
    const map = await fetchHttps(`${origin}/taskpane.js.map`, { ca });
    expect(map.status).toBe(200);
    const sources = (JSON.parse(map.body) as { sources: string[] }).sources;
    expect(sources.some((s) => s.endsWith('src/taskpane/App.tsx'))).toBe(true);
    const manifest = await fetchHttps(`${origin}/manifest.xml`, { ca });
    expect(manifest.body).toBe(readFileSync(join(ROOT, 'manifest.xml'), 'utf8'));
    const commands = await fetchHttps(`${origin}/commands.html`, { ca });
    expect(commands.status).toBe(200);
  });

  it('says how to sideload the manifest in Excel on the web, and where standalone mode is', () => {
    expect(output).toContain(`Standalone (any browser, no Excel): ${origin}/taskpane.html`);
    expect(output).toContain('Excel on the web:');
    expect(output).toContain('Upload My Add-in, and choose manifest.xml');
  });

  it('npm stop ends the dev server', async () => {
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    const stop = spawnSync('npm', ['stop'], { cwd: ROOT, env: env(), encoding: 'utf8' });
    expect(stop.status).toBe(0);
    expect(stop.stdout).toMatch(/Stopped dev server\. Process id: \d+/);
    await exited;
    await expect(fetchHttps(`${origin}/taskpane.html`, { rejectUnauthorized: false })).rejects.toThrow(
      /ECONNREFUSED/,
    );
  });
});

describe('what npm start does where', () => {
  const excel = 'C:\\Program Files\\Microsoft Office\\root\\Office16\\EXCEL.EXE';

  it('with a desktop Excel: office-addin-debugging starts the dev server and sideloads the manifest', () => {
    expect(startPlan([], excel)).toEqual({
      kind: 'desktop',
      port: 3000,
      command: [
        'office-addin-debugging',
        'start',
        'manifest.xml',
        'desktop',
        '--app',
        'excel',
        '--dev-server',
        'npm run dev-server -- --env port=3000',
        '--dev-server-port',
        '3000',
      ],
    });
  });

  it('without one, or asked for the web: the dev server here, over HTTPS', () => {
    expect(startPlan([], null)).toEqual({ kind: 'web', port: 3000, http: false });
    expect(startPlan(['--web', '--port', '3443'], excel)).toEqual({ kind: 'web', port: 3443, http: false });
  });

  it('--http: plain HTTP for standalone mode, never sideloaded', () => {
    expect(startPlan(['--http'], excel)).toEqual({ kind: 'web', port: 3000, http: true });
  });

  it('refuses a port the manifest does not name when sideloading', () => {
    expect(startPlan(['--port', '0'], excel)).toEqual({
      error: '--port 0 cannot be sideloaded: manifest.xml names https://localhost:3000',
    });
    expect(startPlan(['--port', 'x'], null)).toEqual({ error: '--port wants a port number, not x' });
  });

  it('finds Excel where Office installs it on Windows and the Mac, and nowhere on Linux', () => {
    const found = (platform: string, env: Record<string, string>, file: string) =>
      callStart(
        `start.desktopExcel(${JSON.stringify(platform)}, ${JSON.stringify(env)}, (f) => f === ${JSON.stringify(file)})`,
      );
    expect(found('win32', { ProgramFiles: 'C:\\Program Files' }, excel)).toBe(excel);
    expect(found('win32', { ProgramFiles: 'C:\\Program Files' }, 'D:\\elsewhere\\EXCEL.EXE')).toBeNull();
    expect(found('darwin', {}, '/Applications/Microsoft Excel.app')).toBe(
      '/Applications/Microsoft Excel.app',
    );
    expect(found('linux', {}, '/Applications/Microsoft Excel.app')).toBeNull();
  });
});
