/**
 * The one formula AST. Every formula the product writes is built as a value of
 * `Formula` and turned into text by `renderFormula`, so quoting, precedence and
 * function prefixes are decided in a single place (STYLE.md habit 3).
 */

/**
 * The worksheet functions the product may write. Volatile functions (see
 * `VOLATILE_FUNCTIONS`) are deliberately absent: they recalculate on every edit and
 * would make large KPI workbooks slow, so they cannot even be expressed.
 */
export type ExcelFunction =
  | 'ROUND'
  | 'ROUNDUP'
  | 'ROUNDDOWN'
  | 'SUM'
  | 'MAX'
  | 'MIN'
  | 'ABS'
  | 'IF'
  | 'IFERROR'
  | 'AND'
  | 'OR'
  | 'NOT'
  | 'ISBLANK'
  | 'ISNUMBER'
  | 'NETWORKDAYS'
  | 'COUNTIF'
  | 'COUNTIFS'
  | 'SUMIFS'
  | 'SUMPRODUCT'
  | 'COUNTA'
  | 'INDEX'
  | 'MATCH'
  | 'HYPERLINK'
  | 'DATE'
  | 'AVERAGE'
  | 'ISOWEEKNUM'
  | 'CONCATENATE'
  | 'TEXT';

export type UnaryOp = '-' | '+';
export type BinaryOp = '+' | '-' | '*' | '/' | '^' | '&' | '=' | '<>' | '<' | '<=' | '>' | '>=';

export type Formula =
  | { readonly kind: 'num'; readonly value: number }
  | { readonly kind: 'str'; readonly value: string }
  | { readonly kind: 'bool'; readonly value: boolean }
  /** A defined name (`H_close_rate`) or, in a parsed plan expression, a plan id (`close_rate`). */
  | { readonly kind: 'name'; readonly name: string }
  /** `A1`, `$A$1` or `A1:B2`, optionally on another sheet (quoted by `quoteSheetName`). */
  | { readonly kind: 'ref'; readonly sheet?: string; readonly address: string }
  | { readonly kind: 'unary'; readonly op: UnaryOp; readonly arg: Formula }
  | { readonly kind: 'binary'; readonly op: BinaryOp; readonly left: Formula; readonly right: Formula }
  | { readonly kind: 'call'; readonly fn: ExcelFunction; readonly args: readonly Formula[] };

export type FormulaKind = Formula['kind'];

export const num = (value: number): Formula => ({ kind: 'num', value });
export const str = (value: string): Formula => ({ kind: 'str', value });
export const bool = (value: boolean): Formula => ({ kind: 'bool', value });
export const name = (n: string): Formula => ({ kind: 'name', name: n });

/** `ref('A1')` or `ref('$C$7:$H$7', 'KPI Tree')`. */
export const ref = (address: string, sheet?: string): Formula =>
  sheet === undefined ? { kind: 'ref', address } : { kind: 'ref', sheet, address };

export const unary = (op: UnaryOp, arg: Formula): Formula => ({ kind: 'unary', op, arg });
export const neg = (arg: Formula): Formula => unary('-', arg);
export const bin = (op: BinaryOp, left: Formula, right: Formula): Formula => ({
  kind: 'binary',
  op,
  left,
  right,
});
export const call = (fn: ExcelFunction, ...args: Formula[]): Formula => ({ kind: 'call', fn, args });

/**
 * Functions Excel recalculates on every change anywhere in the workbook. The product
 * never writes them (they are not in `ExcelFunction`); this list lets checks and the
 * benchmark find them in formula text read back from a workbook.
 */
export const VOLATILE_FUNCTIONS = [
  'INDIRECT',
  'OFFSET',
  'TODAY',
  'NOW',
  'RAND',
  'RANDBETWEEN',
  'RANDARRAY',
  'CELL',
  'INFO',
] as const;
export type VolatileFunction = (typeof VOLATILE_FUNCTIONS)[number];

/** Compile-time proof that no volatile function slipped into `ExcelFunction`. */
const _noVolatileInAst: [Extract<ExcelFunction, VolatileFunction>] extends [never] ? true : never = true;

const VOLATILE_SET: ReadonlySet<string> = new Set(VOLATILE_FUNCTIONS);
const IDENT_CHAR = /[A-Za-z0-9_.\\\u0080-\uffff]/;
const FUTURE_PREFIX = /^_xl(?:fn|ws)\./i;

/** Index just past a quoted run (`"…"` string or `'…'` sheet name) whose quote is doubled to escape it. */
function skipQuoted(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] !== quote) i += 1;
    else if (text[i + 1] === quote) i += 2;
    else return i + 1;
  }
  return i;
}

/** Index just past a structured reference `[…]`, nested brackets included; `'` escapes a bracket. */
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

/**
 * True when formula text (with or without the leading `=`, any letter case) calls a
 * volatile function. Text inside string literals, quoted sheet names and structured
 * references is skipped, and a name only counts when it is a whole identifier
 * followed by `(`, so `="OFFSET("`, `'NOW'!A1` and `H_NOW` are not volatile.
 */
export function isVolatileFormulaText(text: string): boolean {
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"' || c === "'") {
      i = skipQuoted(text, i, c);
    } else if (c === '[') {
      i = skipBrackets(text, i);
    } else if (IDENT_CHAR.test(c)) {
      const start = i;
      while (i < text.length && IDENT_CHAR.test(text[i])) i += 1;
      const ident = text.slice(start, i).replace(FUTURE_PREFIX, '').toUpperCase();
      let j = i;
      while (j < text.length && (text[j] === ' ' || text[j] === '\n')) j += 1;
      if (text[j] === '(' && VOLATILE_SET.has(ident)) return true;
    } else {
      i += 1;
    }
  }
  return false;
}
