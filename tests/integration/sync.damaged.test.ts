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
    const r = await cli(dir, command, command === 'sync' ? path.basename(file) : file);
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
