import { cloneElement } from './styles';
import {
  attr,
  elements,
  localName,
  parseXml,
  prefixOf,
  serializeElement,
  setAttr,
  textOf,
  type XmlDocument,
  type XmlElement,
} from './xml';

export const EMPTY_SHARED_STRINGS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"></sst>';

/** An underscore that starts a coded character (`_x0041_`), in either case of hex digits. */
const CODED_CHARACTER = /_(?=x[0-9A-Fa-f]{4}_)/g;

const canonical = (el: XmlElement): string =>
  serializeElement(el)
    .join('')
    .replace(/^<[^:\s>]+:/, '<');

/**
 * A copy of a written string as a spreadsheet reads it back the same:
 * - every carriage return as `&#13;`: ExcelJS writes it raw, and an XML reader turns a raw
 *   CR into LF, so `\r=1+1` would come back as `\n=1+1`;
 * - every `_` that starts `_xHHHH_` as `_x005F_`: Excel, LibreOffice and ExcelJS read
 *   `_x0041_` in a string as the character it codes ("A"), and ExcelJS writes the text
 *   as it is, so an id or a note holding `_x0041_` would come back changed.
 */
function asWritten(si: XmlElement, prefix: string): XmlElement {
  const copy = cloneElement(si, prefix);
  const visit = (el: XmlElement): void => {
    el.children = el.children.map((c) => {
      if (c.kind === 'element') {
        visit(c);
        return c;
      }
      if (c.raw.startsWith('<') || (!c.raw.includes('\r') && !c.raw.includes('_x'))) return c;
      return { kind: 'raw', raw: c.raw.replace(/\r/g, '&#13;').replace(CODED_CHARACTER, '_x005F_') };
    });
  };
  visit(copy);
  return copy;
}

/** The text of a shared string: its runs' text, without phonetic guides. */
export function stringText(si: XmlElement): string {
  let out = '';
  for (const c of elements(si)) {
    const name = localName(c.name);
    if (name === 't') out += textOf(c);
    else if (name === 'r') out += elements(c, 't').map(textOf).join('');
  }
  return out;
}

/**
 * Carries the strings of a sheet written by ExcelJS into the shared-string table of the
 * file it is written into: existing entries are reused, new ones appended, so the file's
 * other sheets keep pointing at their strings.
 */
export class SharedStringMerger {
  private readonly target: XmlDocument;
  private readonly targetItems: XmlElement[];
  private readonly index = new Map<string, number>();
  private readonly sourceItems: XmlElement[];
  private readonly cache = new Map<number, number>();
  private added = 0;

  constructor(target: XmlDocument | undefined, source: XmlDocument | undefined) {
    this.target = target ?? parseXml(EMPTY_SHARED_STRINGS);
    this.targetItems = elements(this.target.root, 'si');
    this.targetItems.forEach((si, i) => {
      const key = canonical(si);
      if (!this.index.has(key)) this.index.set(key, i);
    });
    this.sourceItems = source ? elements(source.root, 'si') : [];
  }

  get changed(): boolean {
    return this.added > 0;
  }

  get document(): XmlDocument {
    return this.target;
  }

  /** The text of the source's string `index`. */
  text(index: number): string {
    const si = this.sourceItems[index];
    return si ? stringText(si) : '';
  }

  /** The target's index for the source's string `index`. */
  place(index: number): number {
    const cached = this.cache.get(index);
    if (cached !== undefined) return cached;
    const si = this.sourceItems[index];
    if (!si) throw new Error(`The written sheet points at shared string ${index}, which does not exist.`);
    const copy = asWritten(si, prefixOf(this.target.root.name));
    const key = canonical(copy);
    let placed = this.index.get(key);
    if (placed === undefined) {
      this.target.root.children.push(copy);
      this.target.root.selfClosing = false;
      this.targetItems.push(copy);
      placed = this.targetItems.length - 1;
      this.index.set(key, placed);
      this.added++;
      setAttr(this.target.root, 'uniqueCount', String(this.targetItems.length));
      const count = Number(attr(this.target.root, 'count') ?? 0);
      setAttr(this.target.root, 'count', String(Math.max(count + 1, this.targetItems.length)));
    }
    this.cache.set(index, placed);
    return placed;
  }
}
