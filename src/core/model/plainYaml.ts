import { FAILSAFE_SCHEMA, load, Type } from 'js-yaml';
import { blockYaml } from './blockYaml';

/**
 * A plan's YAML read as plain data, fast: no document, no source ranges (a 10,000-node
 * plan in tens of milliseconds instead of a second). The scalars resolve exactly as the
 * YAML 1.2 core schema of `yaml` (the located reader, `parsePlan.ts`) resolves them, so a
 * plan reads the same either way. Anything this reader refuses, or cannot promise to read
 * the same (an anchor shared by two places), returns null and the located reader decides.
 */

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/**
 * A core-schema tag. `starts` holds every first character its pattern can match (`empty`:
 * it matches the empty text too), so the ids, names and keys that fill a plan are turned
 * away without running the pattern: every plain scalar is tried against every tag in turn.
 */
const scalar = (tag: string, starts: string, empty: boolean, test: RegExp, construct: (text: string) => unknown): Type => {
  for (const c of starts) TAG_STARTS.add(c);
  return new Type(`tag:yaml.org,2002:${tag}`, {
    kind: 'scalar',
    resolve: (text: unknown) =>
      typeof text === 'string' && (text === '' ? empty : starts.includes(text[0])) && test.test(text),
    construct: (text: string) => construct(text),
  });
};
/** Every first character some core tag can match: text starting otherwise (most names and ids) is only text. */
const TAG_STARTS = new Set<string>();

function int(text: string): number {
  if (INT_OCT.test(text)) return parseInt(text.substring(2), 8);
  if (INT_HEX.test(text)) return parseInt(text.substring(2), 16);
  return parseInt(text, 10);
}

function float(text: string): number {
  if (!FLOAT_NAN.test(text)) return parseFloat(text);
  if (text.slice(-3).toLowerCase() === 'nan') return NaN;
  return text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
}

/** The YAML 1.2 core schema, tag by tag as `yaml` 2 defines it (not js-yaml's wider one). */
const CORE_TAGS: readonly Type[] = [
  scalar('null', '~nN', true, NULL, () => null),
  scalar('bool', 'tTfF', false, BOOL, (text) => text[0] === 't' || text[0] === 'T'),
  scalar('int', '+-0123456789', false, new RegExp(`${INT_OCT.source}|${INT.source}|${INT_HEX.source}`), int),
  scalar('float', '+-.0123456789', false, new RegExp(`${FLOAT_NAN.source}|${FLOAT_EXP.source}|${FLOAT.source}`), float),
];
/** `TAG_STARTS` by character code (all of them are ASCII): a scalar's first character is tested without hashing it. */
const TAG_START_CODE: readonly boolean[] = Array.from({ length: 128 }, (_, c) => TAG_STARTS.has(String.fromCharCode(c)));
const CORE_1_2 = FAILSAFE_SCHEMA.extend({ implicit: [...CORE_TAGS] });

/** True when an object or array is reached twice: an alias, which the located reader expands and limits. */
function sharesAnything(root: unknown): boolean {
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    if (seen.has(value)) return true;
    seen.add(value);
    for (const child of Array.isArray(value) ? value : Object.values(value)) stack.push(child);
  }
  return false;
}

/** A plain scalar's value under the core schema: the first tag that resolves it, else the text. */
function resolvePlain(text: string): unknown {
  if (text !== '') {
    const code = text.charCodeAt(0);
    if (code >= 128 || !TAG_START_CODE[code]) return text;
  }
  for (const tag of CORE_TAGS) if (tag.resolve(text)) return tag.construct(text) as unknown;
  return text;
}

/** The document's data, or null when the located reader must decide (a syntax error, a tag, an alias). */
export function plainYaml(text: string): { readonly data: unknown } | null {
  const block = blockYaml(text, resolvePlain);
  if (block !== undefined) return block;
  let data: unknown;
  try {
    data = load(text, { schema: CORE_1_2 });
  } catch {
    return null;
  }
  // Only an anchor (`&`) lets two places share a value.
  if (text.includes('&') && sharesAnything(data)) return null;
  // `yaml` reads an empty document as null.
  return { data: data === undefined ? null : data };
}
