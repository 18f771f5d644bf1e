#!/usr/bin/env node
/**
 * `npm start`: serves the add-in with webpack-dev-server on https://localhost:3000 (the
 * Office developer certificate) and loads it into Excel where it can.
 *
 *   npm start [-- --port N] [-- --http] [-- --web | --desktop]
 *
 * - Where a desktop Excel is installed (Windows, Mac), office-addin-debugging starts the
 *   dev server, sideloads manifest.xml and opens Excel, as the Office templates do.
 * - Elsewhere (Linux, or `--web`), the dev server runs here in the foreground and the steps
 *   to sideload manifest.xml in Excel on the web are printed.
 * - `--http` serves plain HTTP for standalone mode in any browser (Excel requires HTTPS).
 *
 * `npm stop` (office-addin-debugging stop) ends the dev server in every case: its process
 * id is recorded where office-addin-debugging looks for it. `--port 0` takes any free port.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const MANIFEST = 'manifest.xml';
/** The port every URL in manifest.xml names. */
const MANIFEST_PORT = 3000;

/** Where Excel's desktop app lives on Windows and the Mac; null where there is none. */
export function desktopExcel(platform = process.platform, env = process.env, exists = existsSync) {
  const candidates =
    platform === 'darwin'
      ? ['/Applications/Microsoft Excel.app']
      : platform === 'win32'
        ? [env.ProgramFiles, env['ProgramFiles(x86)']]
            .filter(Boolean)
            .flatMap((dir) => [
              path.win32.join(dir, 'Microsoft Office', 'root', 'Office16', 'EXCEL.EXE'),
              path.win32.join(dir, 'Microsoft Office', 'Office16', 'EXCEL.EXE'),
            ])
        : [];
  return candidates.find((file) => exists(file)) ?? null;
}

/**
 * What `npm start` does with these arguments on this machine: `desktop` hands over to
 * office-addin-debugging, `web` serves here (HTTPS unless `http`).
 */
export function startPlan(args, excel) {
  const at = args.indexOf('--port');
  const port = at >= 0 ? Number(args[at + 1]) : MANIFEST_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port wants a port number, not ${args[at + 1]}`);
  const http = args.includes('--http');
  const desktop = !http && !args.includes('--web') && (args.includes('--desktop') || excel !== null);
  if (desktop) {
    if (port !== MANIFEST_PORT)
      throw new Error(
        `--port ${port} cannot be sideloaded: ${MANIFEST} names https://localhost:${MANIFEST_PORT}`,
      );
    return {
      kind: 'desktop',
      port,
      command: [
        'office-addin-debugging',
        'start',
        MANIFEST,
        'desktop',
        '--app',
        'excel',
        '--dev-server',
        `npm run dev-server -- --env port=${port}`,
        '--dev-server-port',
        String(port),
      ],
    };
  }
  return { kind: 'web', port, http };
}

function excelOnTheWebSteps(origin) {
  return [
    '',
    'Excel on the web:',
    '  1. Trust the developer certificate in this browser (open ' +
      `${origin}/taskpane.html` +
      ' once and accept it,',
    '     or import ~/.office-addin-dev-certs/ca.crt as a trusted authority).',
    '  2. Open a workbook in Excel on the web, then Home > Add-ins > More Add-ins > My Add-ins >',
    '     Upload My Add-in, and choose manifest.xml from this folder.',
    '  3. The KPI Tree group appears on the Home tab: Show pane opens the task pane.',
  ];
}

/** Runs webpack-dev-server here, records its process id for `npm stop`, and says where it is. */
async function serveHere(plan) {
  const webpackCli = require.resolve('webpack-cli/bin/cli.js');
  const args = [
    webpackCli,
    'serve',
    '--mode',
    'development',
    '--env',
    `port=${plan.port}`,
    ...(plan.http ? ['--env', 'http'] : []),
  ];
  const server = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const debugInfo = require('office-addin-debugging/lib/debugInfo.js');
  await debugInfo.saveDevServerProcessId(server.pid);

  // webpack-dev-server says where it listens on stderr and webpack how the build went on
  // stdout: once both are out, say how to reach the pane.
  let origin = null;
  let told = false;
  let seen = '';
  const watch = (into) => (chunk) => {
    into.write(chunk);
    if (told) return;
    seen += chunk.toString();
    origin ??= /Loopback: (https?:\/\/localhost:\d+)\//.exec(seen)?.[1] ?? null;
    if (origin && /compiled (successfully|with \d+ warnings?)/.test(seen)) {
      told = true;
      process.stdout.write(
        [
          '',
          `Serving ${origin}/`,
          `Standalone (any browser, no Excel): ${origin}/taskpane.html`,
          ...(plan.http
            ? ['', 'Served over HTTP: Excel will not load it; use it in a browser only.']
            : excelOnTheWebSteps(origin)),
          '',
          'Stop with `npm stop` (or Ctrl+C).',
          '',
        ].join('\n'),
      );
    }
  };
  server.stdout.on('data', watch(process.stdout));
  server.stderr.on('data', watch(process.stderr));

  const stop = () => server.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.on('exit', (code, signal) => {
    if (debugInfo.readDevServerProcessId() === server.pid) debugInfo.clearDevServerProcessId();
    process.exitCode = signal === 'SIGTERM' || signal === 'SIGINT' ? 0 : (code ?? 1);
  });
}

async function main() {
  const plan = startPlan(process.argv.slice(2), desktopExcel());
  if (plan.kind === 'web') {
    await serveHere(plan);
    return;
  }
  const [bin, ...args] = plan.command;
  const cli = require.resolve(`${bin}/cli.js`);
  const run = spawn(process.execPath, [cli, ...args], { cwd: ROOT, stdio: 'inherit' });
  run.on('exit', (code) => {
    process.exitCode = code ?? 1;
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
