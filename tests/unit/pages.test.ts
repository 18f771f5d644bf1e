/**
 * The add-in's pages as webpack builds them for production (webpack.config.js): each loads
 * office.js from Microsoft's CDN (the store requires it) before its own bundle, the build
 * holds every file the manifest names, the first view of the task pane leaves ExcelJS and
 * the Office.js host to chunks loaded on demand and stays within its budget, and a
 * production origin is written into the manifest the build carries.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { TARGET_GZIP_BYTES } from '../../bench/pane/section';
import { modulesIn, paneWeight, readChunkMap } from '../../bench/pane/weight';
import { buildPaneInto, CHUNK_MAP } from '../support/paneServer';

const ROOT = resolve(__dirname, '..', '..');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const PAGES = {
  taskpane: 'src/taskpane/taskpane.html',
  commands: 'src/commands/commands.html',
  dialog: 'src/commands/dialog.html',
} as const;
const ORIGIN = 'https://kpi-tree.example.org/';

/** The `src` of each script of an HTML page, in order (quoted or not, as the minifier leaves them). */
function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*?\bsrc=("?)([^"\s>]+)\1/g)].map((m) => m[2]);
}

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(dir, join(prefix, e.name)) : [join(prefix, e.name)],
  );
}

describe('page templates', () => {
  it.each(Object.entries(PAGES))(
    '%s loads office.js from the CDN and leaves its bundle to webpack',
    (_name, page) => {
      const html = readFileSync(join(ROOT, page), 'utf8');
      expect(scriptSources(html)).toEqual([OFFICE_JS]);
    },
  );
});

describe('the production origin', () => {
  it('must be https: webpack refuses to write any other into the manifest', () => {
    const run = spawnSync(
      process.execPath,
      [
        require.resolve('webpack-cli/bin/cli.js'),
        '--mode',
        'production',
        '--env',
        'origin=http://kpi-tree.example.org/',
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(run.status).not.toBe(0);
    expect(`${run.stdout}${run.stderr}`).toContain('--env origin must be an https:// URL');
  });
});

describe('the production build', () => {
  let out: string;
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'kpi-pages-'));
    buildPaneInto(out, { origin: ORIGIN });
  }, 600_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it.each(Object.keys(PAGES))('%s.html loads office.js first, then its own minified bundle', (name) => {
    const scripts = scriptSources(readFileSync(join(out, `${name}.html`), 'utf8'));
    expect(scripts).toEqual([OFFICE_JS, `${name}.js`]);
    expect(existsSync(join(out, `${name}.js`))).toBe(true);
  });

  it('carries no source maps and no development code', () => {
    const files = filesUnder(out);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    const pane = readFileSync(join(out, 'taskpane.js'), 'utf8');
    expect(pane).not.toContain('webpack-dev-server');
    expect(pane).not.toContain('react-dom.development');
    // Minified: a few very long lines, not one statement per line.
    expect(pane.split('\n').length).toBeLessThan(50);
  });

  it('holds every page and icon the manifest names, at the production origin', () => {
    const built = readFileSync(join(out, 'manifest.xml'), 'utf8');
    expect(built).not.toContain('https://localhost:3000/');
    const urls = [...built.matchAll(/DefaultValue="(https:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      expect(url.startsWith(ORIGIN)).toBe(true);
      const file = url.slice(ORIGIN.length).replace(/[?#].*$/, '');
      expect({ file, built: existsSync(join(out, file)) }).toEqual({ file, built: true });
    }
    // Only the origin changed.
    const source = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
    expect(built).toBe(source.replaceAll('https://localhost:3000/', ORIGIN));
  });

  it('keeps ExcelJS and the Office.js host out of the first view: they load on demand', () => {
    const map = readChunkMap(join(out, CHUNK_MAP));
    const firstView = map.entrypoints.taskpane;
    expect(firstView).toEqual(['taskpane.js']);
    const first = modulesIn(map, firstView);
    expect(first).toContain('src/taskpane/index.tsx');
    expect(first.filter((m) => m.startsWith('node_modules/exceljs/'))).toEqual([]);
    // Only the host's error class comes along, for the pane to translate its errors.
    expect(first.filter((m) => m.startsWith('src/hosts/excel/'))).toEqual(['src/hosts/excel/errors.ts']);
    const later = map.chunks.filter((c) => !c.initial).flatMap((c) => c.modules.map((m) => m.path));
    expect(later).toContain('node_modules/exceljs/dist/exceljs.min.js');
    expect(later).toContain('src/hosts/excel/host.ts');
    expect(later).toContain('src/hosts/xlsx/memoryHost.ts');
  });

  it('carries the holiday table compactly in the first view', () => {
    const map = readChunkMap(join(out, CHUNK_MAP));
    // The task pane's own first files (the ribbon's commands page is a bundle of its own).
    const firstFiles = map.entrypoints.taskpane;
    const first = map.chunks.filter((c) => c.initial && c.files.some((f) => firstFiles.includes(f))).flatMap((c) => c.modules);
    const holidays = first.filter((m) => m.path.startsWith('node_modules/@holiday-jp/'));
    expect(holidays.map((m) => m.path)).toEqual(['node_modules/@holiday-jp/holiday_jp/lib/holidays.js']);
    // The package's own file is 231 KB; the compact one about 11 KB.
    expect(holidays[0].bytes).toBeLessThan(20 * 1024);
  });

  it('bundles the plan templates as data, and no YAML reader anywhere in the add-in', () => {
    const map = readChunkMap(join(out, CHUNK_MAP));
    const first = modulesIn(map, map.entrypoints.taskpane);
    expect(first).toEqual(expect.arrayContaining(['examples/sales-funnel.yaml', 'examples/sales-funnel.en.yaml']));
    const all = map.chunks.flatMap((c) => c.modules.map((m) => m.path));
    const readers = all.filter(
      (m) => /^node_modules\/(js-)?yaml\//.test(m) || m === 'src/core/model/parsePlan.ts' || m === 'src/core/rules/planFix.ts',
    );
    expect(readers).toEqual([]);
    // A template is its data: no line of YAML is left to read in the pane.
    const pane = readFileSync(join(out, 'taskpane.js'), 'utf8');
    expect(pane).not.toContain('id: unit_price');
    expect(pane).toContain('"hypotheses":[{"id":"unit_price"');
  });

  it('keeps the first view within its budget (gzip)', () => {
    const weight = paneWeight(out, join(out, CHUNK_MAP));
    expect(weight.gzipBytes).toBeGreaterThan(100 * 1024);
    expect(weight.gzipBytes).toBeLessThan(TARGET_GZIP_BYTES);
    expect(weight.deferredGzipBytes).toBeGreaterThan(200 * 1024);
  });
});
