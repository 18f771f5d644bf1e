import { promises as fs } from 'node:fs';
import path from 'node:path';
import { EXAMPLE, buildExample, cli, hypothesisRow, openXlsx, snapshot, text, treeLayout } from '../support/edits';

describe('build → sync on an unchanged workbook', () => {
  it('changes no cell value or formula on any sheet', async () => {
    const { dir, file } = await buildExample();
    const before = snapshot(await openXlsx(file));
    const r = await cli(dir, 'sync', path.basename(file));
    expect(r.code).toBe(0);
    const after = snapshot(await openXlsx(file));
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const sheet of Object.keys(before)) {
      // Cell by cell, so a failure names the sheet and address.
      const addresses = new Set([...Object.keys(before[sheet] ?? {}), ...Object.keys(after[sheet] ?? {})]);
      for (const a of addresses) expect([sheet, a, after[sheet]?.[a]]).toEqual([sheet, a, before[sheet]?.[a]]);
    }
  });

  it('a second sync is a fixed point too', async () => {
    const { dir, file } = await buildExample();
    expect((await cli(dir, 'sync', path.basename(file))).code).toBe(0);
    const once = snapshot(await openXlsx(file));
    expect((await cli(dir, 'sync', path.basename(file))).code).toBe(0);
    expect(snapshot(await openXlsx(file))).toEqual(once);
  });
});

describe('build PLAN --out EXISTING.xlsx', () => {
  it('keeps typed owners and hypothesis values, and keeps the previous file as .bak', async () => {
    const { dir, file } = await buildExample();
    const wb = await openXlsx(file);
    const t = treeLayout(wb);
    t.ws.getCell(t.rowOf.get('meetings') as number, t.col.owner as number).value = '=owner typed';
    t.ws.getCell(t.rowOf.get('calls') as number, t.col.owner as number).value = '木村';
    const h = hypothesisRow(wb, 'unit_price');
    h.ws.getCell(h.row, h.valueCol).value = 125000;
    await wb.xlsx.writeFile(file);
    const edited = await fs.readFile(file);

    const r = await cli(dir, 'build', EXAMPLE, '--out', path.basename(file));
    expect(r.code).toBe(0);
    expect((await fs.readFile(`${file}.bak`)).equals(edited)).toBe(true);
    const after = await openXlsx(file);
    const t2 = treeLayout(after);
    expect(t2.ws.getCell(t2.rowOf.get('meetings') as number, t2.col.owner as number).value).toBe('=owner typed');
    expect(text(t2.ws.getCell(t2.rowOf.get('calls') as number, t2.col.owner as number).value)).toBe('木村');
    expect(text(t2.ws.getCell(t2.rowOf.get('revenue') as number, t2.col.owner as number).value)).toBe('山田');
    const h2 = hypothesisRow(after, 'unit_price');
    expect(h2.ws.getCell(h2.row, h2.valueCol).value).toBe(125000);
    const h3 = hypothesisRow(after, 'close_rate');
    expect(h3.ws.getCell(h3.row, h3.valueCol).value).toBe(0.2);
  });
});
