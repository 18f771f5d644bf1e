/**
 * The plain shape most plans are written in — block mappings and sequences, one
 * `key: value` per line, plain or quoted one-line scalars, comments — read line by line,
 * several times faster than a general YAML reader. Anything outside that shape (a flow
 * collection, an anchor, a tag, a block or multi-line scalar, an escape, a tab, a key that
 * is not a plain name, a repeated key) is declined with `undefined`, and a general reader
 * decides. Scalars are resolved by the caller's `resolve`, so both readers agree on them.
 */

import { PLAN_KEYS } from './planSchema';

/** Turns a plain scalar's text into its value (null, a boolean, a number or the text). */
export type ResolvePlain = (text: string) => unknown;

/** Declines: the text is outside the shape this reader promises to read as YAML does. */
class Decline extends Error {}

/** Keys a general reader would not keep as the same property name (null, booleans, the prototype). */
const SPECIAL_KEYS = new Set([
  'null',
  'Null',
  'NULL',
  'true',
  'True',
  'TRUE',
  'false',
  'False',
  'FALSE',
  '__proto__',
]);
/** The first characters of `SPECIAL_KEYS`. */
const SPECIAL_KEY_START = 'nNtTfF_';
/** First characters that make a value something other than a one-line scalar (or reserved). */
const NOT_PLAIN_START = new Set<string>([
  '[',
  ']',
  '{',
  '}',
  '&',
  '*',
  '!',
  '|',
  '>',
  '%',
  '@',
  '`',
  '#',
  ',',
  '?',
  ':',
]);
/** `NOT_PLAIN_START` by character code (all of them are ASCII): a scalar's first character is tested without hashing it. */
const NOT_PLAIN_START_CODE: readonly boolean[] = Array.from({ length: 128 }, (_, c) =>
  NOT_PLAIN_START.has(String.fromCharCode(c)),
);
/** Characters YAML does not allow in a document (control characters other than line breaks and tabs). */
// eslint-disable-next-line no-control-regex -- the control characters are what it finds
const NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]/;

/** Whether a quote at `i` opens a quoted scalar: it stands first, after `- ` or after `key: `. */
function opensQuote(text: string, i: number): boolean {
  const before = trimSpaces(text.slice(0, i));
  const entry = before === '-' ? '' : before.startsWith('- ') ? before.slice(2).replace(/^ +/, '') : before;
  return entry === '' || (i > before.length && colonOfKey(entry) === entry.length - 1);
}

/** The body of a line: its comment cut (a `#` after a space, outside quotes), trailing spaces dropped. */
function cutComment(text: string): string {
  if (!text.includes('#')) return trimSpaces(text);
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote !== '') {
      if (c === quote) quote = '';
    } else if ((c === '"' || c === "'") && opensQuote(text, i)) {
      quote = c;
    } else if (c === '#' && (i === 0 || text[i - 1] === ' ')) {
      return trimSpaces(text.slice(0, i));
    }
  }
  return trimSpaces(text);
}

/** The text without the spaces it ends with: YAML's white space, not the other Unicode spaces, which are text there. */
function trimSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  return end === text.length ? text : text.slice(0, end);
}

/**
 * The lines that hold something, as parallel lists: their indents, and where their bodies
 * (the text after the indent, its comment cut and trailing spaces dropped) start and end in
 * the text. A body is read in place: only keys and values become strings of their own.
 */
interface Lines {
  readonly indents: Int32Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly count: number;
}

/** How many lines `text` has: its line feeds, and one more. */
function lineCount(text: string): number {
  let n = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) n++;
  return n;
}

function splitLines(text: string): Lines {
  // A tab or a lone carriage return is somewhere a general reader must judge.
  if (text.includes('\t') || (text.includes('\r') && /\r(?!\n)/.test(text))) throw new Decline();
  // Sized once for every line, as typed arrays: no list grows and is copied on the way.
  const most = lineCount(text);
  const indents = new Int32Array(most);
  const starts = new Int32Array(most);
  const ends = new Int32Array(most);
  let count = 0;
  // The next `#` at or after the current line: a line before it has no comment to cut.
  let hash = -1;
  let pos = 0;
  while (pos <= text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = text.length;
    const end = eol > pos && text.charCodeAt(eol - 1) === 13 ? eol - 1 : eol;
    let at = pos;
    while (at < end && text.charCodeAt(at) === 32) at++;
    if (at < end && text.charCodeAt(at) !== 35) {
      // Directives, document markers and a second document are for the general reader.
      if (at === pos && (text[at] === '%' || text.startsWith('---', at) || text.startsWith('...', at)))
        throw new Decline();
      if (hash !== Infinity && hash < at) {
        hash = text.indexOf('#', at);
        if (hash < 0) hash = Infinity;
      }
      let bodyEnd = end;
      if (hash < end) bodyEnd = at + cutComment(text.slice(at, end)).length;
      else while (bodyEnd > at && text.charCodeAt(bodyEnd - 1) === 32) bodyEnd--;
      indents[count] = at - pos;
      starts[count] = at;
      ends[count] = bodyEnd;
      count++;
    }
    pos = eol + 1;
  }
  return { indents, starts, ends, count };
}

class Reader {
  private at = 0;
  private readonly indents: Int32Array;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly count: number;
  constructor(
    private readonly text: string,
    lines: Lines,
    private readonly resolve: ResolvePlain,
  ) {
    this.indents = lines.indents;
    this.starts = lines.starts;
    this.ends = lines.ends;
    this.count = lines.count;
  }

  document(): unknown {
    if (this.count === 0) return undefined;
    const value = this.block(this.indents[0]);
    if (this.at < this.count) throw new Decline();
    return value;
  }

  /** The block starting at the current line, whose lines stand at `indent`. */
  private block(indent: number): unknown {
    const start = this.starts[this.at];
    const end = this.ends[this.at];
    return isItem(this.text, start, end)
      ? this.sequence(indent)
      : this.mapping(indent, start, end, this.indents[this.at]);
  }

  private sequence(indent: number): unknown[] {
    const text = this.text;
    const out: unknown[] = [];
    while (this.at < this.count) {
      const lineIndent = this.indents[this.at];
      const start = this.starts[this.at];
      const end = this.ends[this.at];
      if (lineIndent < indent) break;
      if (lineIndent > indent || !isItem(text, start, end)) throw new Decline();
      // The item's own text: after `- ` and its spaces (none for a lone `-`).
      const spaces = end - start === 1 ? 0 : countSpaces(text, start + 2, end);
      const itemStart = end - start === 1 ? end : start + 2 + spaces;
      if (itemStart === end) {
        this.at++;
        out.push(this.nested(indent, false));
      } else if (isItem(text, itemStart, end)) {
        throw new Decline(); // `- - x`: a sequence in a sequence on one line
      } else if (colonIn(text, itemStart, end) !== -1) {
        // `- key: value`: a mapping whose keys stand where this first key does.
        const keysAt = lineIndent + 2 + spaces;
        out.push(this.mapping(keysAt, itemStart, end, keysAt));
      } else {
        this.at++;
        out.push(this.scalar(itemStart, end));
        this.noContinuation(indent);
      }
    }
    return out;
  }

  /**
   * A mapping whose keys stand at `indent`; its first entry's body is `firstStart`–`firstEnd`
   * of the text (the rest of a `- ` line, or a whole line's body).
   */
  private mapping(indent: number, firstStart: number, firstEnd: number, firstIndent: number): Record<string, unknown> {
    const text = this.text;
    const out: Record<string, unknown> = {};
    let start = firstStart;
    let end = firstEnd;
    let bodyIndent = firstIndent;
    for (;;) {
      const colon = colonIn(text, start, end);
      if (colon < 0 || bodyIndent !== indent) throw new Decline();
      const key = keyOf(text, start, colon);
      if (Object.prototype.hasOwnProperty.call(out, key)) throw new Decline();
      this.at++;
      if (colon === end - 1) out[key] = this.nested(indent, true);
      else {
        out[key] = this.scalar(colon + 1 + countSpaces(text, colon + 1, end), end);
        this.noContinuation(indent);
      }
      if (this.at >= this.count) break;
      bodyIndent = this.indents[this.at];
      if (bodyIndent < indent) break;
      if (bodyIndent > indent) throw new Decline();
      start = this.starts[this.at];
      end = this.ends[this.at];
      // A line at this indent that starts an item belongs to an enclosing sequence.
      if (isItem(text, start, end)) break;
    }
    return out;
  }

  /**
   * The value under an entry that had none on its line: a block indented deeper, a
   * sequence at the same indent (`key:` then `- item`, in a mapping), or null.
   */
  private nested(indent: number, inMapping: boolean): unknown {
    if (this.at >= this.count) return null;
    const nextIndent = this.indents[this.at];
    const start = this.starts[this.at];
    const end = this.ends[this.at];
    if (nextIndent > indent) {
      if (isItem(this.text, start, end) || colonIn(this.text, start, end) !== -1) return this.block(nextIndent);
      // `key:` with its scalar (or `[]`) on the next line, indented.
      this.at++;
      const value = this.scalar(start, end);
      this.noContinuation(indent);
      return value;
    }
    if (inMapping && nextIndent === indent && isItem(this.text, start, end)) return this.sequence(indent);
    return null;
  }

  /** A scalar's next line may not be deeper: that would continue it over several lines. */
  private noContinuation(indent: number): void {
    if (this.at < this.count && this.indents[this.at] > indent) throw new Decline();
  }

  /** The scalar written from `start` to `end` of the text. */
  private scalar(start: number, end: number): unknown {
    const text = this.text.slice(start, end);
    const c = text[0];
    if (c === '"') return quoted(text, '"');
    if (c === "'") return quoted(text, "'");
    if (c === '[') return this.flowList(text);
    const code = text.charCodeAt(0);
    if ((code < 128 && NOT_PLAIN_START_CODE[code]) || text === '-' || text.startsWith('- ')) throw new Decline();
    if (breaksPlain(text)) throw new Decline();
    return this.resolve(text);
  }

  /** `[a, b, c]` of plain scalars on one line (holidays, say); anything richer is declined. */
  private flowList(text: string): unknown[] {
    if (!text.endsWith(']')) throw new Decline();
    const inner = text.slice(1, -1).replace(/^ +| +$/g, '');
    if (inner === '') return [];
    return inner.split(',').map((part) => {
      const item = part.replace(/^ +| +$/g, '');
      if (
        item === '' ||
        FLOW_UNSAFE.test(item) ||
        NOT_PLAIN_START.has(item[0]) ||
        (item[0] === '-' && item[1] === undefined)
      )
        throw new Decline();
      return this.resolve(item);
    });
  }
}

/**
 * Whether a plain scalar holds `: ` or ends in `:`, which would start a mapping YAML does not
 * allow there, or holds ` #`, which would start a comment. One pass over the characters:
 * every value of a plan asks it.
 */
function breaksPlain(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c === 58 && (i === last || text.charCodeAt(i + 1) === 32)) return true;
    if (c === 35 && i > 0 && text.charCodeAt(i - 1) === 32) return true;
  }
  return false;
}

/** What a plain item of a one-line flow list may not hold: brackets, braces, quotes, a colon, a comment. */
const FLOW_UNSAFE = /[[\]{}"':#]/;

/** Whether the body from `start` to `end` of `text` is a sequence item: `-` alone, or `- ` and more. */
function isItem(text: string, start: number, end: number): boolean {
  return text.charCodeAt(start) === 45 && (end - start === 1 || (end - start > 1 && text.charCodeAt(start + 1) === 32));
}

/** How many spaces stand in `text` from `from` on, before `end`. */
function countSpaces(text: string, from: number, end: number): number {
  let n = from;
  while (n < end && text.charCodeAt(n) === 32) n++;
  return n - from;
}

/** Whether the character code may stand in a plain key: a letter, a digit, `_` or `-` (not first). */
function keyChar(c: number, first: boolean): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (!first && ((c >= 48 && c <= 57) || c === 45));
}

/**
 * Where the colon of `key: value` or `key:` stands in the body from `start` to `end` of
 * `text`, with a plain name as key; -1 when the body is not such an entry. The key is read
 * in place, character by character: every line of a plan asks this.
 */
function colonIn(text: string, start: number, end: number): number {
  let colon = start;
  while (colon < end && keyChar(text.charCodeAt(colon), colon === start)) colon++;
  if (colon === start || colon >= end || text.charCodeAt(colon) !== 58) return -1;
  if (colon + 1 < end && text.charCodeAt(colon + 1) !== 32) return -1;
  // Only keys of 4, 5 or 9 characters, starting with one of `nNtTfF_`, can be one of the special ones.
  const length = colon - start;
  if (
    (length === 4 || length === 5 || length === 9) &&
    SPECIAL_KEY_START.includes(text[start]) &&
    SPECIAL_KEYS.has(text.slice(start, colon))
  )
    return -1;
  return colon;
}

/** `colonIn` over a whole body. */
function colonOfKey(body: string): number {
  return colonIn(body, 0, body.length);
}

/**
 * The keys plans are made of (the schema's), kept as constants: a key read from a line is
 * one of these when it can be, so the many nodes of a plan share their keys' strings
 * instead of each holding copies cut from the text.
 */
const KNOWN_KEYS: readonly (readonly string[] | undefined)[] = (() => {
  // By length, in a list rather than a map: every line of a plan asks it.
  const byLength: string[][] = [];
  for (const k of PLAN_KEYS) (byLength[k.length] ??= []).push(k);
  return byLength;
})();

/** The key of a body starting at `start` whose colon stands at `colon`: a known key's constant, else the text cut out. */
function keyOf(text: string, start: number, colon: number): string {
  const known = KNOWN_KEYS[colon - start];
  if (known !== undefined) for (const k of known) if (text.startsWith(k, start)) return k;
  return text.slice(start, colon);
}

/** A one-line quoted scalar without escapes; `''` in single quotes is one quote. */
function quoted(text: string, q: '"' | "'"): string {
  if (q === '"') {
    const end = text.indexOf('"', 1);
    if (end !== text.length - 1 || text.includes('\\')) throw new Decline();
    return text.slice(1, -1);
  }
  let out = '';
  let i = 1;
  for (;;) {
    const end = text.indexOf("'", i);
    if (end < 0) throw new Decline();
    out += text.slice(i, end);
    if (text[end + 1] === "'") {
      out += "'";
      i = end + 2;
      continue;
    }
    if (end !== text.length - 1) throw new Decline();
    return out;
  }
}

/** The data of `text` when it is written in the plain block shape; `undefined` declines. */
export function blockYaml(text: string, resolve: ResolvePlain): { readonly data: unknown } | undefined {
  if (NON_PRINTABLE.test(text)) return undefined;
  try {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const data = new Reader(body, splitLines(body), resolve).document();
    return { data: data === undefined ? null : data };
  } catch (e) {
    if (e instanceof Decline) return undefined;
    throw e;
  }
}
