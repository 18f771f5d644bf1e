import type ExcelJS from 'exceljs';
import { treeLayout } from '../../support/edits';

/** ExcelJS keeps data validations on the worksheet without declaring them. */
const validations = (ws: ExcelJS.Worksheet): { model: Record<string, unknown> } =>
  (ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations;
import { buildInMemory, reopen, syncInMemory } from '../../support/memorySync';

describe('sync restores the tool’s formats, validations and frozen header', () => {
  it('after people cleared them', async () => {
    const built = await reopen(buildInMemory());
    const t = treeLayout(built);
    const target = t.ws.getCell(t.rowOf.get('revenue') as number, t.col.monthly as number);
    const weekly = t.ws.getCell(t.rowOf.get('calls') as number, (t.col.perWorkday as number) + 1);
    const want = {
      numFmt: target.numFmt,
      fill: target.fill,
      weekly: weekly.numFmt,
      validations: Object.keys(validations(t.ws).model).length,
      views: t.ws.views,
    };
    expect(want.numFmt).toContain('#,##0');
    expect(want.validations).toBeGreaterThan(0);
    target.numFmt = 'General';
    target.fill = { type: 'pattern', pattern: 'none' };
    weekly.numFmt = '0.000';
    validations(t.ws).model = {};
    t.ws.views = [];
    syncInMemory(built);
    const after = await reopen(built);
    const a = treeLayout(after);
    const target2 = a.ws.getCell(a.rowOf.get('revenue') as number, a.col.monthly as number);
    expect({
      numFmt: target2.numFmt,
      fill: target2.fill,
      weekly: a.ws.getCell(a.rowOf.get('calls') as number, (a.col.perWorkday as number) + 1).numFmt,
      validations: Object.keys(validations(a.ws).model).length,
      views: a.ws.views,
    }).toEqual(want);
  });
});
