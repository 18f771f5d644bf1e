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
  return typedFormula(renderFormula(f));
}

/** Formula text (without `=`, perhaps as stored in a file, `_xlfn.` and all) as Office.js takes it. */
export function typedFormula(text: string): string {
  let typed = text;
  for (const [stored, plain] of STORAGE_PREFIXED) typed = typed.split(stored).join(plain);
  return `=${typed}`;
}
