import { promises as fs } from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { buildExample, cli, hypothesisRow, openXlsx, sheetByKey, treeLayout } from '../support/edits';

interface Damage {
  readonly name: string;
  readonly damage: (wb: ExcelJS.Workbook) => void;
  /** What the message must name: a sheet or a cell. */
  readonly names: (wb: ExcelJS.Workbook) => RegExp;
}

const DAMAGES: Damage[] = [
  {
    name: 'tree sheet deleted',
    damage: (wb) => wb.removeWorksheet(sheetByKey(wb, 'sheet.tree').id),
    names: () => /KPI Tree|KPIツリー|tree/i,
  },
  {
    name: 'header row removed',
    damage: (wb) => {
      const t = treeLayout(wb);
      t.ws.spliceRows(t.headerRow, 1);
    },
    names: () => /KPIツリー/,
  },
  {
    name: 'Settings sheet deleted',
    damage: (wb) => wb.removeWorksheet(sheetByKey(wb, 'sheet.settings').id),
    names: () => /Settings|設定/,
  },
  {
    name: '#REF! in the KGI target cell',
    damage: (wb) => {
      const t = treeLayout(wb);
      t.ws.getCell(t.rowOf.get('revenue') as number, t.col.monthly as number).value = { error: '#REF!' } as ExcelJS.CellErrorValue;
    },
    names: (wb) => {
      const t = treeLayout(wb);
      return new RegExp(`KPIツリー'?!${t.ws.getCell(t.rowOf.get('revenue') as number, t.col.monthly as number).address}\\b`);
    },
  },
  {
    name: 'non-numeric hypothesis',
    damage: (wb) => {
      const h = hypothesisRow(wb, 'close_rate');
      h.ws.getCell(h.row, h.valueCol).value = 'twenty percent';
    },
    names: (wb) => {
      const h = hypothesisRow(wb, 'close_rate');
      return new RegExp(`${h.ws.name}'?!${h.ws.getCell(h.row, h.valueCol).address}\\b`);
    },
  },
];

describe.each(DAMAGES)('damaged workbook: $name', ({ damage, names }) => {
  let dir: string;
  let file: string;
  let pattern: RegExp;
  beforeAll(async () => {
    ({ dir, file } = await buildExample());
    const wb = await openXlsx(file);
    pattern = names(wb);
    damage(wb);
    await wb.xlsx.writeFile(file);
  });

  it.each(['sync', 'backcast'])('%s exits 2 naming the sheet or cell, and leaves the file alone', async (command) => {
    const bytes = await fs.readFile(file);
    // backcast gets the absolute path: it does not resolve FILE against the cwd (see the test below).
    const r = await cli(dir, command, command === 'sync' ? path.basename(file) : file, '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(pattern);
    expect((await fs.readFile(file)).equals(bytes)).toBe(true);
    expect((await fs.readdir(dir)).filter((f) => f !== path.basename(file))).toEqual([]);
  });
});

describe('backcast FILE.xlsx', () => {
  it('resolves a relative FILE against the working directory, like sync does', async () => {
    const { dir, file } = await buildExample();
    const r = await cli(dir, 'backcast', path.basename(file));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });
});

interface Repair {
  readonly name: string;
  readonly damage: (wb: ExcelJS.Workbook) => void;
  /** What stderr must say: the cell or the name, and the warning. */
  readonly says: (wb: ExcelJS.Workbook) => RegExp;
  /** The repair is in the file: true when it is. */
  readonly repaired: (after: ExcelJS.Workbook) => boolean;
}

const monthlyOf = (wb: ExcelJS.Workbook, id: string): ExcelJS.Cell => {
  const t = treeLayout(wb);
  return t.ws.getCell(t.rowOf.get(id) as number, t.col.monthly as number);
};
const hasFormula = (c: ExcelJS.Cell): boolean => typeof (c.value as { formula?: unknown } | null)?.formula === 'string';

const REPAIRS: Repair[] = [
  {
    name: '#REF! in a generated target',
    damage: (wb) => {
      monthlyOf(wb, 'meetings').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
    },
    says: (wb) => new RegExp(`KPIツリー'?!${monthlyOf(wb, 'meetings').address} \\(meetings\\): warning: .*#REF!`),
    repaired: (after) => hasFormula(monthlyOf(after, 'meetings')),
  },
  {
    name: 'a number typed over a generated target',
    damage: (wb) => {
      monthlyOf(wb, 'calls').value = 999;
    },
    says: (wb) => new RegExp(`KPIツリー'?!${monthlyOf(wb, 'calls').address} \\(calls\\): warning: "999" was typed over a formula`),
    repaired: (after) => hasFormula(monthlyOf(after, 'calls')),
  },
  {
    // Excel writes the name of deleted cells as `#REF!`; ExcelJS drops such a name when it
    // reads the file, so a name that is gone is what the reader sees of it.
    name: 'a defined name pointing nowhere (gone)',
    damage: (wb) => {
      wb.definedNames.model = wb.definedNames.model.filter((m) => m.name !== 'T_contracts');
    },
    says: () => /warning: The name T_contracts is missing \(or pointed nowhere\); sync recreates it/,
    repaired: (after) => {
      const at = monthlyOf(after, 'contracts');
      return after.definedNames.model.some((m) => m.name === 'T_contracts' && (m.ranges[0] ?? '').replace(/\$/g, '').endsWith(`!${at.address}`));
    },
  },
  {
    name: 'a defined name pointing to a deleted sheet',
    damage: (wb) => {
      wb.definedNames.model = wb.definedNames.model.map((m) => (m.name === 'W_meetings' ? { ...m, ranges: ['Gone!$I$7:$M$7'] } : m));
    },
    says: () => /warning: The name W_meetings points nowhere/,
    repaired: (after) => after.definedNames.model.some((m) => m.name === 'W_meetings' && /KPIツリー/.test(m.ranges[0] ?? '')),
  },
];

describe.each(REPAIRS)('repaired by sync, and reported: $name', ({ damage, says, repaired }) => {
  it('exits 0, names the cell or the name, keeps the damaged file as .bak, and writes the repair', async () => {
    const { dir, file } = await buildExample();
    const wb = await openXlsx(file);
    const pattern = says(wb);
    damage(wb);
    expect(repaired(wb)).toBe(false); // the damage is real
    await wb.xlsx.writeFile(file);
    const damaged = await fs.readFile(file);
    const r = await cli(dir, 'sync', path.basename(file), '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.err).toMatch(pattern);
    expect((await fs.readFile(`${file}.bak`)).equals(damaged)).toBe(true);
    expect(repaired(await openXlsx(file))).toBe(true);
  });
});

describe('a freshly built workbook', () => {
  it('syncs without a warning (no false repair)', async () => {
    const { dir, file } = await buildExample();
    const r = await cli(dir, 'sync', path.basename(file), '--lang', 'en');
    expect(r).toEqual({ code: 0, out: 'Wrote plan.xlsx', err: '' });
  });
});
