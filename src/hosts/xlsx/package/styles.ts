import {
  attr,
  child,
  element,
  elements,
  insertInOrder,
  prefixOf,
  removeAttr,
  serializeElement,
  setAttr,
  type XmlDocument,
  type XmlElement,
  type XmlNode,
} from './xml';

/** The children of `<styleSheet>` in the schema's order. */
const STYLE_ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
] as const;

/** Number formats below this id are built in: the same in every file. */
const FIRST_CUSTOM_FORMAT = 164;

/** A deep copy of `el`, its unprefixed element names given `prefix` (the target part's). */
export function cloneElement(el: XmlElement, prefix = ''): XmlElement {
  const name = prefix !== '' && !el.name.includes(':') ? `${prefix}${el.name}` : el.name;
  return {
    kind: 'element',
    name,
    attrs: el.attrs.map((a) => ({ ...a })),
    children: el.children.map((c): XmlNode => (c.kind === 'element' ? cloneElement(c, prefix) : c)),
    selfClosing: el.selfClosing,
    tail: el.tail,
  };
}

const canonical = (el: XmlElement): string =>
  serializeElement(el)
    .join('')
    .replace(/^<[^:\s>]+:/, '<');

/** One list of the style sheet (`fonts`, `cellXfs`…), indexed by each entry's written form. */
class StyleList {
  private readonly index = new Map<string, number>();
  private readonly entries: XmlElement[];
  added = 0;

  constructor(
    private readonly owner: XmlDocument,
    private readonly name: (typeof STYLE_ORDER)[number],
    private readonly entry: string,
  ) {
    const list = child(owner.root, name);
    this.entries = list ? elements(list, entry) : [];
    this.entries.forEach((el, i) => {
      const key = canonical(el);
      if (!this.index.has(key)) this.index.set(key, i);
    });
  }

  get length(): number {
    return this.entries.length;
  }

  at(i: number): XmlElement | undefined {
    return this.entries[i];
  }

  /** The index of an entry written as `el`, appending it when the list has none. */
  place(el: XmlElement): number {
    const key = canonical(el);
    const found = this.index.get(key);
    if (found !== undefined) return found;
    const prefix = prefixOf(this.owner.root.name);
    let list = child(this.owner.root, this.name);
    if (!list) {
      list = element(`${prefix}${this.name}`, { count: '0' });
      insertInOrder(this.owner.root, list, STYLE_ORDER);
    }
    const copy = cloneElement(el, prefix);
    list.children.push(copy);
    list.selfClosing = false;
    this.entries.push(copy);
    this.index.set(key, this.entries.length - 1);
    this.added++;
    setAttr(list, 'count', String(this.entries.length));
    return this.entries.length - 1;
  }
}

/**
 * Carries the cell formats of a sheet written by ExcelJS into the style sheet of the file
 * it is written into: each format the sheet uses is found there (or appended), with its
 * font, fill, border and number format, so the file's other sheets keep their formats'
 * indices. A format may be asked for with the quote prefix (the cell's "text" flag).
 */
export class StyleMerger {
  private readonly numFmts: XmlElement[];
  private readonly targetFmtIds = new Map<string, number>();
  private nextFmtId: number;
  private readonly fonts: StyleList;
  private readonly fills: StyleList;
  private readonly borders: StyleList;
  private readonly cellXfs: StyleList;
  private readonly dxfs: StyleList;
  private readonly source: {
    fonts: StyleList;
    fills: StyleList;
    borders: StyleList;
    cellXfs: StyleList;
    dxfs: StyleList;
    numFmts: Map<number, string>;
  };
  private readonly xfCache = new Map<string, number>();
  private readonly dxfCache = new Map<number, number>();
  private formatsAdded = false;

  constructor(
    private readonly target: XmlDocument,
    source: XmlDocument,
  ) {
    this.numFmts = elements(child(target.root, 'numFmts') ?? element('numFmts'), 'numFmt');
    let max = FIRST_CUSTOM_FORMAT - 1;
    for (const f of this.numFmts) {
      const id = Number(attr(f, 'numFmtId'));
      const code = attr(f, 'formatCode') ?? '';
      if (!this.targetFmtIds.has(code)) this.targetFmtIds.set(code, id);
      if (id > max) max = id;
    }
    this.nextFmtId = max + 1;
    this.fonts = new StyleList(target, 'fonts', 'font');
    this.fills = new StyleList(target, 'fills', 'fill');
    this.borders = new StyleList(target, 'borders', 'border');
    this.cellXfs = new StyleList(target, 'cellXfs', 'xf');
    this.dxfs = new StyleList(target, 'dxfs', 'dxf');
    const sourceFmts = new Map<number, string>();
    for (const f of elements(child(source.root, 'numFmts') ?? element('numFmts'), 'numFmt'))
      sourceFmts.set(Number(attr(f, 'numFmtId')), attr(f, 'formatCode') ?? '');
    this.source = {
      fonts: new StyleList(source, 'fonts', 'font'),
      fills: new StyleList(source, 'fills', 'fill'),
      borders: new StyleList(source, 'borders', 'border'),
      cellXfs: new StyleList(source, 'cellXfs', 'xf'),
      dxfs: new StyleList(source, 'dxfs', 'dxf'),
      numFmts: sourceFmts,
    };
  }

  /** Whether anything was appended: the style sheet must be written back. */
  get changed(): boolean {
    return (
      this.formatsAdded ||
      [this.fonts, this.fills, this.borders, this.cellXfs, this.dxfs].some((l) => l.added > 0)
    );
  }

  get document(): XmlDocument {
    return this.target;
  }

  /** The target's index for the source's cell format `index`, with the quote prefix when asked. */
  xf(index: number, quotePrefix = false): number {
    const key = `${index}${quotePrefix ? 'q' : ''}`;
    const cached = this.xfCache.get(key);
    if (cached !== undefined) return cached;
    const source = this.source.cellXfs.at(index) ?? this.source.cellXfs.at(0);
    const xf = source ? cloneElement(source) : element('xf');
    const numFmtId = Number(attr(xf, 'numFmtId') ?? 0);
    setAttr(xf, 'numFmtId', String(this.numFmt(numFmtId)));
    setAttr(xf, 'fontId', String(this.part(this.source.fonts, this.fonts, Number(attr(xf, 'fontId') ?? 0))));
    setAttr(xf, 'fillId', String(this.fill(Number(attr(xf, 'fillId') ?? 0))));
    setAttr(
      xf,
      'borderId',
      String(this.part(this.source.borders, this.borders, Number(attr(xf, 'borderId') ?? 0))),
    );
    if (attr(xf, 'xfId') !== undefined) setAttr(xf, 'xfId', '0');
    if (quotePrefix) setAttr(xf, 'quotePrefix', '1');
    else removeAttr(xf, 'quotePrefix');
    const placed = this.cellXfs.place(xf);
    this.xfCache.set(key, placed);
    return placed;
  }

  /** The target's index for the source's differential format `index` (conditional formats). */
  dxf(index: number): number {
    const cached = this.dxfCache.get(index);
    if (cached !== undefined) return cached;
    const source = this.source.dxfs.at(index);
    const placed = source ? this.dxfs.place(source) : index;
    this.dxfCache.set(index, placed);
    return placed;
  }

  private part(from: StyleList, to: StyleList, index: number): number {
    const el = from.at(index);
    return el ? to.place(el) : 0;
  }

  /** Fills 0 and 1 are fixed by the format (none, gray125): they map to themselves. */
  private fill(index: number): number {
    if (index < 2 && this.fills.length >= 2) return index;
    return this.part(this.source.fills, this.fills, index);
  }

  private numFmt(id: number): number {
    if (id < FIRST_CUSTOM_FORMAT) return id;
    const code = this.source.numFmts.get(id);
    if (code === undefined) return 0;
    const found = this.targetFmtIds.get(code);
    if (found !== undefined) return found;
    const prefix = prefixOf(this.target.root.name);
    let list = child(this.target.root, 'numFmts');
    if (!list) {
      list = element(`${prefix}numFmts`, { count: '0' });
      insertInOrder(this.target.root, list, STYLE_ORDER);
    }
    const placed = this.nextFmtId++;
    list.children.push(element(`${prefix}numFmt`, { numFmtId: String(placed), formatCode: code }));
    list.selfClosing = false;
    setAttr(list, 'count', String(elements(list, 'numFmt').length));
    this.targetFmtIds.set(code, placed);
    this.formatsAdded = true;
    return placed;
  }
}
