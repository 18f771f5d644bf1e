import JSZip from 'jszip';
import { buildTree } from '../../../src/app/build';
import { OperationError } from '../../../src/app/errors';
import { openWorkbookFile } from '../../../src/app/openFile';
import { templateModel } from '../../../src/app/templates';
import { render } from '../../../src/core/i18n';
import { createMemoryHost } from '../../../src/hosts/xlsx/memoryHost';
import { appOn } from '../../support/app';

async function refusal(bytes: Uint8Array, file: string): Promise<OperationError> {
  const host = createMemoryHost();
  await buildTree(appOn(host, 'ja'), { model: templateModel('sales-funnel', 'ja') });
  const sheets = host.workbook().worksheets.map((w) => w.name);
  const error = await openWorkbookFile(host, bytes, file).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OperationError);
  // The workbook in the pane is as it was.
  expect(host.workbook().worksheets.map((w) => w.name)).toEqual(sheets);
  return error as OperationError;
}

describe('openWorkbookFile', () => {
  it('refuses a file that is not a workbook in the person’s words, with what to do, and keeps the open workbook', async () => {
    const error = await refusal(new TextEncoder().encode('name,target\ncalls,300\n'), 'targets.csv');
    const ja = render('ja', error.problems[0].message);
    expect(ja).toBe(
      '「targets.csv」は .xlsx 形式のブックではない（またはパスワードで保護されている）ため開けません。Excel で「Excel ブック（*.xlsx）」としてパスワードなしで保存し直してから、もう一度開いてください。いまのブックはそのままです。',
    );
    const en = render('en', error.problems[0].message);
    expect(en).toContain('“targets.csv” is not an .xlsx workbook');
    // Not the zip library's own words, nor its link.
    for (const text of [ja, en]) expect(text).not.toMatch(/central directory|https?:|zip/i);
  });

  it('says a workbook it cannot read is damaged', async () => {
    const zip = new JSZip();
    zip.file(
      '[Content_Types].xml',
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>',
    );
    zip.file('xl/workbook.xml', '<workbook><sheets><sheet name=');
    zip.file('_rels/.rels', '<Relationships');
    const error = await refusal(await zip.generateAsync({ type: 'uint8array' }), 'plan.xlsx');
    expect(render('en', error.problems[0].message)).toMatch(
      /^“plan\.xlsx” could not be read: the file is damaged/,
    );
  });

  it('opens a workbook', async () => {
    const source = createMemoryHost();
    await buildTree(appOn(source, 'en'), { model: templateModel('saas', 'en') });
    const host = createMemoryHost();
    await openWorkbookFile(host, await source.save(), 'saas.xlsx');
    expect(host.workbook().worksheets.map((w) => w.name)).toContain('KPI Tree');
  });
});
