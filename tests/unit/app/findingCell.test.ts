import { hypothesisCell, readAnalysis } from '../../../src/app/analysis';
import { buildTree } from '../../../src/app/build';
import { findingField } from '../../../src/app/findingCell';
import { templateModel } from '../../../src/app/templates';
import { sheetAddress } from '../../../src/core/rules';
import { createMemoryHost } from '../../../src/hosts/xlsx/memoryHost';
import { appOn } from '../../support/app';

async function funnel() {
  const host = createMemoryHost();
  await buildTree(appOn(host, 'en'), { model: templateModel('sales-funnel', 'en') });
  return host;
}

describe('findingField', () => {
  it('knows a finding’s cell as the field it is, and whether it is filled in', async () => {
    const host = await funnel();
    const ws = host.workbook().getWorksheet('KPI Tree')!;
    const before = await readAnalysis(appOn(host, 'en'));
    const row = before.read.tree!.nodeRows.find((r) => r.id === 'meetings')!.row;
    ws.getCell(row, before.read.tree!.columns.owner!).value = null;
    const analysis = await readAnalysis(appOn(host, 'en'));
    const finding = analysis.findings.find((f) => f.rule === 'missing-owner' && f.node === 'meetings')!;
    expect(findingField(analysis, finding.cell!)).toEqual({ sheet: 'tree', field: 'owner', filled: false });
    const deadline = sheetAddress('KPI Tree', row, analysis.read.tree!.columns.deadline!);
    expect(findingField(analysis, deadline)).toEqual({ sheet: 'tree', field: 'deadline', filled: true });
    const rate = hypothesisCell(analysis, 'close_rate')!;
    expect(findingField(analysis, `'${rate.sheet}'!${rate.address}`)).toEqual({
      sheet: 'hypotheses',
      field: 'value',
      filled: true,
    });
    expect(findingField(analysis, sheetAddress('Calendar', 1, 1))).toBeNull();
    expect(findingField(analysis, 'not a cell')).toBeNull();
  });

  it('follows a column a colleague moved, by its header', async () => {
    const host = await funnel();
    const ws = host.workbook().getWorksheet('KPI Tree')!;
    const owner = (await readAnalysis(appOn(host, 'en'))).read.tree!.columns.owner!;
    // A column of notes inserted before the owner's.
    ws.spliceColumns(owner, 0, []);
    const analysis = await readAnalysis(appOn(host, 'en'));
    expect(analysis.read.tree!.columns.owner).toBe(owner + 1);
    const row = analysis.read.tree!.nodeRows[0].row;
    expect(findingField(analysis, sheetAddress('KPI Tree', row, owner + 1))).toMatchObject({
      field: 'owner',
    });
    expect(findingField(analysis, sheetAddress('KPI Tree', row, owner))).toBeNull();
  });
});
