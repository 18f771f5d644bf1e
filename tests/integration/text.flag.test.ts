/**
 * User text is data, also after someone edits the cell. Text that begins with `=`, `+`,
 * `-` or `@` (or that a spreadsheet would otherwise read as a number or a date) is
 * written with the cell's "text" flag, the quote prefix, so pressing F2 and Enter on it
 * keeps it text; leading tabs, CR and spaces are kept (`\t=1+1` stays `\t=1+1`). Both the
 * file the CLI writes and the one the standalone pane downloads carry the flag; the
 * Office.js host gets it from Excel itself through the same rule (`'` + text). A name
 * with a line break stays on one line in `lint` and `backcast` text.
 */
import { promises as fs } from 'fs';
import { join } from 'path';
import JSZip from 'jszip';
import { buildTree } from '../../src/app/build';
import { main } from '../../src/cli/main';
import { loadPlanText } from '../../src/core/model/parsePlan';
import { textInput } from '../../src/hosts/excel/textSafety';
import { createMemoryHost } from '../../src/hosts/xlsx/memoryHost';
import { appOn } from '../support/app';
import { cliWorkspace } from '../support/cliWorkbooks';
import { openXlsx, treeLayout } from '../support/edits';

const NAMES: Record<string, string> = {
  revenue: '\t=1+1',
  contracts: '=HYPERLINK("http://example.com","click")',
  meetings: '+81 3 1234 5678',
  calls: '-5 pts',
  visits: '@everyone',
};

const PLAN = `version: 1
title: Text that looks like more
month: 2026-12
lang: en
hypotheses:
  - { id: unit_price, name: Unit price, value: 100000 }
kpis:
  - { id: revenue, level: KGI, name: ${JSON.stringify(NAMES.revenue)}, target: 1000000, owner: A, notes: "  two spaces first" }
  - { id: contracts, level: KPI, parent: revenue, name: ${JSON.stringify(NAMES.contracts)}, backcast: revenue / unit_price, owner: A }
  - { id: meetings, level: KPI, parent: contracts, name: ${JSON.stringify(NAMES.meetings)}, backcast: contracts * 5, owner: A }
  - { id: calls, level: KDI, parent: meetings, name: ${JSON.stringify(NAMES.calls)}, backcast: meetings * 10, owner: A, controllable: true }
  - { id: visits, level: KDI, parent: meetings, name: ${JSON.stringify(NAMES.visits)}, backcast: meetings * 2, owner: A, controllable: true }
`;

const workspace = cliWorkspace('kpi-tree-text-', {
  setup: (dir) => fs.writeFile(join(dir, 'plan.yaml'), PLAN),
});

/** Each cell of a sheet as the file holds it: its shared string's text and whether its format has the quote prefix. */
async function flaggedCells(
  bytes: Buffer | Uint8Array,
  sheetName: string,
): Promise<Map<string, { text: string; flagged: boolean }>> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (p: string): Promise<string> => (await zip.file(p)?.async('string')) ?? '';
  const workbook = await read('xl/workbook.xml');
  const rels = await read('xl/_rels/workbook.xml.rels');
  const rid = new RegExp(`<sheet [^>]*name="${sheetName}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels);
  const sheet = await read(`xl/${(target?.[1] ?? target?.[2] ?? '').replace(/^\/?xl\//, '')}`);
  const strings = [...(await read('xl/sharedStrings.xml')).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    [...(m[1] ?? '').matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join(''),
  );
  const cellXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(await read('xl/styles.xml'))?.[1] ?? '';
  const xfs = [...cellXfs.matchAll(/<xf\b[^>]*?(\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
  const out = new Map<string, { text: string; flagged: boolean }>();
  for (const m of sheet.matchAll(/<c r="([A-Z]+\d+)"([^>]*)>\s*<v>(\d+)<\/v>/g)) {
    if (!/t="s"/.test(m[2] ?? '')) continue;
    const s = Number(/ s="(\d+)"/.exec(m[2] ?? '')?.[1] ?? 0);
    const text = (strings[Number(m[3])] ?? '')
      .replace(/&#13;|_x000D_/g, '\r')
      .replace(/&amp;/g, '&')
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>');
    out.set(m[1] ?? '', { text, flagged: /quotePrefix="1"/.test(xfs[s] ?? '') });
  }
  return out;
}

async function expectNamesFlagged(bytes: Buffer | Uint8Array): Promise<void> {
  const cells = await flaggedCells(bytes, 'KPI Tree');
  const byText = new Map([...cells.values()].map((c) => [c.text, c.flagged]));
  for (const name of Object.values(NAMES))
    expect({ name, flagged: byText.get(name) }).toEqual({ name, flagged: true });
  // Plain words stay plain: no apostrophe in the formula bar for them.
  expect(byText.get('Unit price') ?? byText.get('Name')).toBe(false);
}

describe('text a spreadsheet would read as more than text', () => {
  it('is written exactly, leading tab and spaces kept, with the text flag, by build and again by sync', async () => {
    const file = join(workspace.dir, 'flags.xlsx');
    expect(await main(['build', join(workspace.dir, 'plan.yaml'), '--out', file], workspace.io())).toBe(0);
    await expectNamesFlagged(await fs.readFile(file));
    const tree = treeLayout(await openXlsx(file));
    for (const [id, name] of Object.entries(NAMES))
      expect(tree.ws.getCell(tree.rowOf.get(id) ?? 0, tree.col.name ?? 0).value).toBe(name);
    expect(tree.ws.getCell(tree.rowOf.get('revenue') ?? 0, tree.col.notes ?? 0).value).toBe(
      '  two spaces first',
    );

    expect(await main(['sync', file], workspace.io())).toBe(0);
    await expectNamesFlagged(await fs.readFile(file));
    const again = treeLayout(await openXlsx(file));
    for (const [id, name] of Object.entries(NAMES))
      expect(again.ws.getCell(again.rowOf.get(id) ?? 0, again.col.name ?? 0).value).toBe(name);
  });

  it('is flagged in the file the standalone pane downloads, and by the same rule the Office.js host follows', async () => {
    const loaded = loadPlanText(PLAN, 'yaml');
    if (loaded.model === null) throw new Error('the plan does not load');
    const host = createMemoryHost();
    await buildTree(appOn(host, 'en'), {
      model: loaded.model,
      problems: loaded.problems,
      locate: loaded.locateNode,
    });
    await expectNamesFlagged(await host.save());
    for (const name of Object.values(NAMES)) expect(textInput(name)).toBe(`'${name}`);
  });
});

describe('a name with a line break', () => {
  const plan = PLAN.replace(
    'owner: A, controllable: true }\n  - { id: visits',
    'controllable: true }\n  - { id: visits',
  ).replace(JSON.stringify(NAMES.calls), '"Calls\\nmade"');

  it('stays on one line in backcast and lint text', async () => {
    const file = join(workspace.dir, 'newline.yaml');
    await fs.writeFile(file, plan);
    for (const command of ['backcast', 'lint']) {
      const io = workspace.io();
      await main([command, file], io);
      const lines = io.stdout.join('\n').split('\n');
      const mentioning = lines.filter((l) => l.includes('Calls'));
      expect({ command, found: mentioning.length > 0 }).toEqual({ command, found: true });
      for (const line of mentioning) expect(line).toContain('Calls\\nmade');
      expect(lines.some((l) => l.startsWith('made'))).toBe(false);
    }
  });
});
