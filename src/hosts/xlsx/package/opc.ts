import JSZip from 'jszip';
import {
  attr,
  element,
  elements,
  parseXml,
  prefixOf,
  serializeXml,
  type XmlDocument,
  type XmlElement,
} from './xml';

/**
 * An .xlsx file as what it is: a zip of parts (Open Packaging Conventions). Parts are
 * kept as bytes; a part is decoded only when it is read, and written back only when it
 * was edited, so every other part leaves exactly as it came.
 */
export class Package {
  private constructor(private readonly parts: Map<string, Uint8Array>) {}

  static async read(bytes: Uint8Array | ArrayBuffer): Promise<Package> {
    const zip = await JSZip.loadAsync(bytes);
    const parts = new Map<string, Uint8Array>();
    for (const entry of Object.values(zip.files)) {
      if (entry.dir) continue;
      parts.set(entry.name.replace(/^\//, ''), await entry.async('uint8array'));
    }
    return new Package(parts);
  }

  async write(): Promise<Uint8Array<ArrayBuffer>> {
    const zip = new JSZip();
    for (const [path, bytes] of this.parts) zip.file(path, bytes, { createFolders: false });
    const out = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    return new Uint8Array(out.buffer as ArrayBuffer, out.byteOffset, out.byteLength);
  }

  clone(): Package {
    return new Package(new Map(this.parts));
  }

  has(path: string): boolean {
    return this.parts.has(path);
  }

  bytes(path: string): Uint8Array | undefined {
    return this.parts.get(path);
  }

  paths(): string[] {
    return [...this.parts.keys()];
  }

  text(path: string): string | undefined {
    const bytes = this.parts.get(path);
    return bytes === undefined ? undefined : new TextDecoder('utf-8').decode(bytes);
  }

  xml(path: string): XmlDocument | undefined {
    const text = this.text(path);
    return text === undefined ? undefined : parseXml(text.replace(/^\uFEFF/, ''));
  }

  setBytes(path: string, bytes: Uint8Array): void {
    this.parts.set(path, bytes);
  }

  setXml(path: string, doc: XmlDocument): void {
    this.parts.set(path, new TextEncoder().encode(serializeXml(doc)));
  }

  delete(path: string): void {
    this.parts.delete(path);
  }

  /** A part name not yet taken: `xl/worksheets/sheet7.xml` for `xl/worksheets/sheet`, `.xml`. */
  freeName(stem: string, ext: string): string {
    for (let i = 1; ; i++) {
      const name = `${stem}${i}${ext}`;
      if (!this.parts.has(name)) return name;
    }
  }
}

// ---------------------------------------------------------------------------------------
// Paths

/** Where the relationships of `part` live: `xl/worksheets/_rels/sheet1.xml.rels`. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function dirOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return slash < 0 ? '' : part.slice(0, slash);
}

/** A relationship's target as a part name, resolved against the part that holds it. */
export function resolveTarget(fromPart: string, target: string): string {
  const clean = target.split('#')[0] ?? '';
  const segments = clean.startsWith('/')
    ? []
    : dirOf(fromPart)
        .split('/')
        .filter((s) => s !== '');
  for (const s of clean.split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..') segments.pop();
    else segments.push(decodeURIComponent(s));
  }
  return segments.join('/');
}

/** `to` as a target relative to the folder of `fromPart`. */
export function relativeTarget(fromPart: string, to: string): string {
  const from = dirOf(fromPart)
    .split('/')
    .filter((s) => s !== '');
  const parts = to.split('/');
  let common = 0;
  while (common < from.length && common < parts.length - 1 && from[common] === parts[common]) common++;
  return [...from.slice(common).map(() => '..'), ...parts.slice(common)].join('/');
}

// ---------------------------------------------------------------------------------------
// Relationships

export const REL = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  sharedStrings: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings',
  calcChain: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain',
  comments: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
  vmlDrawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing',
  hyperlink: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink',
  table: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table',
  drawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  printerSettings: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/printerSettings',
  image: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image',
} as const;

/** The type's last segment, whatever namespace (transitional or strict) it is written in. */
export function relKind(type: string): string {
  return type.slice(type.lastIndexOf('/') + 1);
}

export interface Rel {
  readonly id: string;
  readonly type: string;
  /** The target as written. */
  readonly target: string;
  readonly external: boolean;
  /** For an internal target: the part it names. */
  readonly part: string | null;
}

const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/** The relationships part of `part`, parsed; an empty one when it has none. */
export class Rels {
  private constructor(
    readonly owner: string,
    readonly doc: XmlDocument,
  ) {}

  static of(pkg: Package, owner: string): Rels {
    const doc = pkg.xml(relsPathOf(owner));
    return doc === undefined ? Rels.empty(owner) : new Rels(owner, doc);
  }

  /** No relationships yet. */
  static empty(owner: string): Rels {
    return new Rels(owner, parseXml(EMPTY_RELS));
  }

  all(): Rel[] {
    return elements(this.doc.root, 'Relationship').map((el) => this.relOf(el));
  }

  byId(id: string): Rel | undefined {
    return this.all().find((r) => r.id === id);
  }

  byKind(kind: string): Rel[] {
    return this.all().filter((r) => relKind(r.type) === kind);
  }

  private relOf(el: XmlElement): Rel {
    const target = attr(el, 'Target') ?? '';
    const external = attr(el, 'TargetMode') === 'External';
    return {
      id: attr(el, 'Id') ?? '',
      type: attr(el, 'Type') ?? '',
      target,
      external,
      part: external ? null : resolveTarget(this.owner, target),
    };
  }

  /** An id not yet used: `rId7`. */
  freeId(taken: ReadonlySet<string> = new Set()): string {
    const used = new Set([...this.all().map((r) => r.id), ...taken]);
    for (let i = 1; ; i++) if (!used.has(`rId${i}`)) return `rId${i}`;
  }

  add(rel: { id: string; type: string; target: string; external?: boolean }): void {
    const attrs: Record<string, string> = { Id: rel.id, Type: rel.type, Target: rel.target };
    if (rel.external) attrs.TargetMode = 'External';
    this.doc.root.children.push(element(`${prefixOf(this.doc.root.name)}Relationship`, attrs));
    this.doc.root.selfClosing = false;
  }

  remove(id: string): void {
    this.doc.root.children = this.doc.root.children.filter(
      (c) => !(c.kind === 'element' && attr(c, 'Id') === id),
    );
  }

  save(pkg: Package): void {
    if (this.all().length === 0) pkg.delete(relsPathOf(this.owner));
    else pkg.setXml(relsPathOf(this.owner), this.doc);
  }
}

// ---------------------------------------------------------------------------------------
// Content types

export const CONTENT_TYPES = '[Content_Types].xml';

export class ContentTypes {
  private constructor(readonly doc: XmlDocument) {}

  static of(pkg: Package): ContentTypes {
    const doc = pkg.xml(CONTENT_TYPES);
    if (doc === undefined)
      throw new Error('The file has no [Content_Types].xml: it is not an .xlsx package.');
    return new ContentTypes(doc);
  }

  typeOf(part: string): string | undefined {
    const override = elements(this.doc.root, 'Override').find(
      (el) => (attr(el, 'PartName') ?? '').replace(/^\//, '').toLowerCase() === part.toLowerCase(),
    );
    if (override) return attr(override, 'ContentType');
    const ext = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
    const byDefault = elements(this.doc.root, 'Default').find(
      (el) => (attr(el, 'Extension') ?? '').toLowerCase() === ext,
    );
    return byDefault === undefined ? undefined : attr(byDefault, 'ContentType');
  }

  /** Makes `part` known with `type`: by its extension's default when that already says so, else an override. */
  declare(part: string, type: string): void {
    if (this.typeOf(part) === type) return;
    this.forget(part);
    const prefix = prefixOf(this.doc.root.name);
    this.doc.root.children.push(element(`${prefix}Override`, { PartName: `/${part}`, ContentType: type }));
    this.doc.root.selfClosing = false;
  }

  forget(part: string): void {
    this.doc.root.children = this.doc.root.children.filter(
      (c) =>
        !(
          c.kind === 'element' &&
          (attr(c, 'PartName') ?? '').replace(/^\//, '').toLowerCase() === part.toLowerCase()
        ),
    );
  }

  save(pkg: Package): void {
    pkg.setXml(CONTENT_TYPES, this.doc);
  }
}

/** The workbook part's name, from the package's own relationships. */
export function workbookPartOf(pkg: Package): string {
  const rel = Rels.of(pkg, '').byKind('officeDocument')[0];
  if (rel?.part) return rel.part;
  if (pkg.has('xl/workbook.xml')) return 'xl/workbook.xml';
  throw new Error('The file has no workbook part: it is not an .xlsx workbook.');
}
