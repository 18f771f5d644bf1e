/**
 * A backcast read with names, where people read it: the tree sheet's 逆算式（名称） column
 * beside the formula in ids (which stays the one people edit), and `kpi-tree backcast`.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { cli, EXAMPLE, openXlsx, tempDir, text, treeLayout } from '../support/edits';
import { messages } from '../../src/core/i18n';

const EXAMPLE_EN = path.resolve(__dirname, '../../examples/sales-funnel.en.yaml');
const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => fs.rm(d, { recursive: true, force: true })));
});
async function built(plan: string, file: string): Promise<{ dir: string; file: string }> {
  const dir = await tempDir('kpi-tree-names-');
  dirs.push(dir);
  expect(await cli(dir, 'build', plan, '--out', file)).toMatchObject({ code: 0 });
  return { dir, file: path.join(dir, file) };
}

/** Each node's backcast (ids) and its reading (names), as the tree sheet shows them. */
async function readings(file: string): Promise<Record<string, [string, string]>> {
  const tree = treeLayout(await openXlsx(file));
  const headers = Object.values(messages['sheet.tree.col.backcastNames']);
  const named = [...tree.byHeader].find(([h]) => headers.includes(h))?.[1];
  expect(named).toBeDefined();
  const out: Record<string, [string, string]> = {};
  for (const [id, row] of tree.rowOf)
    out[id] = [
      text(tree.ws.getCell(row, tree.col.backcast!).value),
      text(tree.ws.getCell(row, named!).value),
    ];
  return out;
}

interface NodeJson {
  id: string;
  name: string;
  backcast: string | null;
  backcastInNames: string | null;
  monthly: number | null;
  weekly: number[] | null;
}
async function nodesOf(dir: string, file: string, ...args: string[]): Promise<NodeJson[]> {
  const r = await cli(dir, 'backcast', file, '--format', 'json', ...args);
  expect(r.code).toBe(0);
  return (JSON.parse(r.out) as { nodes: NodeJson[] }).nodes;
}

describe('the backcast with names', () => {
  it('the tree sheet reads each backcast with names, in the workbook’s language', async () => {
    const ja = await built(EXAMPLE, 'ja.xlsx');
    const jaRows = await readings(ja.file);
    expect(jaRows.contracts).toEqual(['revenue / unit_price', '月間売上 ÷ 平均受注単価']);
    expect(jaRows.calls).toEqual(['appointments / appointment_rate', 'アポ数 ÷ アポ獲得率']);
    expect(jaRows.revenue).toEqual(['', '']);
    const en = await built(EXAMPLE_EN, 'en.xlsx');
    expect((await readings(en.file)).contracts).toEqual([
      'revenue / unit_price',
      'Monthly revenue ÷ Average deal size',
    ]);
  });

  it('an edited backcast still reads back in ids, and sync reads it anew; what is typed over the reading changes nothing', async () => {
    const b = await built(EXAMPLE, 'edit.xlsx');
    const wb = await openXlsx(b.file);
    const tree = treeLayout(wb);
    const named = [...tree.byHeader].find(([h]) => h === '逆算式（名称）')![1];
    tree.ws.getCell(tree.rowOf.get('meetings')!, tree.col.backcast!).value = '(contracts + 2) / close_rate';
    tree.ws.getCell(tree.rowOf.get('contracts')!, named).value = '=HYPERLINK("http://x","y")';
    await wb.xlsx.writeFile(b.file);

    const read = await nodesOf(b.dir, 'edit.xlsx');
    const meetings = read.find((n) => n.id === 'meetings')!;
    expect(meetings.backcast).toBe('(contracts + 2) / close_rate');
    expect(meetings.backcastInNames).toBe('（成約件数 + 2） ÷ 成約率');
    expect(meetings.monthly).toBe(60);
    expect(read.find((n) => n.id === 'contracts')!.backcast).toBe('revenue / unit_price');

    expect((await cli(b.dir, 'sync', 'edit.xlsx')).code).toBe(0);
    const after = await readings(b.file);
    expect(after.meetings).toEqual(['(contracts + 2) / close_rate', '（成約件数 + 2） ÷ 成約率']);
    expect(after.contracts).toEqual(['revenue / unit_price', '月間売上 ÷ 平均受注単価']);
    expect(await nodesOf(b.dir, 'edit.xlsx')).toEqual(read);
  });

  it('kpi-tree backcast lists each backcast with names beside the formula; the JSON adds both, its fields kept', async () => {
    const dir = await tempDir('kpi-tree-names-');
    dirs.push(dir);
    const ja = await cli(dir, 'backcast', EXAMPLE);
    expect(ja.code).toBe(0);
    const lines = ja.out.split('\n');
    const at = lines.indexOf('各目標の逆算式');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1, at + 5).map((l) => l.trim().split(/ {2,}/))).toEqual([
      ['成約件数', '＝', '月間売上 ÷ 平均受注単価', 'revenue / unit_price'],
      ['商談数', '＝', '成約件数 ÷ 成約率', 'contracts / close_rate'],
      ['アポ数', '＝', '商談数 ÷ 商談化率', 'meetings / meeting_rate'],
      ['架電数', '＝', 'アポ数 ÷ アポ獲得率', 'appointments / appointment_rate'],
    ]);
    const en = await cli(dir, 'backcast', EXAMPLE_EN, '--lang', 'en');
    expect(en.out).toMatch(
      /How each target is backcast\n {2}Deals won += {2}Monthly revenue ÷ Average deal size +revenue \/ unit_price\n/,
    );

    const nodes = await nodesOf(dir, EXAMPLE);
    expect(Object.keys(nodes[1])).toEqual([
      'id',
      'level',
      'name',
      'unit',
      'aggregate',
      'monthly',
      'perWorkday',
      'weekly',
      'byMember',
      'backcast',
      'backcastInNames',
    ]);
    expect(nodes[1]).toMatchObject({
      id: 'contracts',
      backcast: 'revenue / unit_price',
      backcastInNames: '月間売上 ÷ 平均受注単価',
      monthly: 10,
    });
    expect(nodes[0]).toMatchObject({ id: 'revenue', backcast: null, backcastInNames: null });
  });
});
