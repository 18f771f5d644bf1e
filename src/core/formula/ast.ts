/**
 * The one formula AST. Every formula the product writes is built as a value of
 * `Formula` and turned into text by `renderFormula`, so quoting, precedence and
 * function prefixes are decided in a single place (STYLE.md habit 3).
 */
import { scanFormula } from './scan';

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
  | 'LN'
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
  | { readonly kind: 'call'; readonly fn: ExcelFunction; readonly args: readonly Formula[] }
  /**
   * The part of a shared formula each cell gives itself (`Cell.fa`): a column of a tree's
   * rows holds one formula with the row's own target in place of `arg`, as Excel shares a
   * formula down a column. Only ever read through `cellFormula`.
   */
  | { readonly kind: 'arg' };

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
/** Where a shared formula takes its cell's own part (see the `arg` kind). */
export const ARG: Formula = { kind: 'arg' };

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
const FUTURE_PREFIX = /^_xl(?:fn|ws)\./i;

/**
 * True when formula text (with or without the leading `=`, any letter case) calls a
 * volatile function. Text inside string literals, quoted sheet names and structured
 * references is skipped, and a name only counts when it is a whole identifier
 * followed by `(`, so `="OFFSET("`, `'NOW'!A1` and `H_NOW` are not volatile.
 */
export function isVolatileFormulaText(text: string): boolean {
  const tokens = scanFormula(text);
  // A function's name never holds `$` (it marks an absolute reference): the name is what follows the last one.
  const functionName = (word: string): string =>
    (word.split('$').pop() ?? '').replace(FUTURE_PREFIX, '').toUpperCase();
  return tokens.some((token, k) => {
    if (token.kind !== 'word' || !VOLATILE_SET.has(functionName(token.text))) return false;
    let next = k + 1;
    while (tokens[next]?.text === ' ' || tokens[next]?.text === '\n') next += 1;
    return tokens[next]?.text === '(';
  });
}
