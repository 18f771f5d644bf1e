import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { readSnapshot, replaceFile } from '../../src/cli/files/replace';
import { openXlsx, tempDir } from '../support/edits';

async function workbookSaying(text: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('S').getCell('A1').value = text;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const said = async (file: string): Promise<unknown> =>
  (await openXlsx(file)).getWorksheet('S')?.getCell('A1').value;

/** Reads the file as a command does, then replaces it with a workbook saying `text`. */
async function write(file: string, text: string, backup = true): Promise<void> {
  await replaceFile(await workbookSaying(text), await readSnapshot(file), { backup });
}

describe('replaceFile', () => {
  it('keeps exactly one previous generation as FILE.bak, and leaves no temporary file', async () => {
    const dir = await tempDir('kpi-tree-file-');
    const file = path.join(dir, 'w.xlsx');
    await write(file, 'first');
    expect(await fs.readdir(dir)).toEqual(['w.xlsx']); // nothing to back up yet
    await write(file, 'second');
    await write(file, 'third');
    expect((await fs.readdir(dir)).sort()).toEqual(['w.xlsx', 'w.xlsx.bak']);
    expect(await said(file)).toBe('third');
    expect(await said(`${file}.bak`)).toBe('second');
  });

  it('leaves the file as it was when the workbook cannot be written', async () => {
    const dir = await tempDir('kpi-tree-file-');
    const file = path.join(dir, 'w.xlsx');
    await write(file, 'good', false);
    const bytes = await fs.readFile(file);
    const before = await readSnapshot(file);
    jest.spyOn(fs, 'open').mockRejectedValueOnce(new Error('disk full'));
    await expect(replaceFile(await workbookSaying('never'), before, { backup: true })).rejects.toThrow(
      'disk full',
    );
    jest.restoreAllMocks();
    expect((await fs.readFile(file)).equals(bytes)).toBe(true);
    expect(await fs.readdir(dir)).toEqual(['w.xlsx']);
  });

  it('removes its temporary files when the rename fails, and the file is the old one', async () => {
    const dir = await tempDir('kpi-tree-file-');
    const file = path.join(dir, 'taken.xlsx');
    await write(file, 'old', false);
    const bytes = await fs.readFile(file);
    const before = await readSnapshot(file);
    const rename = fs.rename;
    jest
      .spyOn(fs, 'rename')
      .mockImplementation(async (from, to) =>
        to === file ? Promise.reject(new Error('EIO: rename failed')) : rename(from, to),
      );
    await expect(replaceFile(await workbookSaying('x'), before, { backup: true })).rejects.toThrow('EIO');
    jest.restoreAllMocks();
    expect((await fs.readFile(file)).equals(bytes)).toBe(true);
    // The backup holds the previous good file: the one that is still there.
    expect((await fs.readdir(dir)).sort()).toEqual(['taken.xlsx', 'taken.xlsx.bak']);
    expect((await fs.readFile(`${file}.bak`)).equals(bytes)).toBe(true);
  });
});
