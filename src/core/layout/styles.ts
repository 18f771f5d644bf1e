import type { CellStyle, StyleKey } from './spec';

/** Colours follow the financial-model convention: inputs blue on light yellow. */
const INPUT = { color: '0000FF', fill: 'FFF2CC' } as const;
const HEADER_FILL = 'D9E1F2';

const BASE: Record<string, CellStyle> = {
  title: { bold: true, size: 14, color: '1F3864' },
  subtitle: { italic: true, color: '595959' },
  header: { bold: true, fill: HEADER_FILL, borderBottom: true, wrap: true },
  headerInput: { bold: true, fill: 'FFE699', borderBottom: true, wrap: true },
  label: { bold: true },
  text: {},
  muted: { color: '7F7F7F' },
  id: { color: '404040' },
  date: { numFmt: 'yyyy-mm-dd' },
  inputText: { ...INPUT },
  inputDate: { ...INPUT, numFmt: 'yyyy-mm-dd' },
  total: { bold: true, borderBottom: false },
};

/**
 * Styles are named so a host can apply each once to every range that uses it; the
 * parametrised ones (`num:<format>`, `input:<format>`, `indent:<n>`) are derived here.
 */
export function styleOf(key: StyleKey): CellStyle {
  const base = BASE[key];
  if (base) return base;
  if (key.startsWith('num:')) return { numFmt: key.slice(4) };
  if (key.startsWith('input:')) return { ...INPUT, numFmt: key.slice(6) };
  if (key.startsWith('indent:')) return { indent: Number(key.slice(7)) };
  return {};
}

/**
 * The parametrised keys are made once per parameter and handed out again: a 10,000-node
 * tree has 300,000 styled cells, and one string per key (rather than one per cell) is
 * compared by identity and hashed once when the styles are collected.
 */
const NUM_KEYS = new Map<string, StyleKey>();
const INPUT_KEYS = new Map<string, StyleKey>();
const INDENT_KEYS = new Map<number, StyleKey>();
/** Formats come from a short list; should a caller ever pass many, the rest are simply made each time. */
const MAX_KEPT_KEYS = 256;

function keyOnce<P>(keys: Map<P, StyleKey>, param: P, make: (param: P) => StyleKey): StyleKey {
  let key = keys.get(param);
  if (key === undefined) {
    key = make(param);
    if (keys.size < MAX_KEPT_KEYS) keys.set(param, key);
  }
  return key;
}

// The keys' makers, made once: a maker written at each call would be a new function for each of 300,000 cells.
const numKey = (f: string): StyleKey => `num:${f}`;
const inputKey = (f: string): StyleKey => `input:${f}`;
const indentKey = (n: number): StyleKey => `indent:${n}`;

export function numStyle(numFmt: string): StyleKey {
  return keyOnce(NUM_KEYS, numFmt, numKey);
}

export function inputStyle(numFmt: string): StyleKey {
  return keyOnce(INPUT_KEYS, numFmt, inputKey);
}

/** A name indented by its depth in the tree: two steps a level, at most 15. */
export function indentStyle(depth: number): StyleKey {
  return keyOnce(INDENT_KEYS, Math.min(depth * 2, 15), indentKey);
}

/** The registry for a spec: every key its cells use. */
export function collectStyles(keys: Iterable<StyleKey>): Record<string, CellStyle> {
  const out: Record<string, CellStyle> = {};
  for (const k of keys) out[k] = styleOf(k);
  return out;
}
