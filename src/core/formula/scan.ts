/**
 * The one reader of formula text (a formula people wrote, or one read back from a
 * workbook): it cuts the text into the runs Excel itself tells apart, so code that looks
 * for functions or moves references never mistakes a string, a quoted sheet name or a
 * structured reference for a name.
 */

/** A run of formula text; joined in order, the runs give back the text exactly. */
export type FormulaToken =
  /** `"…"`, a doubled `""` inside. */
  | { readonly kind: 'string'; readonly text: string }
  /** `'…'`, a quoted sheet name (a doubled `''` inside); `sheet` is the name unquoted. */
  | { readonly kind: 'sheet'; readonly text: string; readonly sheet: string }
  /** `[…]`, a structured reference or an external workbook, nested brackets included. */
  | { readonly kind: 'bracket'; readonly text: string }
  /** A run of name characters: a function, a defined name, a cell reference, a number, an unquoted sheet name. */
  | { readonly kind: 'word'; readonly text: string }
  /** Any other single character: an operator, a parenthesis, a separator, a space, `!`, `:`. */
  | { readonly kind: 'other'; readonly text: string };

const WORD_CHAR = /[A-Za-z0-9_.$\\\u0080-\uffff]/;

/** Index just past a quoted run (`"…"` or `'…'`) whose quote is doubled to escape it. */
function skipQuoted(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] !== quote) i += 1;
    else if (text[i + 1] === quote) i += 2;
    else return i + 1;
  }
  return i;
}

/** Index just past a bracketed run `[…]`, nested brackets included; `'` escapes a bracket. */
function skipBrackets(text: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < text.length) {
    const c = text[i];
    if (c === "'") i += 2;
    else {
      if (c === '[') depth += 1;
      else if (c === ']') depth -= 1;
      i += 1;
      if (depth === 0) return i;
    }
  }
  return i;
}

/** Formula text (with or without its leading `=`) cut into its runs. */
export function scanFormula(text: string): FormulaToken[] {
  const tokens: FormulaToken[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const start = i;
    if (c === '"') {
      i = skipQuoted(text, i, c);
      tokens.push({ kind: 'string', text: text.slice(start, i) });
    } else if (c === "'") {
      i = skipQuoted(text, i, c);
      const quoted = text.slice(start, i);
      tokens.push({
        kind: 'sheet',
        text: quoted,
        sheet: quoted
          .slice(1, quoted.endsWith("'") && quoted.length > 1 ? -1 : undefined)
          .replace(/''/g, "'"),
      });
    } else if (c === '[') {
      i = skipBrackets(text, i);
      tokens.push({ kind: 'bracket', text: text.slice(start, i) });
    } else if (WORD_CHAR.test(c)) {
      while (i < text.length && WORD_CHAR.test(text[i])) i += 1;
      tokens.push({ kind: 'word', text: text.slice(start, i) });
    } else {
      i += 1;
      tokens.push({ kind: 'other', text: c });
    }
  }
  return tokens;
}
