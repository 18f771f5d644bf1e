/**
 * The memory host saves into the file it opened (standalone pane and CLI alike): every
 * part of the package the operation did not change leaves with the bytes it came with —
 * people's sheets, their formats and strings at the same indices, parts no library knows,
 * defined names that are formulas or local to a sheet (re-pointed when sheets move) —
 * and a change the owner's protection forbids is refused, nothing saved.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { buildTree, refreshWorkbook } from '../../../src/app/build';
import { describeFailure } from '../../../src/app/failure';
import { writeReview } from '../../../src/app/review';
import { loadPlanText } from '../../../src/core/model/parsePlan';
import { ProtectedSheetError, ProtectedWorkbookError } from '../../../src/hosts/xlsx/package/errors';
import { parseXml, serializeXml, XmlSyntaxError } from '../../../src/hosts/xlsx/package/xml';
import { createMemoryHost } from '../../../src/hosts/xlsx/memoryHost';
import { appOn } from '../../support/app';

const EXAMPLE = readFileSync(join(__dirname, '..', '..', '..', 'examples', 'sales-funnel.yaml'), 'utf8');
const CUSTOM_PART = 'customXml/item1.xml';
const CUSTOM_XML =
  '<?xml version="1.0"?>\n<budget xmlns="urn:example:budget"><!-- theirs --><line a=\'1\'>&amp;</line></budget>';

/** A KPI Tree workbook (English), with a sheet of people's own before the tool's sheets. */
async function teamWorkbook(change?: (wb: ExcelJS.Workbook) => Promise<void>): Promise<Uint8Array> {
  const loaded = loadPlanText(EXAMPLE.replace('lang: ja', 'lang: en'), 'yaml');
  if (loaded.model === null) throw new Error('the example does not load');
  const host = createMemoryHost();
  await buildTree(appOn(host, 'en'), {
    model: loaded.model,
    problems: loaded.problems,
    locate: loaded.locateNode,
  });
  const wb = host.workbook();
  const own = wb.addWorksheet('Our numbers');
  own.getCell('A1').value = 'Budget';
  own.getCell('A1').font = { bold: true, color: { argb: 'FFC00000' } };
  own.getCell('B1').value = 5_000_000;
  own.getCell('B1').numFmt = '#,##0 "yen"';
  own.getCell('C1').value = { formula: "'KPI Tree'!F5*2" };
  wb.definedNames.add("'Our numbers'!$B$1", 'Budget');
  await change?.(wb);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  // What no library knows: a custom part, and names that are a formula or belong to one sheet.
  zip.file(CUSTOM_PART, CUSTOM_XML);
  const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  zip.file(
    '[Content_Types].xml',
    types.replace('</Types>', `<Override PartName="/${CUSTOM_PART}" ContentType="application/xml"/></Types>`),
  );
  // People's sheet first, with a name of its own (localSheetId 0): a whole-workbook rebuild
  // puts the tool's sheets first, and the name must follow its sheet.
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const ownSheet = /<sheet [^>]*name="Our numbers"[^>]*\/>/.exec(workbook)?.[0] ?? '';
  const names = `<definedName name="Growth">1.05*1.1</definedName><definedName name="Mine" localSheetId="0">'Our numbers'!$A$1</definedName>`;
  zip.file(
    'xl/workbook.xml',
    workbook
      .replace(ownSheet, '')
      .replace('<sheets>', `<sheets>${ownSheet}`)
      .replace('</definedNames>', `${names}</definedNames>`),
  );
  return zip.generateAsync({ type: 'uint8array' });
}

async function open(bytes: Uint8Array): Promise<ReturnType<typeof createMemoryHost>> {
  const host = createMemoryHost();
  await host.open(bytes);
  return host;
}

async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const f of Object.values(zip.files)) if (!f.dir) out.set(f.name, await f.async('string'));
  return out;
}

function sheetPartOf(p: Map<string, string>, name: string): string {
  const rid = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(
    p.get('xl/workbook.xml') ?? '',
  )?.[1];
  const target =
    new RegExp(`<Relationship [^>]*Id="${rid}"[^>]*Target="([^"]+)"`).exec(
      p.get('xl/_rels/workbook.xml.rels') ?? '',
    )?.[1] ?? '';
  return `xl/${target.replace(/^\/?xl\//, '')}`;
}

const cellXfs = (styles: string): string[] =>
  [
    ...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(
      /<xf\b[^>]*?(\/>|>[\s\S]*?<\/xf>)/g,
    ),
  ].map((m) => m[0]);
const sharedStrings = (sst: string): string[] => [...sst.matchAll(/<si>[\s\S]*?<\/si>/g)].map((m) => m[0]);

describe('saving into the opened file', () => {
  it('gives back the very same bytes when nothing changed', async () => {
    const bytes = await teamWorkbook();
    const host = await open(bytes);
    await host.read();
    expect(Buffer.from(await host.save()).equals(Buffer.from(bytes))).toBe(true);
  });

  it("keeps people's sheets, formats, strings, unknown parts and names while the tool rewrites its own", async () => {
    const bytes = await teamWorkbook();
    const before = await parts(bytes);
    const host = await open(bytes);
    await refreshWorkbook(appOn(host, 'en'));
    await writeReview(appOn(host, 'en'), { week: '2026-W50' });
    const after = await parts(await host.save());

    expect(after.get(CUSTOM_PART)).toBe(CUSTOM_XML);
    expect(after.get('[Content_Types].xml')).toContain(`PartName="/${CUSTOM_PART}"`);
    const own = sheetPartOf(before, 'Our numbers');
    expect(sheetPartOf(after, 'Our numbers')).toBe(own);
    expect(after.get(own)).toBe(before.get(own));
    // Formats and strings only grow: every index people's cells use means what it meant.
    const xfsBefore = cellXfs(before.get('xl/styles.xml') ?? '');
    expect(cellXfs(after.get('xl/styles.xml') ?? '').slice(0, xfsBefore.length)).toEqual(xfsBefore);
    const stringsBefore = sharedStrings(before.get('xl/sharedStrings.xml') ?? '');
    expect(sharedStrings(after.get('xl/sharedStrings.xml') ?? '').slice(0, stringsBefore.length)).toEqual(
      stringsBefore,
    );

    const workbook = after.get('xl/workbook.xml') ?? '';
    const order = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    expect(order[0]).toBe('KPI Tree');
    expect(order).toContain('Review 2026-W50');
    expect(workbook).toContain('<definedName name="Growth">1.05*1.1</definedName>');
    expect(workbook).toContain(
      `<definedName name="Mine" localSheetId="${order.indexOf('Our numbers')}">'Our numbers'!$A$1</definedName>`,
    );
    expect(workbook).toMatch(
      /<definedName name="T_revenue">(?:'|&apos;)KPI Tree(?:'|&apos;)!\$[A-Z]+\$\d+<\/definedName>/,
    );
    expect(workbook).toContain('fullCalcOnLoad="1"');

    // And ExcelJS (like any reader) opens it with everything in place.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await host.save()).buffer);
    expect(wb.getWorksheet('Our numbers')?.getCell('A1').font?.bold).toBe(true);
    expect(wb.getWorksheet('Our numbers')?.getCell('B1').numFmt).toBe('#,##0 "yen"');
    expect(wb.getWorksheet('Review 2026-W50')).toBeDefined();
  });

  it('keeps a sheet no library reads (a chart sheet) where it was, after the sheet it followed', async () => {
    const zip = await JSZip.loadAsync(await teamWorkbook());
    const chartsheet =
      '<?xml version="1.0" encoding="UTF-8"?>\n<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetPr/><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>';
    zip.file('xl/chartsheets/sheet1.xml', chartsheet);
    const edits: [string, string, string][] = [
      [
        '[Content_Types].xml',
        '</Types>',
        '<Override PartName="/xl/chartsheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"/></Types>',
      ],
      [
        'xl/_rels/workbook.xml.rels',
        '</Relationships>',
        '<Relationship Id="rIdChart" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>',
      ],
    ];
    for (const [part, from, to] of edits)
      zip.file(part, ((await zip.file(part)?.async('string')) ?? '').replace(from, to));
    const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
    const own = /<sheet [^>]*name="Our numbers"[^>]*\/>/.exec(workbook)?.[0] ?? '';
    // The chart sheet takes the next sheet id after the file's own sheets.
    const nextId = Math.max(...[...workbook.matchAll(/sheetId="(\d+)"/g)].map((m) => Number(m[1]))) + 1;
    zip.file(
      'xl/workbook.xml',
      workbook.replace(own, `${own}<sheet name="Sales chart" sheetId="${nextId}" r:id="rIdChart"/>`),
    );
    const host = await open(await zip.generateAsync({ type: 'uint8array' }));
    await refreshWorkbook(appOn(host, 'en'));
    await writeReview(appOn(host, 'en'), { week: '2026-W50' });
    const after = await parts(await host.save());
    expect(after.get('xl/chartsheets/sheet1.xml')).toBe(chartsheet);
    expect(after.get('xl/_rels/workbook.xml.rels')).toContain('Target="chartsheets/sheet1.xml"');
    const order = [...(after.get('xl/workbook.xml') ?? '').matchAll(/<sheet [^>]*name="([^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(order.indexOf('Sales chart')).toBe(order.indexOf('Our numbers') + 1);
    expect(order).toContain('Review 2026-W50');
    expect(after.get('xl/workbook.xml')).toContain(
      `<definedName name="Mine" localSheetId="${order.indexOf('Our numbers')}">`,
    );
    expect([...(after.get('xl/workbook.xml') ?? '').matchAll(/name="Mine"/g)]).toHaveLength(1);
    // New tabs get sheet ids of their own, past the chart sheet's too.
    const ids = [...(after.get('xl/workbook.xml') ?? '').matchAll(/sheetId="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('refuses, naming the sheet, when the change would write into a protected sheet; protection elsewhere is kept', async () => {
    const bytes = await teamWorkbook(async (wb) => {
      await wb.getWorksheet('Our numbers')?.protect('theirs', {});
    });
    const host = await open(bytes);
    await writeReview(appOn(host, 'en'), { week: '2026-W50' });
    const saved = await parts(await host.save());
    const own = sheetPartOf(saved, 'Our numbers');
    expect(saved.get(own)).toMatch(/<sheetProtection [^>]*sheet="1"/);

    const locked = await teamWorkbook(async (wb) => {
      await wb.getWorksheet('Hypotheses')?.protect('', {});
    });
    const tree = await open(locked);
    await tree.writeCells([{ sheet: 'Hypotheses', address: 'C4', value: 120000 }]);
    const refused = await tree.save().catch((e: unknown) => e);
    expect(refused).toEqual(new ProtectedSheetError('Hypotheses'));
    // The standalone pane says it in the person's language, naming the sheet.
    expect(describeFailure('ja', 'pane.failed.download', refused).body).toContain(
      'シート「Hypotheses」は保護されているため',
    );
  });

  it('writes a review tab into a workbook whose tree sheet is protected: the review does not touch the tree', async () => {
    const bytes = await teamWorkbook(async (wb) => {
      await wb.getWorksheet('KPI Tree')?.protect('secret', {});
    });
    const before = await parts(bytes);
    const host = await open(bytes);
    await writeReview(appOn(host, 'en'), { week: '2026-W50' });
    const after = await parts(await host.save());
    const tree = sheetPartOf(before, 'KPI Tree');
    expect(after.get(tree)).toBe(before.get(tree));
    expect(after.get(tree)).toMatch(/<sheetProtection [^>]*sheet="1"/);
    expect(after.get('xl/workbook.xml')).toContain('name="Review 2026-W50"');
  });

  it('refuses to add a sheet to a workbook whose structure is protected', async () => {
    const zip = await JSZip.loadAsync(await teamWorkbook());
    const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
    zip.file(
      'xl/workbook.xml',
      workbook.replace('<sheets>', '<workbookProtection lockStructure="1"/><sheets>'),
    );
    const host = await open(await zip.generateAsync({ type: 'uint8array' }));
    await writeReview(appOn(host, 'en'), { week: '2026-W50' });
    await expect(host.save()).rejects.toBeInstanceOf(ProtectedWorkbookError);
  });
});

describe('the XML of a part', () => {
  it('comes back byte for byte when nothing in it is edited', async () => {
    const all = await parts(await teamWorkbook());
    const samples = [
      ...[...all.entries()].filter(([p]) => p.endsWith('.xml') || p.endsWith('.rels')).map(([, t]) => t),
      "<?xml version='1.0'?>\r\n<!-- c --><a:x xmlns:a='u' b = \"1\" c='&quot;'><![CDATA[<raw>]]><?pi x?>\n <y/>&#x41;</a:x>\n",
    ];
    for (const text of samples) expect(serializeXml(parseXml(text))).toBe(text);
  });

  it('refuses a DTD, so no entity is ever expanded', () => {
    expect(() => parseXml('<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>')).toThrow(XmlSyntaxError);
    expect(() => parseXml('<a><b></a>')).toThrow(XmlSyntaxError);
  });
});
