/**
 * Numbers mean what was typed (issue 18), through the command line: a number cell whose
 * text is not one number, a goal of 0 or less, a backcast that goes negative and a value
 * past what a spreadsheet holds are each one error naming the cell, exit 2, and the file
 * is left as it was; `backcast --format json` never prints `null` for a target.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { sheetAddress } from '../../src/core/layout/a1';
import { cliWorkspace, edit } from '../support/cliWorkbooks';
import { cli, EXAMPLE, hypothesisRow, treeLayout } from '../support/edits';

const ws = cliWorkspace('kpi-tree-numbers-');
let built = 0;

/** A fresh Japanese workbook of the example, edited as a colleague would, and its bytes before any command. */
async function workbookWith(change: Parameters<typeof edit>[1]): Promise<{ file: string; before: Buffer }> {
  const file = await ws.build(`n${++built}.xlsx`, 'ja');
  await edit(file, change);
  return { file, before: await fs.readFile(file) };
}

async function expectRefused(file: string, before: Buffer, cell: string): Promise<string> {
  for (const command of [
    ['backcast', file],
    ['sync', file],
  ]) {
    const r = await cli(ws.dir, ...command, '--lang', 'en');
    expect({ command: command[0], code: r.code }).toEqual({ command: command[0], code: 2 });
    expect(r.err).toContain(cell);
    expect(r.out).toBe('');
  }
  // lint reports it as a finding at the cell, and fails as it does on any error.
  const lint = await cli(ws.dir, 'lint', file, '--lang', 'en');
  expect(lint.code).toBe(1);
  expect(lint.out).toContain(cell);
  expect(await fs.readFile(file)).toEqual(before);
  const ja = await cli(ws.dir, 'sync', file, '--lang', 'ja');
  return ja.err;
}

describe('a hypothesis typed as text that is not one number', () => {
  it.each(['1,5', '0x10', '1e'])(
    '"%s" stops every command with the cell named, file unchanged',
    async (text) => {
      let cell = '';
      const { file, before } = await workbookWith((wb) => {
        const h = hypothesisRow(wb, 'close_rate');
        h.ws.getCell(h.row, h.valueCol).value = text;
        cell = sheetAddress(h.ws.name, h.row, h.valueCol);
      });
      const ja = await expectRefused(file, before, cell);
      expect(ja).toContain(`「${text}」`);
      // One line: the hypothesis is not also reported as unknown in the backcast that uses it.
      expect(ja.split('\n').filter((l) => l.includes('エラー'))).toHaveLength(1);
    },
  );

  it('full-width digits typed in kana mode are the number they show', async () => {
    const { file } = await workbookWith((wb) => {
      const h = hypothesisRow(wb, 'unit_price');
      h.ws.getCell(h.row, h.valueCol).value = '１００，０００';
    });
    const r = await cli(ws.dir, 'backcast', file, '--format', 'json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { nodes: { id: string; monthly: number }[] };
    expect(json.nodes.find((n) => n.id === 'contracts')?.monthly).toBe(10);
  });
});

describe('values no plan should have, typed in the workbook', () => {
  it.each([-5, 0, 1e308])('a KGI target of %p is an error at its cell', async (target) => {
    let cell = '';
    const { file, before } = await workbookWith((wb) => {
      const t = treeLayout(wb);
      const row = t.rowOf.get('revenue') as number;
      t.ws.getCell(row, t.col.monthly as number).value = target;
      cell = sheetAddress(t.ws.name, row, t.col.monthly as number);
    });
    await expectRefused(file, before, cell);
  });

  it('a backcast that gives -1,000,000 contracts is an error at the backcast, naming the node', async () => {
    let cell = '';
    const { file, before } = await workbookWith((wb) => {
      const t = treeLayout(wb);
      const row = t.rowOf.get('contracts') as number;
      t.ws.getCell(row, t.col.backcast as number).value = 'revenue / unit_price - 1000010';
      cell = sheetAddress(t.ws.name, row, t.col.backcast as number);
    });
    const ja = await expectRefused(file, before, cell);
    expect(ja).toContain('「成約件数」の逆算結果が -1,000,000 とマイナスになります');
  });
});

describe('backcast --format json', () => {
  it('prints no null for a target: a goal past the sheet is refused instead', async () => {
    const plan = path.join(ws.dir, 'huge.yaml');
    await fs.writeFile(
      plan,
      (await fs.readFile(EXAMPLE, 'utf8')).replace('target: 1000000', 'target: 1e308'),
    );
    const r = await cli(ws.dir, 'backcast', plan, '--format', 'json');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('kpis[0].target');
  });

  it('prints a number for every target of a node that has one', async () => {
    const r = await cli(ws.dir, 'backcast', EXAMPLE, '--format', 'json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as {
      nodes: { level: string; monthly: unknown; perWorkday: unknown; weekly: unknown }[];
    };
    for (const n of json.nodes.filter((x) => x.level !== 'KCI')) {
      expect(typeof n.monthly).toBe('number');
      expect(typeof n.perWorkday).toBe('number');
      expect((n.weekly as unknown[]).every((w) => typeof w === 'number')).toBe(true);
    }
  });
});
