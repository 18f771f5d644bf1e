/**
 * Cells people merged by hand over what the tool writes (a header, the title) do not send
 * the rebuild's writes to the merged area's top-left cell, in either host.
 */
import { readAnalysis } from '../../../src/app/analysis';
import { buildTree, refreshWorkbook } from '../../../src/app/build';
import { templateModel } from '../../../src/app/templates';
import { createExcelHost } from '../../../src/hosts/excel';
import { createMemoryHost } from '../../../src/hosts/xlsx/memoryHost';
import { FakeExcel } from '../../support/fakeExcel';
import { appOn } from '../../support/app';

describe('merged cells over the tool’s cells', () => {
  it('ExcelJS host: a merged Hypotheses header and title are split, and the hypotheses still read', async () => {
    const host = createMemoryHost();
    await buildTree(appOn(host, 'en'), { model: templateModel('sales-funnel', 'en') });
    const ws = host.workbook().getWorksheet('Hypotheses')!;
    ws.mergeCells('A3:B3'); // the ID and Name headers
    host.workbook().getWorksheet('KPI Tree')!.mergeCells('A1:F1'); // the title, made to look centred
    await refreshWorkbook(appOn(host, 'en'));
    expect(ws.getCell('A3').value).toBe('ID');
    expect(ws.getCell('B3').value).toBe('Name');
    const analysis = await readAnalysis(appOn(host, 'en'));
    expect(analysis.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(analysis.model!.hypotheses).toHaveLength(4);
  });

  it('Office.js host: the same refresh splits the merges before writing, instead of failing', async () => {
    const excel = new FakeExcel();
    const host = createExcelHost(excel.runtime());
    await buildTree(appOn(host, 'ja'), { model: templateModel('sales-funnel', 'ja') });
    excel.merge('仮説', 'A3:B3');
    excel.merge('KPIツリー', 'A1:F1');
    await refreshWorkbook(appOn(host, 'ja'));
    expect(excel.sheet('仮説').merges).toEqual([]);
    expect(excel.sheet('仮説').cell('B3')?.value).toBe('名称');
    expect((await readAnalysis(appOn(host, 'ja'))).model!.hypotheses).toHaveLength(4);
  });
});
