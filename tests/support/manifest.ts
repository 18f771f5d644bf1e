/**
 * The add-in manifest as office-addin-manifest reads it: `readManifest` gives the
 * package's own summary (`OfficeAddinManifest.readManifestFile`: id, version, hosts,
 * permissions, default locale, icons, source location) and the XML tree its handler
 * parses the file into, wrapped so that tests walk it with typed steps through the
 * package's own element and attribute readers. The package runs in its own Node process
 * (tests/support/readManifest.cjs): it loads ES-module-only dependencies jest cannot.
 */
import { spawnSync } from 'child_process';
import { join, resolve } from 'path';
import type { ManifestInfo } from 'office-addin-manifest/lib/manifestInfo';
import { getXmlAttributeValue, getXmlElement, getXmlElements } from 'office-addin-manifest/lib/xml';

export const ROOT = resolve(__dirname, '..', '..');
export const MANIFEST = join(ROOT, 'manifest.xml');
/** The origin every URL in the manifest names during development. */
export const DEV_ORIGIN = 'https://localhost:3000';

export interface ReadManifest {
  /** What `OfficeAddinManifest.readManifestFile` returns. */
  readonly info: ManifestInfo;
  /** The `<OfficeApp>` element. */
  readonly app: ManifestElement;
}

/** Reads `file` with office-addin-manifest; throws with the package's message when it cannot. */
export function readManifest(file: string = MANIFEST): ReadManifest {
  const run = spawnSync(process.execPath, [join(__dirname, 'readManifest.cjs'), file], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`office-addin-manifest could not read ${file}: ${run.stderr}`);
  const read = JSON.parse(run.stdout) as { info: ManifestInfo; xml: { OfficeApp?: unknown } };
  if (read.xml.OfficeApp === undefined) throw new Error(`${file} has no <OfficeApp>`);
  return { info: read.info, app: new ManifestElement('OfficeApp', read.xml.OfficeApp) };
}

/** An element of the parsed manifest. */
export class ManifestElement {
  constructor(
    readonly name: string,
    private readonly xml: unknown,
  ) {}

  /** The first child element called `name`; throws, naming the path, when there is none. */
  child(name: string): ManifestElement {
    const found: unknown = getXmlElement(this.xml, name);
    if (found === undefined) throw new Error(`<${this.name}> has no <${name}>`);
    return new ManifestElement(name, found);
  }

  children(name: string): ManifestElement[] {
    return (getXmlElements(this.xml, name) as unknown[]).map((x) => new ManifestElement(name, x));
  }

  attr(name: string): string | undefined {
    const value: unknown = getXmlAttributeValue(this.xml, name);
    return typeof value === 'string' ? value : undefined;
  }

  /** The element's text (`<Id>…</Id>`). */
  text(): string {
    if (typeof this.xml === 'string') return this.xml;
    const inner = (this.xml as { _?: unknown })._;
    return typeof inner === 'string' ? inner : '';
  }

  /** Every descendant element called `name` (`*`: every one), in document order. */
  all(name: string): ManifestElement[] {
    if (typeof this.xml !== 'object' || this.xml === null) return [];
    const found: ManifestElement[] = [];
    for (const [key, value] of Object.entries(this.xml)) {
      if (key === '$' || key === '_' || !Array.isArray(value)) continue;
      for (const item of value as unknown[]) {
        const element = new ManifestElement(key, item);
        if (name === '*' || key === name) found.push(element);
        found.push(...element.all(name));
      }
    }
    return found;
  }

  /** `Locale → Value` of the element's `<Override>` (or `<bt:Override>`) children. */
  overrides(): Record<string, string> {
    return Object.fromEntries(
      [...this.children('Override'), ...this.children('bt:Override')].map((o) => [
        o.attr('Locale'),
        o.attr('Value'),
      ]),
    );
  }
}

/** The `ExcelApi` MinVersion the manifest declares, in `<Requirements>` and in `<VersionOverrides>`. */
export function declaredExcelApi(app: ManifestElement): {
  manifest: string | undefined;
  versionOverrides: string | undefined;
} {
  const excelApi = (sets: ManifestElement[]) =>
    sets.find((s) => s.attr('Name') === 'ExcelApi')?.attr('MinVersion');
  return {
    manifest: excelApi(app.child('Requirements').child('Sets').children('Set')),
    versionOverrides: excelApi(
      app.child('VersionOverrides').child('Requirements').child('bt:Sets').children('bt:Set'),
    ),
  };
}
