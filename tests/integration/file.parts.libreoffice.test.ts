/**
 * Everything the tool does not own survives byte for byte. A colleague opens a KPI Tree
 * workbook in LibreOffice and adds a data sheet with a defined name and a comment, a
 * dashboard with a chart and an image, a pivot table, a password-protected sheet and a
 * hidden sheet; then `sync`, `review` and `build` run on the file. Every part of the
 * package that is not the tool's own (its sheets, the workbook's index, styles and
 * strings) comes back with the same bytes, and LibreOffice opens the result and still
 * sees the chart, the image, the pivot table, the protection, the hidden sheet, the name
 * and the comment. Where the tool would have to write into a sheet its owner protected,
 * it says so, names the sheet, and leaves the file as it was.
 */
import { copyFile, readFile } from 'fs/promises';
import { join } from 'path';
import JSZip from 'jszip';
import { EXAMPLE, openXlsx } from '../support/edits';
import { cliWorkspace } from '../support/cliWorkbooks';
import { main } from '../../src/cli/main';
import { addPeoplesParts, inspectInLibreOffice, unoSuite, type Seen } from '../support/uno';

const uno = unoSuite();
const workspace = cliWorkspace('kpi-tree-parts-');

const PEOPLES_SHEETS = ['Data', 'Dashboard', 'Pivot', 'Locked', 'Hidden'];
/** Parts of a sheet the tool rewrites when it rewrites the sheet: its notes and their drawing, tables. */
const REWRITTEN_WITH_SHEET = /\/(comments|vmlDrawing|table|printerSettings)$/;
const WORKBOOK_PARTS = new Set([
  '[Content_Types].xml',
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  'xl/styles.xml',
  'xl/sharedStrings.xml',
  'xl/calcChain.xml',
]);

type Parts = Map<string, Buffer>;

async function partsOf(file: string): Promise<Parts> {
  const zip = await JSZip.loadAsync(await readFile(file));
  const parts: Parts = new Map();
  for (const entry of Object.values(zip.files))
    if (!entry.dir) parts.set(entry.name, await entry.async('nodebuffer'));
  return parts;
}

function relsOf(parts: Parts, part: string): { type: string; target: string }[] {
  const slash = part.lastIndexOf('/');
  const rels =
    parts.get(`${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`)?.toString('utf8') ?? '';
  return [...rels.matchAll(/<Relationship\b[^>]*>/g)].flatMap((m) => {
    const type = /Type="([^"]*)"/.exec(m[0])?.[1] ?? '';
    const target = /Target="([^"]*)"/.exec(m[0])?.[1] ?? '';
    if (/TargetMode="External"/.test(m[0])) return [];
    const base = part.slice(0, slash).split('/');
    for (const s of target.split('/')) {
      if (s === '..') base.pop();
      else if (s !== '.') base.push(s);
    }
    return [{ type, target: base.join('/') }];
  });
}

/** The sheet part of each sheet, by name. */
function sheetParts(parts: Parts): Map<string, string> {
  const workbook = parts.get('xl/workbook.xml')?.toString('utf8') ?? '';
  const rels = relsOf(parts, 'xl/workbook.xml');
  const relIds = new Map(
    [
      ...(parts.get('xl/_rels/workbook.xml.rels')?.toString('utf8') ?? '').matchAll(/<Relationship\b[^>]*>/g),
    ].map((m) => [/Id="([^"]*)"/.exec(m[0])?.[1] ?? '', /Target="([^"]*)"/.exec(m[0])?.[1] ?? '']),
  );
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(m[0])?.[1] ?? '';
    const rid = /r:id="([^"]*)"/.exec(m[0])?.[1] ?? '';
    const target = relIds.get(rid) ?? '';
    out.set(name, rels.find((r) => r.target.endsWith(target.replace(/^\/?(xl\/)?/, '')))?.target ?? '');
  }
  return out;
}

/**
 * Every part the tool does not own: all of the file but the workbook's index, styles,
 * strings and calculation chain, and the sheets of the tool (each with its relationships,
 * notes and tables). A chart on one of the tool's sheets is the person's, and is kept.
 */
function peoplesParts(parts: Parts, toolSheets: readonly string[]): string[] {
  const bySheet = sheetParts(parts);
  const owned = new Set(WORKBOOK_PARTS);
  for (const name of toolSheets) {
    const part = bySheet.get(name);
    if (part === undefined || part === '') continue;
    owned.add(part);
    const slash = part.lastIndexOf('/');
    owned.add(`${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`);
    for (const r of relsOf(parts, part)) if (REWRITTEN_WITH_SHEET.test(r.type)) owned.add(r.target);
  }
  return [...parts.keys()].filter((p) => !owned.has(p));
}

function differing(before: Parts, after: Parts, names: readonly string[]): string[] {
  return names.filter((n) => !before.get(n)?.equals(after.get(n) ?? Buffer.alloc(0)));
}

function sheetSeen(seen: Seen, name: string): Seen['sheets'][number] {
  const found = seen.sheets.find((s) => s.name === name);
  if (!found)
    throw new Error(
      `LibreOffice does not see the sheet ${name} (${seen.sheets.map((s) => s.name).join(', ')})`,
    );
  return found;
}

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = workspace.io();
  const code = await main(argv, io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
}

uno.describe("people's parts of a workbook through sync, review and build (LibreOffice)", () => {
  const python = uno.python as string;
  let people: string;
  let toolSheets: string[];

  beforeAll(async () => {
    const base = await workspace.build('base.xlsx', 'en');
    toolSheets = (await openXlsx(base)).worksheets.map((ws) => ws.name);
    people = join(workspace.dir, 'people.xlsx');
    await addPeoplesParts(python, base, people, { chartOn: toolSheets[0] });
  });

  it('starts from a file that holds every part a colleague adds', async () => {
    const parts = await partsOf(people);
    const names = [...parts.keys()];
    for (const kind of [
      /^xl\/charts\/chart\d+\.xml$/,
      /^xl\/media\//,
      /^xl\/pivotTables\//,
      /^xl\/pivotCache\//,
      /^xl\/drawings\/drawing\d+\.xml$/,
    ])
      expect(names.some((n) => kind.test(n))).toBe(true);
    expect(names.filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(2);
    const bySheet = sheetParts(parts);
    expect(parts.get(bySheet.get('Locked') ?? '')?.toString('utf8')).toMatch(/<sheetProtection[^>]*password/);
    expect(parts.get(bySheet.get(toolSheets[0]) ?? '')?.toString('utf8')).toMatch(/<drawing /);
  });

  const operations: [string, (file: string) => string[]][] = [
    ['sync', (file) => ['sync', file]],
    ['review', (file) => ['review', file, '--week', '2026-W50']],
    ['build over it', (file) => ['build', EXAMPLE, '--out', file, '--lang', 'en']],
  ];

  it.each(operations)('%s keeps every part the tool does not own, byte for byte', async (label, argv) => {
    const file = join(workspace.dir, `${label.replace(/\W/g, '-')}.xlsx`);
    await copyFile(people, file);
    const before = await partsOf(file);
    const r = await run(...argv(file));
    if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.err}`);
    const after = await partsOf(file);
    const kept = peoplesParts(before, toolSheets);
    expect(kept.length).toBeGreaterThan(15);
    expect(kept.filter((p) => !after.has(p))).toEqual([]);
    expect(differing(before, after, kept)).toEqual([]);
    // The tool did write: its own sheets changed, the people's did not.
    expect(
      differing(
        before,
        after,
        [...WORKBOOK_PARTS].filter((p) => before.has(p)),
      ).length,
    ).toBeGreaterThan(0);

    const seen = inspectInLibreOffice(python, file);
    expect(sheetSeen(seen, 'Dashboard')).toMatchObject({ images: 1 });
    expect(sheetSeen(seen, 'Dashboard').charts).toHaveLength(1);
    expect(sheetSeen(seen, toolSheets[0]).charts).toHaveLength(1);
    expect(sheetSeen(seen, 'Pivot').pivots).toHaveLength(1);
    expect(sheetSeen(seen, 'Locked')).toMatchObject({ protected: true });
    expect(sheetSeen(seen, 'Hidden')).toMatchObject({ visible: false });
    expect(sheetSeen(seen, 'Data')).toMatchObject({ comments: 1 });
    expect(seen.names).toEqual(expect.arrayContaining(['SalesFigures', 'T_revenue', 'H_unit_price']));
    for (const name of PEOPLES_SHEETS) expect(seen.sheets.map((s) => s.name)).toContain(name);
    if (label === 'review')
      expect(seen.sheets.map((s) => s.name)).toEqual(
        expect.arrayContaining([expect.stringContaining('2026-W50')]),
      );
  });

  it('refuses to write into a sheet its owner protected, names it, and leaves the file as it was', async () => {
    const locked = join(workspace.dir, 'locked-tree.xlsx');
    await addPeoplesParts(python, join(workspace.dir, 'base.xlsx'), locked, { protect: toolSheets[0] });
    const bytes = await readFile(locked);
    for (const argv of [
      ['sync', locked],
      ['build', EXAMPLE, '--out', locked, '--lang', 'en'],
    ]) {
      const r = await run(...argv);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`"${toolSheets[0]}" is protected`);
      expect(r.err.split('\n')).toHaveLength(1);
      expect((await readFile(locked)).equals(bytes)).toBe(true);
    }
    const ja = await run('sync', locked, '--lang', 'ja');
    expect(ja.err).toContain(`シート「${toolSheets[0]}」は保護されている`);
    const seen = inspectInLibreOffice(python, locked);
    expect(sheetSeen(seen, toolSheets[0])).toMatchObject({ protected: true });
  });
});
