/**
 * The add-in manifest, read through office-addin-manifest's own parser: what the add-in
 * is (id, version in step with package.json, Excel only, ReadWriteDocument, en-US with
 * ja-JP overrides, its pages at https://localhost:3000), its ribbon, and every icon it
 * names being a real PNG in assets/ of the size the manifest says. Schema validation is
 * `npm run validate` (tests/integration/manifest.validate.test.ts).
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { ManifestInfo } from 'office-addin-manifest/lib/manifestInfo';
import { declaredExcelApi, DEV_ORIGIN, readManifest, ROOT, type ManifestElement } from '../support/manifest';

const ID = '22062bb3-2673-48e4-a811-65133e7ca611';
/** Icon sizes: 16, 32, 80 (ribbon, required), 64 (high DPI), 32 and 64 (IconUrl, HighResolutionIconUrl), 128 (listings). */
const SIZES = [16, 32, 64, 80, 128];

/** Width and height from a PNG's IHDR chunk; throws when the file is not a PNG. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('ascii', 12, 16) !== 'IHDR')
    throw new Error(`${file} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** assets/… for a manifest URL. */
function assetOf(url: string): string {
  expect(url.startsWith(`${DEV_ORIGIN}/assets/`)).toBe(true);
  return join(ROOT, url.slice(DEV_ORIGIN.length + 1));
}

let info: ManifestInfo;
let app: ManifestElement;
let resources: ManifestElement;
beforeAll(() => {
  ({ info, app } = readManifest());
  resources = app.child('VersionOverrides').child('Resources');
});

describe('what the add-in is (read by office-addin-manifest)', () => {
  test('a fixed id, the provider and the name', () => {
    expect(info.id).toBe(ID);
    expect(info.providerName).toBe('KPI Tree');
    expect(info.displayName).toBe('KPI Tree');
  });

  test('the version is package.json’s, with a fourth part', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(info.version).toBe(`${pkg.version}.0`);
    expect(info.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  test('a task pane add-in for Excel, asking only to read and write the document', () => {
    expect(info.officeAppType).toBe('TaskPaneApp');
    expect(info.hosts).toEqual(['Workbook']);
    expect(info.permissions).toBe('ReadWriteDocument');
    expect(app.child('VersionOverrides').attr('xsi:type')).toBe('VersionOverridesV1_0');
  });

  test('en-US by default, with a ja-JP name and description', () => {
    expect(info.defaultLocale).toBe('en-US');
    for (const element of ['DisplayName', 'Description']) {
      const e = app.child(element);
      expect({ element, overrides: Object.keys(e.overrides()) }).toEqual({ element, overrides: ['ja-JP'] });
      expect(e.overrides()['ja-JP']).not.toBe(e.attr('DefaultValue'));
    }
    expect(app.child('DisplayName').overrides()['ja-JP']).toBe('KPIツリー');
  });

  test('the pane, the support page and the icons are where npm start serves them', () => {
    expect(info.defaultSettings?.sourceLocation).toBe(`${DEV_ORIGIN}/taskpane.html`);
    expect(info.supportUrl).toBe(`${DEV_ORIGIN}/support.html`);
    expect(info.iconUrl).toBe(`${DEV_ORIGIN}/assets/icon-32.png`);
    expect(info.highResolutionIconUrl).toBe(`${DEV_ORIGIN}/assets/icon-64.png`);
  });

  test('every URL is served from https://localhost:3000', () => {
    const urls = app
      .all('*')
      .map((e) => e.attr('DefaultValue'))
      .filter((v): v is string => v !== undefined && /^[a-z]+:/i.test(v));
    expect(urls.length).toBeGreaterThan(5);
    expect(urls).toContain(info.supportUrl);
    expect(urls).toContain(info.defaultSettings?.sourceLocation);
    for (const url of urls) expect(url.startsWith(`${DEV_ORIGIN}/`)).toBe(true);
  });

  test('the same ExcelApi set required of the add-in and of its ribbon', () => {
    const declared = declaredExcelApi(app);
    expect(declared.manifest).toMatch(/^1\.\d+$/);
    expect(declared.versionOverrides).toBe(declared.manifest);
  });
});

describe('ribbon', () => {
  const buttons = () => app.all('Control').filter((c) => c.attr('xsi:type') === 'Button');

  test('the KPI Tree group: Show pane, then four commands run from commands.html', () => {
    expect(buttons().map((b) => b.attr('id'))).toEqual([
      'KpiTree.ShowPane',
      'KpiTree.Build',
      'KpiTree.Check',
      'KpiTree.Review',
      'KpiTree.OneOnOne',
    ]);
    const actions = buttons().map((b) => b.child('Action'));
    expect(actions[0].attr('xsi:type')).toBe('ShowTaskpane');
    expect(actions[0].child('SourceLocation').attr('resid')).toBe('Taskpane.Url');
    expect(actions.slice(1).map((a) => [a.attr('xsi:type'), a.child('FunctionName').text()])).toEqual([
      ['ExecuteFunction', 'buildTree'],
      ['ExecuteFunction', 'runChecks'],
      ['ExecuteFunction', 'newWeeklyReview'],
      ['ExecuteFunction', 'newOneOnOnes'],
    ]);
    const urls = Object.fromEntries(
      resources
        .child('bt:Urls')
        .children('bt:Url')
        .map((u) => [u.attr('id'), u.attr('DefaultValue')]),
    );
    expect(urls['Commands.Url']).toBe(`${DEV_ORIGIN}/commands.html`);
    expect(urls['Taskpane.Url']).toBe(`${DEV_ORIGIN}/taskpane.html`);
    expect(app.all('FunctionFile')[0].attr('resid')).toBe('Commands.Url');
  });

  test('a first-run message: the GetStarted title, description and where to learn more', () => {
    const getStarted = app.all('GetStarted')[0];
    expect(['Title', 'Description', 'LearnMoreUrl'].map((e) => getStarted.child(e).attr('resid'))).toEqual([
      'GetStarted.Title',
      'GetStarted.Description',
      'GetStarted.LearnMoreUrl',
    ]);
  });

  test('every ribbon string has a ja-JP override, none of them empty', () => {
    const strings = [
      ...resources.child('bt:ShortStrings').children('bt:String'),
      ...resources.child('bt:LongStrings').children('bt:String'),
    ];
    expect(strings.length).toBe(13);
    for (const s of strings) {
      const id = s.attr('id');
      expect({ id, default: (s.attr('DefaultValue') ?? '').length > 0 }).toEqual({ id, default: true });
      expect({ id, locales: Object.keys(s.overrides()) }).toEqual({ id, locales: ['ja-JP'] });
      expect({ id, ja: (s.overrides()['ja-JP'] ?? '').length > 0 }).toEqual({ id, ja: true });
    }
  });

  test('every resid used is defined, and ids fit the schema’s 32 characters', () => {
    const defined = new Set(
      ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings'].flatMap((group) =>
        resources
          .child(group)
          .children(group === 'bt:Images' ? 'bt:Image' : group === 'bt:Urls' ? 'bt:Url' : 'bt:String')
          .map((e) => e.attr('id')!),
      ),
    );
    const used = [
      'Label',
      'Title',
      'Description',
      'LearnMoreUrl',
      'SourceLocation',
      'FunctionFile',
      'bt:Image',
    ]
      .flatMap((e) => app.child('VersionOverrides').child('Hosts').all(e))
      .map((e) => e.attr('resid'))
      .filter((r): r is string => r !== undefined);
    expect(used.length).toBeGreaterThan(20);
    for (const id of used) expect({ id, defined: defined.has(id) }).toEqual({ id, defined: true });
    for (const id of defined) expect(id.length).toBeLessThanOrEqual(32);
  });
});

describe('icons', () => {
  const images = () =>
    new Map(
      resources
        .child('bt:Images')
        .children('bt:Image')
        .map((i) => [i.attr('id')!, i.attr('DefaultValue')!]),
    );
  const references = () => app.child('VersionOverrides').child('Hosts').all('bt:Image');

  test('every image resource is a PNG in assets/ whose size is in its name', () => {
    expect([...images().values()].sort()).toEqual(
      [16, 32, 64, 80].map((n) => `${DEV_ORIGIN}/assets/icon-${n}.png`),
    );
    for (const url of images().values()) {
      const n = Number(/icon-(\d+)\.png$/.exec(url)?.[1]);
      expect(pngSize(assetOf(url))).toEqual({ width: n, height: n });
    }
  });

  test('each ribbon icon: 16, 32, 64 and 80 px, each reference an image of the size it declares', () => {
    const lists = app.child('VersionOverrides').child('Hosts').all('Icon');
    expect(lists.length).toBe(6);
    for (const list of lists)
      expect(list.children('bt:Image').map((i) => i.attr('size'))).toEqual(['16', '32', '64', '80']);
    expect(references().length).toBe(24);
    for (const ref of references()) {
      const url = images().get(ref.attr('resid')!);
      expect(url).toBeDefined();
      const size = Number(ref.attr('size'));
      expect(pngSize(assetOf(url!))).toEqual({ width: size, height: size });
    }
  });

  test('the add-in icons: 32 px, and 64 px for high resolution', () => {
    expect(pngSize(assetOf(info.iconUrl!))).toEqual({ width: 32, height: 32 });
    expect(pngSize(assetOf(info.highResolutionIconUrl!))).toEqual({ width: 64, height: 64 });
  });

  test('assets/ holds every size the manifest and the store ask for: 16, 32, 64, 80 and 128', () => {
    for (const n of SIZES)
      expect(pngSize(join(ROOT, 'assets', `icon-${n}.png`))).toEqual({ width: n, height: n });
  });

  test('scripts/make-icons.mjs regenerates exactly the committed PNGs', () => {
    const out = mkdtempSync(join(tmpdir(), 'kpi-icons-'));
    try {
      const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'make-icons.mjs'), out], {
        encoding: 'utf8',
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(readdirSync(out).sort()).toEqual(SIZES.map((n) => `icon-${n}.png`).sort());
      for (const n of SIZES) {
        expect({
          n,
          same: readFileSync(join(out, `icon-${n}.png`)).equals(
            readFileSync(join(ROOT, 'assets', `icon-${n}.png`)),
          ),
        }).toEqual({
          n,
          same: true,
        });
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
