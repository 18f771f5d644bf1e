import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { writeWorkbookFile } from '../../src/hosts/xlsx/file';
import { openXlsx, tempDir } from '../support/edits';

function workbookSaying(text: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('S').getCell('A1').value = text;
  return wb;
}
const said = async (file: string): Promise<unknown> =>
  (await openXlsx(file)).getWorksheet('S')?.getCell('A1').value;

describe('writeWorkbookFile', () => {
  it('keeps exactly one previous generation as FILE.bak, and leaves no temporary file', async () => {
    const dir = await tempDir('kpi-tree-file-');
    const file = path.join(dir, 'w.xlsx');
    await writeWorkbookFile(workbookSaying('first'), file, { backup: true });
    expect(await fs.readdir(dir)).toEqual(['w.xlsx']); // nothing to back up yet
    await writeWorkbookFile(workbookSaying('second'), file, { backup: true });
    await writeWorkbookFile(workbookSaying('third'), file, { backup: true });
    expect((await fs.readdir(dir)).sort()).toEqual(['w.xlsx', 'w.xlsx.bak']);
    expect(await said(file)).toBe('third');
    expect(await said(`${file}.bak`)).toBe('second');
  });

  it('leaves the file as it was when the workbook cannot be written', async () => {
    const dir = await tempDir('kpi-tree-file-');
    const file = path.join(dir, 'w.xlsx');
    await writeWorkbookFile(workbookSaying('good'), file);
    const bytes = await fs.readFile(file);
    const broken = workbookSaying('never');
    jest.spyOn(broken.xlsx, 'writeBuffer').mockRejectedValue(new Error('disk full'));
    await expect(writeWorkbookFile(broken, file, { backup: true })).rejects.toThrow('disk full');
    expect((await fs.readFile(file)).equals(bytes)).toBe(true);
    expect(await fs.readdir(dir)).toEqual(['w.xlsx']);
  });

  it('removes its temporary file when the rename fails', async () => {
    const dir = await tempDir('kpi-tree-file-');
    const target = path.join(dir, 'taken.xlsx');
    await fs.mkdir(target);
    await fs.writeFile(path.join(target, 'inside'), 'x');
    await expect(writeWorkbookFile(workbookSaying('x'), target)).rejects.toThrow();
    expect(await fs.readdir(dir)).toEqual(['taken.xlsx']);
  });
});
