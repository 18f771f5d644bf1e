/**
 * `npm run deps`, the import check of `npm test`, run with the repository's own config
 * over small trees of files in a temporary folder: a tree that keeps the order passes, and
 * each kind of wrong import fails with a message naming both files.
 */
import { spawnSync } from 'child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join, resolve } from 'path';

const ROOT = resolve(__dirname, '..', '..');
const CLI = join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
const SCRIPT: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.deps;

interface Run {
  readonly code: number | null;
  readonly output: string;
}

/** The `deps` script of package.json, run over `files` (path → text) as it runs over the repository. */
function deps(files: Readonly<Record<string, string>>): Run {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-tree-deps-'));
  try {
    copyFileSync(join(ROOT, '.dependency-cruiser.cjs'), join(dir, '.dependency-cruiser.cjs'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const [command, ...args] = SCRIPT.split(' ');
    expect(command).toBe('depcruise');
    const run = spawnSync(process.execPath, [CLI, ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    // eslint-disable-next-line no-control-regex
    return { code: run.status, output: `${run.stdout}${run.stderr}`.replace(/\u001b\[[0-9;]*m/g, '') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const type = (name: string): string => `export interface ${name} { readonly id: string }\n`;
const uses = (name: string, from: string): string =>
  `import type { ${name} } from '${from}';\nexport const idOf = (x: ${name}): string => x.id;\n`;

/** The two ends of a reported import, on one line, as the check prints them. */
const edge = (from: string, to: string): RegExp =>
  new RegExp(`${from.replace(/\./g, '\\.')} → ${to.replace(/\./g, '\\.')}`);

describe('npm run deps', () => {
  it('passes a tree whose imports point down the layers', () => {
    const run = deps({
      'src/core/model/tree.ts': type('Tree'),
      'src/core/layout/sheet.ts': uses('Tree', '../model/tree'),
      'src/core/sync/rebuild.ts': uses('Tree', '../model/tree'),
      'src/hosts/xlsx/apply.ts': uses('Tree', '../../core/model/tree'),
    });
    expect(run.output).toMatch(/no dependency violations found/);
    expect(run.code).toBe(0);
  });

  it('fails a type import from a lower layer of the core into a higher one, naming both files', () => {
    const run = deps({
      'src/core/rules/finding.ts': type('Finding'),
      'src/core/layout/checks.ts': uses('Finding', '../rules/finding'),
    });
    expect(run.code).not.toBe(0);
    expect(run.output).toMatch(edge('src/core/layout/checks.ts', 'src/core/rules/finding.ts'));
    expect(run.output).toMatch(/core-order-layout/);
    expect(run.output).toMatch(/sits\s+below rules/);
  });

  it('fails a base folder that imports the model', () => {
    const run = deps({
      'src/core/model/tree.ts': type('Tree'),
      'src/core/formula/names.ts': uses('Tree', '../model/tree'),
    });
    expect(run.code).not.toBe(0);
    expect(run.output).toMatch(edge('src/core/formula/names.ts', 'src/core/model/tree.ts'));
  });

  it('fails two folders of one layer that import each other', () => {
    const run = deps({
      'src/core/review/tab.ts': `${type('Tab')}import type { Moved } from '../sync/moved';\nexport type Both = Tab | Moved;\n`,
      'src/core/sync/moved.ts': `${type('Moved')}import type { Tab } from '../review/tab';\nexport type Either = Tab | Moved;\n`,
    });
    expect(run.code).not.toBe(0);
    expect(run.output).toMatch(/no-cycle/);
    expect(run.output).toMatch(/src\/core\/review\/tab\.ts → \s*src\/core\/sync\/moved\.ts/);
  });

  it('fails two folders that import each other through different files', () => {
    const run = deps({
      'src/core/review/tab.ts': type('Tab'),
      'src/core/review/history.ts': uses('Moved', '../sync/moved'),
      'src/core/sync/moved.ts': type('Moved'),
      'src/core/sync/rebuild.ts': uses('Tab', '../review/tab'),
    });
    expect(run.code).not.toBe(0);
    expect(run.output).toMatch(/no-folder-cycle/);
    expect(run.output).toMatch(/src\/core\/review → \s*src\/core\/sync →\s*src\/core\/review/);
  });

  it('fails a core file that imports a host, and a host that imports the command line', () => {
    const run = deps({
      'src/hosts/excel/range.ts': type('Range'),
      'src/core/model/sheet.ts': uses('Range', '../../hosts/excel/range'),
      'src/cli/main.ts': type('Options'),
      'src/hosts/xlsx/file.ts': uses('Options', '../../cli/main'),
    });
    expect(run.code).not.toBe(0);
    expect(run.output).toMatch(edge('src/core/model/sheet.ts', 'src/hosts/excel/range.ts'));
    expect(run.output).toMatch(/src-core/);
    expect(run.output).toMatch(edge('src/hosts/xlsx/file.ts', 'src/cli/main.ts'));
    expect(run.output).toMatch(/src-hosts/);
  });

  it('fails a core folder that belongs to no layer', () => {
    const run = deps({
      'src/core/model/tree.ts': type('Tree'),
      'src/core/elsewhere/thing.ts': uses('Tree', '../model/tree'),
    });
    expect(run.code).not.toBe(0);
    expect(run.output).toMatch(edge('src/core/elsewhere/thing.ts', 'src/core/model/tree.ts'));
    expect(run.output).toMatch(/core-unplaced/);
  });

  it('passes doors that call the application layer, and the pane that sees only the port', () => {
    const run = deps({
      'src/hosts/port.ts': type('WorkbookHost'),
      'src/app/build.ts': uses('WorkbookHost', '../hosts/port'),
      'src/taskpane/view.ts': uses('WorkbookHost', '../hosts/port') + "export * from '../app/build';\n",
      'src/hosts/xlsx/file.ts': type('File'),
      'src/cli/open.ts': uses('File', '../hosts/xlsx/file'),
    });
    expect(run.output).toMatch(/no dependency violations found/);
    expect(run.code).toBe(0);
  });

  it('fails a door that reaches past src/app into what rebuilds a workbook, naming both files', () => {
    const run = deps({
      'src/core/sync/rebuildSpec.ts': type('Rebuild'),
      'src/cli/commands/runSync.ts': uses('Rebuild', '../../core/sync/rebuildSpec'),
    });
    expect(run.code).not.toBe(0);
    expect(run.output).toMatch(edge('src/cli/commands/runSync.ts', 'src/core/sync/rebuildSpec.ts'));
    expect(run.output).toMatch(/doors-call-operations/);
  });

  it('fails the pane or the ribbon reaching a host past the port, and the app importing a door', () => {
    const run = deps({
      'src/hosts/xlsx/memoryHost.ts': type('MemoryHost'),
      'src/taskpane/bar.ts': uses('MemoryHost', '../hosts/xlsx/memoryHost'),
      'src/taskpane/notice.ts': type('Notice'),
      'src/app/failure.ts': uses('Notice', '../taskpane/notice'),
    });
    expect(run.code).not.toBe(0);
    expect(run.output).toMatch(edge('src/taskpane/bar.ts', 'src/hosts/xlsx/memoryHost.ts'));
    expect(run.output).toMatch(/ui-sees-the-port/);
    expect(run.output).toMatch(edge('src/app/failure.ts', 'src/taskpane/notice.ts'));
    expect(run.output).toMatch(/src-app/);
  });

  it('fails the ribbon importing the pane', () => {
    const run = deps({
      'src/taskpane/boot.ts': type('Boot'),
      'src/commands/ribbon.ts': uses('Boot', '../taskpane/boot'),
    });
    expect(run.code).not.toBe(0);
    expect(run.output).toMatch(edge('src/commands/ribbon.ts', 'src/taskpane/boot.ts'));
    expect(run.output).toMatch(/src-commands/);
  });
});
