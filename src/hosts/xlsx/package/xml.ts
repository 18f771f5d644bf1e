/**
 * A small, faithful XML tree for the parts of an .xlsx package: what is parsed and
 * written back unchanged comes out byte for byte (attribute quotes, entities, comments,
 * namespace prefixes and whitespace are kept as they were), so only what is edited
 * changes. No DTDs: a part with `<!DOCTYPE` is refused (no entity expansion, ever).
 */

export interface XmlAttr {
  readonly name: string;
  /** The value as written, entities unexpanded. */
  raw: string;
  readonly quote: '"' | "'";
  /** The whitespace before the name and the `=` with any spaces around it, as written. */
  readonly lead: string;
  readonly eq: string;
}

export interface XmlElement {
  readonly kind: 'element';
  /** The qualified name as written, `x:sheet` or `sheet`. */
  readonly name: string;
  attrs: XmlAttr[];
  children: XmlNode[];
  /** Written `<a/>` when it has no children. */
  selfClosing: boolean;
  /** Whitespace inside the start tag before `>` or `/>`, as written. */
  tail: string;
}

/** Text, a comment, CDATA or a processing instruction: kept as written. */
export interface XmlRaw {
  readonly kind: 'raw';
  readonly raw: string;
}

export type XmlNode = XmlElement | XmlRaw;

export interface XmlDocument {
  /** The XML declaration and anything before the root element, as written. */
  readonly prolog: string;
  readonly root: XmlElement;
  readonly epilog: string;
}

export class XmlSyntaxError extends Error {
  override readonly name = 'XmlSyntaxError';
}

const NAME = /[^\s/>=]+/y;
const ATTR = /(\s*)([^\s/>=]+)(\s*=\s*)("[^"]*"|'[^']*')/y;
const SPACE = /\s*/y;

function fail(what: string, at: number): never {
  throw new XmlSyntaxError(`${what} at offset ${at}`);
}

/** Parses a part. Throws XmlSyntaxError on anything that is not well-formed enough to edit. */
export function parseXml(text: string): XmlDocument {
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let prologEnd = -1;
  let rootEnd = -1;
  let i = 0;
  const n = text.length;
  const pushRaw = (raw: string): void => {
    if (raw === '') return;
    const top = stack[stack.length - 1];
    if (top) top.children.push({ kind: 'raw', raw });
  };
  while (i < n) {
    const lt = text.indexOf('<', i);
    if (lt < 0) {
      pushRaw(text.slice(i));
      break;
    }
    pushRaw(text.slice(i, lt));
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      if (end < 0) fail('unclosed comment', lt);
      pushRaw(text.slice(lt, end + 3));
      i = end + 3;
    } else if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt + 9);
      if (end < 0) fail('unclosed CDATA', lt);
      pushRaw(text.slice(lt, end + 3));
      i = end + 3;
    } else if (text.startsWith('<?', lt)) {
      const end = text.indexOf('?>', lt + 2);
      if (end < 0) fail('unclosed processing instruction', lt);
      pushRaw(text.slice(lt, end + 2));
      i = end + 2;
    } else if (text.startsWith('<!', lt)) {
      fail('a DTD or declaration', lt);
    } else if (text[lt + 1] === '/') {
      NAME.lastIndex = lt + 2;
      const m = NAME.exec(text);
      if (!m) fail('a closing tag without a name', lt);
      const close = text.indexOf('>', NAME.lastIndex);
      if (close < 0) fail('an unclosed closing tag', lt);
      const open = stack.pop();
      if (!open || open.name !== m[0]) fail(`</${m[0]}> does not close <${open?.name ?? ''}>`, lt);
      i = close + 1;
      if (stack.length === 0) rootEnd = i;
    } else {
      NAME.lastIndex = lt + 1;
      const m = NAME.exec(text);
      if (!m) fail('a tag without a name', lt);
      const el: XmlElement = {
        kind: 'element',
        name: m[0],
        attrs: [],
        children: [],
        selfClosing: false,
        tail: '',
      };
      let at = NAME.lastIndex;
      for (;;) {
        ATTR.lastIndex = at;
        const a = ATTR.exec(text);
        if (!a) break;
        const [, lead = ' ', name = '', eq = '=', value = '""'] = a;
        el.attrs.push({ name, raw: value.slice(1, -1), quote: value[0] as '"' | "'", lead, eq });
        at = ATTR.lastIndex;
      }
      SPACE.lastIndex = at;
      SPACE.exec(text);
      el.tail = text.slice(at, SPACE.lastIndex);
      at = SPACE.lastIndex;
      if (text.startsWith('/>', at)) {
        el.selfClosing = true;
        i = at + 2;
      } else if (text[at] === '>') {
        i = at + 1;
      } else fail(`a malformed tag <${m[0]}`, lt);
      if (root === null) {
        root = el;
        prologEnd = lt;
      } else if (stack.length === 0) fail('a second root element', lt);
      else stack[stack.length - 1].children.push(el);
      if (el.selfClosing) {
        if (stack.length === 0) rootEnd = i;
      } else stack.push(el);
    }
    if (root !== null && stack.length === 0 && rootEnd >= 0) {
      return { prolog: text.slice(0, prologEnd), root, epilog: text.slice(rootEnd) };
    }
  }
  if (root === null) fail('no root element', 0);
  return fail(`<${stack[stack.length - 1]?.name ?? ''}> is not closed`, n);
}

export function serializeElement(el: XmlElement, out: string[] = []): string[] {
  out.push('<', el.name);
  for (const a of el.attrs) out.push(a.lead, a.name, a.eq, a.quote, a.raw, a.quote);
  out.push(el.tail);
  if (el.selfClosing && el.children.length === 0) {
    out.push('/>');
    return out;
  }
  out.push('>');
  for (const c of el.children) {
    if (c.kind === 'raw') out.push(c.raw);
    else serializeElement(c, out);
  }
  out.push('</', el.name, '>');
  return out;
}

export function serializeXml(doc: XmlDocument): string {
  return doc.prolog + serializeElement(doc.root).join('') + doc.epilog;
}

/** `sheet` for `x:sheet`. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** `x:` for `x:sheet`, '' for `sheet`: new elements are written with their parent's prefix. */
export function prefixOf(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? '' : name.slice(0, colon + 1);
}

export function elements(el: XmlElement, local?: string): XmlElement[] {
  return el.children.filter(
    (c): c is XmlElement => c.kind === 'element' && (local === undefined || localName(c.name) === local),
  );
}

export function child(el: XmlElement, local: string): XmlElement | undefined {
  return el.children.find((c): c is XmlElement => c.kind === 'element' && localName(c.name) === local);
}

/** An attribute's value, entities expanded; `name` may be qualified (`r:id`) or local. */
export function attr(el: XmlElement, name: string): string | undefined {
  const found = findAttr(el, name);
  return found === undefined ? undefined : unescapeXml(found.raw);
}

function findAttr(el: XmlElement, name: string): XmlAttr | undefined {
  return name.includes(':')
    ? (el.attrs.find((a) => a.name === name) ??
        el.attrs.find((a) => localName(a.name) === localName(name) && a.name.includes(':')))
    : el.attrs.find((a) => a.name === name);
}

export function setAttr(el: XmlElement, name: string, value: string): void {
  const found = findAttr(el, name);
  const raw = escapeAttr(value);
  if (found) found.raw = found.quote === "'" ? raw.replace(/'/g, '&apos;') : raw;
  else el.attrs.push({ name, raw, quote: '"', lead: ' ', eq: '=' });
}

export function removeAttr(el: XmlElement, name: string): void {
  el.attrs = el.attrs.filter((a) => a !== findAttr(el, name));
}

/** A new element; `attrs` in the order given, values escaped. */
export function element(
  name: string,
  attrs: Record<string, string> = {},
  children: XmlNode[] = [],
): XmlElement {
  return {
    kind: 'element',
    name,
    attrs: Object.entries(attrs).map(([k, v]) => ({
      name: k,
      raw: escapeAttr(v),
      quote: '"',
      lead: ' ',
      eq: '=',
    })),
    children,
    selfClosing: children.length === 0,
    tail: '',
  };
}

export function text(value: string): XmlRaw {
  return { kind: 'raw', raw: escapeXml(value) };
}

/** The text content of an element (CDATA and entities expanded; comments left out). */
export function textOf(el: XmlElement): string {
  let out = '';
  for (const c of el.children) {
    if (c.kind === 'element') out += textOf(c);
    else if (c.raw.startsWith('<![CDATA[')) out += c.raw.slice(9, -3);
    else if (!c.raw.startsWith('<')) out += unescapeXml(c.raw);
  }
  return out;
}

/** Text content: `&`, `<`, `>` and CR (which a parser would turn into LF) escaped. */
export function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** An attribute value: as text, and quotes, tabs and line ends too (a parser would normalise them to spaces). */
export function escapeAttr(value: string): string {
  return escapeXml(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function unescapeXml(raw: string): string {
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? whole;
  });
}

/**
 * Inserts `el` among `parent`'s children before the first child whose local name comes
 * after it in `order` (the schema's sequence), keeping every other child where it is.
 */
export function insertInOrder(parent: XmlElement, el: XmlElement, order: readonly string[]): void {
  const rank = order.indexOf(localName(el.name));
  const at = parent.children.findIndex(
    (c) => c.kind === 'element' && order.indexOf(localName(c.name)) > rank,
  );
  parent.selfClosing = false;
  if (at < 0) parent.children.push(el);
  else parent.children.splice(at, 0, el);
}
