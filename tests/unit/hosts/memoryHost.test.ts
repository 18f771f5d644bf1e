import ExcelJS from 'exceljs';
import { buildTree } from '../../../src/app/build';
import { templateModel } from '../../../src/app/templates';
import { createLazyMemoryHost } from '../../../src/hosts/xlsx/lazyMemoryHost';
import { createMemoryHost } from '../../../src/hosts/xlsx/memoryHost';
import { appOn } from '../../support/app';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('memory host', () => {
  it('writes user text as text and dates as dates', async () => {
    const host = createMemoryHost();
    host.workbook().addWorksheet('S');
    await host.writeCells([
      { sheet: 'S', address: 'A1', value: '=HYPERLINK("http://x","y")' },
      { sheet: 'S', address: 'A2', value: { date: '2026-12-31' as never } },
      { sheet: 'S', address: 'A3', value: null, formula: 'A2+1' },
    ]);
    const ws = host.workbook().getWorksheet('S')!;
    expect(ws.getCell('A1').value).toBe('=HYPERLINK("http://x","y")');
    expect(ws.getCell('A1').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('A2').value).toBe(46387);
    expect(ws.getCell('A3').value).toEqual({ formula: 'A2+1' });
  });

  it('writes nothing when one of the cells is on a missing sheet', async () => {
    const host = createMemoryHost();
    host.workbook().addWorksheet('S');
    await expect(
      host.writeCells([
        { sheet: 'S', address: 'A1', value: 1 },
        { sheet: 'Gone', address: 'A1', value: 2 },
      ]),
    ).rejects.toThrow('"Gone"');
    expect(host.workbook().getWorksheet('S')!.getCell('A1').value).toBeNull();
  });

  it('announces changes once per quiet period, with the sheets that changed', async () => {
    const host = createMemoryHost(undefined, { debounceMs: 20 });
    host.workbook().addWorksheet('A');
    host.workbook().addWorksheet('B');
    const calls: string[][] = [];
    const stop = await host.onChange((sheets) => calls.push([...sheets].sort()));
    await host.writeCells([{ sheet: 'A', address: 'A1', value: 1 }]);
    await host.writeCells([{ sheet: 'B', address: 'A1', value: 2 }]);
    await wait(60);
    expect(calls).toEqual([['A', 'B']]);
    await stop();
    await host.writeCells([{ sheet: 'A', address: 'A2', value: 3 }]);
    await wait(60);
    expect(calls).toHaveLength(1);
  });

  it('saves an .xlsx that opens again with the same tree', async () => {
    const host = createMemoryHost();
    await buildTree(appOn(host, 'en'), { model: templateModel('saas', 'en') });
    const bytes = await host.save();
    const other = createMemoryHost();
    await other.open(bytes);
    expect(other.workbook().worksheets.map((w) => w.name)).toEqual(host.workbook().worksheets.map((w) => w.name));
    expect((await other.read()).names.length).toBe((await host.read()).names.length);
  });

  it('reports what apply wrote and which inputs it kept', async () => {
    const host = createMemoryHost();
    const first = await host.update((data) => ({ spec: null, result: data.sheets.length }));
    expect(first).toEqual({ result: 0, report: null });
    await buildTree(appOn(host, 'en'), { model: templateModel('sales-funnel', 'en') });
    const again = await buildTree(appOn(host, 'en'), { model: templateModel('sales-funnel', 'en') });
    expect(again.report.sheetsAdded).toEqual([]);
    expect(again.report.inputsKept).toBeGreaterThan(0);
    expect(again.report.cellsWritten).toBeGreaterThan(0);
  });
});

describe('lazy memory host', () => {
  it('reads an empty workbook without loading, loads on the first write, and forwards events', async () => {
    let loads = 0;
    const host = createLazyMemoryHost(async () => {
      loads++;
      return createMemoryHost(undefined, { debounceMs: 5 });
    });
    const changes: string[][] = [];
    const selections: string[] = [];
    await host.onChange((s) => changes.push([...s]));
    host.onSelect((s) => selections.push(`${s.sheet}!${s.address}`));
    expect(await host.read()).toEqual({ sheets: [], names: [] });
    expect(host.selection()).toBeNull();
    expect(loads).toBe(0);
    await buildTree(appOn(host, 'en'), { model: templateModel('sales-funnel', 'en') });
    await host.select('KPI Tree', 'B5');
    await wait(30);
    expect(loads).toBe(1);
    expect((await host.read()).sheets.map((s) => s.name)).toContain('KPI Tree');
    expect(selections).toEqual(['KPI Tree!B5']);
    expect(changes.length).toBe(1);
    expect(changes[0]).toContain('KPI Tree');
  });
});
