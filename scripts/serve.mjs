#!/usr/bin/env node
/**
 * `npm start`: builds the task pane and serves it on https://localhost:3000 with the
 * Office Add-ins developer certificate (office-addin-dev-certs), then says how to
 * sideload manifest.xml in Excel and where the standalone pane is.
 *
 *   node scripts/serve.mjs [--port 3000] [--http] [--no-build] [--dir DIR]
 *
 * `--http` serves plain HTTP (standalone mode in a browser only: Excel requires HTTPS);
 * `--port 0` takes any free port; `--dir` serves a pane built elsewhere. The first line
 * printed is the address served.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPane } from './build-pane.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

/** A static file server for `dir`; resolves with the listening server. Nothing outside `dir` is served. */
export function serveStatic(dir, { port = 0, tls } = {}) {
  const root = path.resolve(dir);
  const handler = (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const rel = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'taskpane.html';
    const file = path.resolve(root, rel);
    if (!file.startsWith(root + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  };
  const server = tls ? https.createServer(tls, handler) : http.createServer(handler);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

/**
 * The Office Add-ins developer certificate for localhost. When its CA cannot be installed
 * into the system's trust store (no sudo, a locked-down machine), the certificate it
 * generated is still used, with a warning: browsers will ask before trusting it.
 */
async function developerCertificate() {
  const certs = await import('office-addin-dev-certs');
  try {
    return await certs.getHttpsServerOptions();
  } catch (e) {
    const { localhostCertificatePath, localhostKeyPath, caCertificatePath } = await import('office-addin-dev-certs/lib/defaults.js');
    const reason = e instanceof Error ? e.message : String(e);
    if (existsSync(localhostCertificatePath) && existsSync(localhostKeyPath)) {
      process.stderr.write(
        `The developer CA could not be trusted system-wide (${reason.trim()}).\n` +
          `Serving HTTPS with its certificate anyway: trust ${caCertificatePath} in your browser or Excel's machine, or run \`npx office-addin-dev-certs install\` where you can.\n\n`,
      );
      return { cert: readFileSync(localhostCertificatePath), key: readFileSync(localhostKeyPath), ca: existsSync(caCertificatePath) ? readFileSync(caCertificatePath) : undefined };
    }
    process.stderr.write(
      `Could not set up the HTTPS developer certificate: ${reason}\n` +
        'Install it with `npx office-addin-dev-certs install` (it asks to trust a local CA), or run `npm start -- --http` for standalone mode in a browser.\n',
    );
    return null;
  }
}

async function main() {
  const args = process.argv.slice(2);
  const at = args.indexOf('--port');
  const port = at >= 0 ? Number(args[at + 1]) : 3000;
  const plain = args.includes('--http');
  const dirAt = args.indexOf('--dir');
  const outdir = dirAt >= 0 ? path.resolve(args[dirAt + 1]) : path.join(ROOT, 'dist', 'web');
  if (!args.includes('--no-build')) await buildPane({ outdir });

  let tls;
  if (!plain) {
    tls = await developerCertificate();
    if (!tls) {
      process.exitCode = 1;
      return;
    }
  }
  const server = await serveStatic(outdir, { port, tls });
  const origin = `${plain ? 'http' : 'https'}://localhost:${server.address().port}`;
  process.stdout.write(
    [
      `Serving ${origin}/ from ${outdir}`,
      '',
      `Standalone (any browser, no Excel): ${origin}/taskpane.html`,
      '',
      'Sideload in Excel on Windows: share a folder holding manifest.xml, add it under File > Options > Trust Center > Trust Center Settings >',
      '  Trusted Add-in Catalogs (tick "Show in Menu"), restart Excel, then Home > Add-ins > More Add-ins > Shared Folder > KPI Tree.',
      'Sideload in Excel on Mac: copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/, restart Excel, then Home > Add-ins.',
      'Sideload in Excel on the web: open a workbook, Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in, and choose manifest.xml.',
      plain ? '\nServed over HTTP: Excel will not load it; use it in a browser only.' : '',
      'Press Ctrl+C to stop.',
    ].join('\n') + '\n',
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
