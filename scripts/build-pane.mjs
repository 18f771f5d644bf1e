#!/usr/bin/env node
/**
 * Builds the task pane, the ribbon commands and their dialog into dist/web: the files the
 * manifest points at (https://localhost:3000/taskpane.html, commands.html, assets/…).
 *
 *   node scripts/build-pane.mjs [--outdir DIR] [--dev]
 *
 * Code not on the first view (ExcelJS for standalone mode, the Office.js host) is split
 * into chunks loaded on demand. `--dev` keeps the code unminified with source maps.
 */
import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function buildPane({ outdir = path.join(ROOT, 'dist', 'web'), dev = false } = {}) {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: {
      taskpane: 'src/taskpane/index.tsx',
      commands: 'src/commands/entry.ts',
      dialog: 'src/commands/dialog.ts',
    },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2020', 'edge100', 'safari15'],
    minify: !dev,
    sourcemap: dev ? 'linked' : false,
    metafile: true,
    legalComments: 'linked',
    chunkNames: 'chunks/[name]-[hash]',
    loader: { '.yaml': 'text' },
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': JSON.stringify(dev ? 'development' : 'production') },
    logLevel: 'warning',
  });
  for (const page of ['src/taskpane/taskpane.html', 'src/commands/commands.html', 'src/commands/dialog.html']) {
    cpSync(path.join(ROOT, page), path.join(outdir, path.basename(page)));
  }
  cpSync(path.join(ROOT, 'assets'), path.join(outdir, 'assets'), { recursive: true });
  writeFileSync(path.join(outdir, 'meta.json'), JSON.stringify(result.metafile));
  return { outdir, metafile: result.metafile };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--outdir');
  const outdir = at >= 0 ? path.resolve(args[at + 1]) : undefined;
  const { outdir: written } = await buildPane({ outdir, dev: args.includes('--dev') });
  process.stdout.write(`Built the task pane into ${path.relative(process.cwd(), written) || '.'}\n`);
}
