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

export function numStyle(numFmt: string): StyleKey {
  return `num:${numFmt}`;
}

export function inputStyle(numFmt: string): StyleKey {
  return `input:${numFmt}`;
}

/** The registry for a spec: every key its cells use. */
export function collectStyles(keys: Iterable<StyleKey>): Record<string, CellStyle> {
  const out: Record<string, CellStyle> = {};
  for (const k of keys) out[k] = styleOf(k);
  return out;
}
