/**
 * The add-in's pages: each loads office.js from Microsoft's CDN (AppSource requires it)
 * before its own module, and the build writes every file the manifest and the pages name.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { paneWeight } from '../../bench/pane/weight';
import { buildPaneInto } from '../support/paneServer';

const ROOT = resolve(__dirname, '..', '..');
const OFFICE_JS = '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>';
const PAGES = { 'src/taskpane/taskpane.html': 'taskpane.js', 'src/commands/commands.html': 'commands.js', 'src/commands/dialog.html': 'dialog.js' } as const;

describe('pages', () => {
  it.each(Object.entries(PAGES))('%s loads office.js from the CDN, then its module', (page, script) => {
    const html = readFileSync(join(ROOT, page), 'utf8');
    const office = html.indexOf(OFFICE_JS);
    const own = html.indexOf(`<script type="module" src="./${script}"></script>`);
    expect(office).toBeGreaterThan(0);
    expect(own).toBeGreaterThan(office);
  });

  it('the build holds every page, script and icon the manifest and pages name', () => {
    const out = mkdtempSync(join(tmpdir(), 'kpi-pages-'));
    try {
      buildPaneInto(out);
      for (const [page, script] of Object.entries(PAGES)) {
        expect(existsSync(join(out, page.split('/').pop()!))).toBe(true);
        expect(existsSync(join(out, script))).toBe(true);
      }
      // ExcelJS (standalone mode) and the Office.js host load on demand, never with the first
      // view; only the host's error class comes along, for the pane to translate its errors.
      const meta = JSON.parse(readFileSync(join(out, 'meta.json'), 'utf8')) as { outputs: Record<string, { inputs: Record<string, unknown> }> };
      const firstView = paneWeight(out, ROOT).files;
      expect(firstView).toContain('taskpane.js');
      const inputsOf = (file: string) => Object.keys(Object.entries(meta.outputs).find(([k]) => resolve(ROOT, k) === join(out, file))![1].inputs);
      for (const file of firstView) {
        expect({ file, exceljs: inputsOf(file).some((i) => i.includes('node_modules/exceljs/')) }).toEqual({ file, exceljs: false });
        expect({ file, excelHost: inputsOf(file).some((i) => i.startsWith('src/hosts/excel/') && i !== 'src/hosts/excel/errors.ts') }).toEqual({ file, excelHost: false });
      }
      const manifest = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
      for (const [, file] of manifest.matchAll(/https:\/\/localhost:3000\/([^"?]+)[^"]*"/g)) expect({ file, built: existsSync(join(out, file)) }).toEqual({ file, built: true });
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
