import type { Formula } from '../../core/formula/ast';
import { FUNCTION_PREFIX, renderFormula } from '../../core/formula/render';

/**
 * A formula as `range.formulas` takes it: `=` + the one renderer's English text, without
 * the `_xlfn.` storage prefixes the renderer adds for .xlsx files. Office.js takes
 * formulas as a person would type them, and Excel adds the prefix itself when it saves.
 */
const STORAGE_PREFIXED: readonly (readonly [string, string])[] = Object.entries(FUNCTION_PREFIX).map(
  ([fn, prefix]) => [`${prefix}${fn}(`, `${fn}(`] as const,
);

export function officeFormula(f: Formula): string {
  let text = renderFormula(f);
  for (const [stored, typed] of STORAGE_PREFIXED) text = text.split(stored).join(typed);
  return `=${text}`;
}
