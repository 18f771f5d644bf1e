/**
 * What a person sees on opening a built workbook (issue: the KPI tree sheet, hypotheses
 * as styled inputs, the calendar): the tree's columns in order, depth first with names
 * indented under their parent, the header frozen, readable widths, yen with thousands
 * separators, counts as integers, rates as percentages, inputs styled as inputs.
 */
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { messages } from '../../src/core/i18n';
import { TREE_COLUMN_KEYS, TREE_HEADER_KEYS } from '../../src/core/layout/treeColumns';
import { cli, hypothesisRow, openXlsx, sheetByKey, tempDir, text, treeLayout } from '../support/edits';

const EXAMPLE = path.resolve(__dirname, '../../examples/sales-funnel.yaml');

describe.each(['ja', 'en'] as const)('a built sales funnel (%s)', (lang) => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    const dir = await tempDir('kpi-tree-layout-');
    expect((await cli(dir, 'build', EXAMPLE, '--out', 'x.xlsx', '--lang', lang)).code).toBe(0);
    wb = await openXlsx(path.join(dir, 'x.xlsx'));
  });

  it('has the tree’s columns in order, a column per ISO week between per-day target and owner', () => {
    const t = treeLayout(wb);
    expect(t.ws.name).toBe(messages['sheet.tree'][lang]);
    const headers = (t.ws.getRow(t.headerRow).values as ExcelJS.CellValue[])
      .slice(1)
      .map((v) => text(v ?? null));
    const expected: string[] = [];
    for (const key of TREE_COLUMN_KEYS) {
      expected.push(messages[TREE_HEADER_KEYS[key]][lang]);
      if (key === 'perWorkday') expected.push('2026-W49', '2026-W50', '2026-W51', '2026-W52', '2026-W53');
    }
    expect(headers.slice(0, expected.length)).toEqual(expected);
  });

  it('lists nodes depth first, each name indented deeper than its parent’s, the backcast as written', () => {
    const t = treeLayout(wb);
    expect([...t.rowOf.keys()]).toEqual([
      'revenue',
      'contracts',
      'meetings',
      'appointments',
      'calls',
      'talk_quality',
      'interest_level',
    ]);
    const indent = (id: string): number =>
      t.ws.getCell(t.rowOf.get(id) as number, t.col.name as number).alignment?.indent ?? 0;
    expect(indent('contracts')).toBeGreaterThan(indent('revenue'));
    expect(indent('meetings')).toBeGreaterThan(indent('contracts'));
    expect(indent('calls')).toBeGreaterThan(indent('appointments'));
    expect(indent('talk_quality')).toBe(indent('appointments'));
    expect(indent('interest_level')).toBe(indent('appointments'));
    expect(t.ws.getCell(t.rowOf.get('meetings') as number, t.col.backcast as number).value).toBe(
      'contracts / close_rate',
    );
  });

  it('freezes the header and the names, and gives every column a readable width', () => {
    const t = treeLayout(wb);
    expect(t.ws.views[0]).toMatchObject({ state: 'frozen', ySplit: t.headerRow, xSplit: t.col.name });
    for (let c = 1; c <= (t.col.notes as number); c++)
      expect(t.ws.getColumn(c).width ?? 0).toBeGreaterThanOrEqual(6);
    expect(t.ws.getColumn(t.col.name as number).width ?? 0).toBeGreaterThanOrEqual(20);
  });

  it('shows yen with thousands separators, counts as integers and rates as percentages', () => {
    const t = treeLayout(wb);
    const fmt = (id: string, col: number): string => t.ws.getCell(t.rowOf.get(id) as number, col).numFmt;
    expect(fmt('revenue', t.col.monthly as number)).toBe('"¥"#,##0');
    expect(fmt('meetings', t.col.monthly as number)).toBe('#,##0');
    expect(fmt('meetings', (t.col.perWorkday as number) + 1)).toBe('#,##0'); // a week
    const h = hypothesisRow(wb, 'close_rate');
    expect(h.ws.getCell(h.row, h.valueCol).numFmt).toBe('0.0%');
    const price = hypothesisRow(wb, 'unit_price');
    expect(price.ws.getCell(price.row, price.valueCol).numFmt).toBe('"¥"#,##0');
  });

  it('styles inputs as inputs (blue on light yellow): hypothesis values, the KGI target, owners', () => {
    const t = treeLayout(wb);
    const looksInput = (c: ExcelJS.Cell): boolean =>
      (c.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb === 'FFFFF2CC' &&
      c.font?.color?.argb === 'FF0000FF';
    const h = hypothesisRow(wb, 'close_rate');
    expect(looksInput(h.ws.getCell(h.row, h.valueCol))).toBe(true);
    expect(looksInput(t.ws.getCell(t.rowOf.get('revenue') as number, t.col.monthly as number))).toBe(true);
    expect(looksInput(t.ws.getCell(t.rowOf.get('meetings') as number, t.col.owner as number))).toBe(true);
    // A generated target is not an input.
    expect(looksInput(t.ws.getCell(t.rowOf.get('meetings') as number, t.col.monthly as number))).toBe(false);
    // Each value cell is its H_ name.
    const ranges = new Map(wb.definedNames.model.map((m) => [m.name, m.ranges[0]]));
    expect((ranges.get('H_close_rate') ?? '').replace(/\$/g, '')).toMatch(
      new RegExp(`!${h.ws.getCell(h.row, h.valueCol).address}$`),
    );
  });

  it('lists the month’s holidays on the Calendar sheet for people to edit', () => {
    const cal = sheetByKey(wb, 'sheet.calendar');
    const dates: string[] = [];
    cal.eachRow((row, r) => {
      const v = row.getCell(9).value;
      if (r > 3 && v instanceof Date) dates.push(v.toISOString().slice(0, 10));
    });
    expect(dates).toEqual(['2026-12-29', '2026-12-30', '2026-12-31']);
  });
});
