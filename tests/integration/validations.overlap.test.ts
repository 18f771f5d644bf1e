/**
 * Written data validations do not overlap (issue 18). The layout gives one range per
 * column (B5:B211); ExcelJS, which keeps validations per cell, used to save it as
 * B10:B211 and B5:B211. Checked in the saved XML itself, after build, sync and review:
 * every cell of each range the layout asks for has exactly one validation, of its kind.
 */
import { parseRange } from '../../src/core/layout/a1';
import { cliWorkspace, edit } from '../support/cliWorkbooks';
import { cli, treeLayout } from '../support/edits';
import { xlsxParts } from '../support/zipParts';

const ws = cliWorkspace('kpi-tree-validations-');

interface Written {
  readonly part: string;
  readonly type: string;
  readonly sqref: string;
}

function validationsOf(parts: Map<string, string>): Written[] {
  const out: Written[] = [];
  for (const [part, xml] of parts) {
    if (!part.startsWith('xl/worksheets/sheet')) continue;
    for (const m of xml.matchAll(/<dataValidation\b([^>]*)>/g)) {
      const type = /\btype="([^"]*)"/.exec(m[1])?.[1] ?? 'any';
      const sqref = /\bsqref="([^"]*)"/.exec(m[1])?.[1] ?? '';
      out.push({ part, type, sqref });
    }
  }
  return out;
}

/** Each cell's validations, per part: `sheet1.xml!B7` → how many and of which type. */
function cellsCovered(written: readonly Written[]): Map<string, string[]> {
  const cells = new Map<string, string[]>();
  for (const w of written) {
    for (const range of w.sqref.split(/\s+/).filter(Boolean)) {
      const rect = parseRange(range.includes(':') ? range : `${range}:${range}`);
      if (!rect) throw new Error(`unreadable sqref ${range}`);
      for (let r = rect.row1; r <= rect.row2; r++)
        for (let c = rect.col1; c <= rect.col2; c++) {
          const key = `${w.part}!${r},${c}`;
          cells.set(key, [...(cells.get(key) ?? []), w.type]);
        }
    }
  }
  return cells;
}

async function expectNoOverlap(file: string): Promise<Map<string, string[]>> {
  const written = validationsOf(await xlsxParts(file));
  expect(written.length).toBeGreaterThan(0);
  const cells = cellsCovered(written);
  const twice = [...cells]
    .filter(([, types]) => types.length > 1)
    .map(([cell, types]) => `${cell}: ${types.join(', ')}`);
  expect(twice.slice(0, 5)).toEqual([]);
  return cells;
}

describe('data validations as saved', () => {
  it('cover each cell once after build, sync and review, and still cover the whole column', async () => {
    const file = await ws.build('v.xlsx', 'ja');
    const built = await expectNoOverlap(file);
    // The level column from the first node row to the spare rows, every cell a list.
    const levels = [...built].filter(
      ([cell]) => /!\d+,2$/.test(cell) && cell.startsWith('xl/worksheets/sheet1.xml'),
    );
    const rows = levels.map(([cell]) => Number(/!(\d+),/.exec(cell)?.[1])).sort((a, b) => a - b);
    expect(rows[0]).toBe(5);
    expect(rows[rows.length - 1] - rows[0] + 1).toBe(rows.length);
    expect(rows.length).toBeGreaterThan(100);
    expect(levels.every(([, types]) => types.join() === 'list')).toBe(true);

    expect((await cli(ws.dir, 'sync', file)).code).toBe(0);
    await expectNoOverlap(file);
    expect((await cli(ws.dir, 'review', file, '--week', '2026-W50')).code).toBe(0);
    await expectNoOverlap(file);

    // A KPI typed at the bottom: the ranges grow, and still do not overlap.
    await edit(file, (wb) => {
      const t = treeLayout(wb);
      const row = t.nextRow;
      const put = (key: keyof typeof t.col, v: string): void => {
        t.ws.getCell(row, t.col[key] as number).value = v;
      };
      put('id', 'emails');
      put('level', 'KDI');
      put('name', 'メール送信数');
      put('parent', 'appointments');
      put('backcast', 'appointments / appointment_rate');
    });
    expect((await cli(ws.dir, 'sync', file)).code).toBe(0);
    await expectNoOverlap(file);
  });
});
