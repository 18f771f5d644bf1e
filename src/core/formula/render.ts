import type { BinaryOp, ExcelFunction, Formula } from './ast';
import { quoteSheetName } from './sheetName';

/**
 * The one renderer: AST → formula text for `range.formulas` and ExcelJS, i.e. English
 * function names, `,` separators, and no leading `=`.
 */

/**
 * Functions newer than Excel 2010 are stored in .xlsx with the `_xlfn.` prefix Excel
 * itself writes; without it Excel shows `#NAME?` when it opens the file.
 */
export const FUNCTION_PREFIX: Readonly<Partial<Record<ExcelFunction, string>>> = {
  ISOWEEKNUM: '_xlfn.',
};

/** Thrown for an AST no formula can express (a bug in the caller, not user input). */
export class FormulaRenderError extends Error {
  override readonly name = 'FormulaRenderError';
}

/**
 * Excel's binding strength, loosest first. Unary minus binds tighter than `^`
 * (`-2^2` is 4 in Excel), and every binary operator is left-associative.
 */
const BINARY_PRECEDENCE: Readonly<Record<BinaryOp, number>> = {
  '=': 1,
  '<>': 1,
  '<': 1,
  '<=': 1,
  '>': 1,
  '>=': 1,
  '&': 2,
  '+': 3,
  '-': 3,
  '*': 4,
  '/': 4,
  '^': 5,
};
const UNARY_PRECEDENCE = 6;
const ATOM_PRECEDENCE = 7;

function precedence(f: Formula): number {
  switch (f.kind) {
    case 'binary':
      return BINARY_PRECEDENCE[f.op];
    case 'unary':
      return UNARY_PRECEDENCE;
    case 'num':
      return f.value < 0 ? UNARY_PRECEDENCE : ATOM_PRECEDENCE;
    default:
      return ATOM_PRECEDENCE;
  }
}

/**
 * Shortest text that reads back as the same double (JavaScript's own algorithm).
 * Plain decimals from 1e-6 to 1e21; beyond that `1E-7` / `1E+21`, which Excel reads.
 */
export function renderNumber(value: number): string {
  if (!Number.isFinite(value)) throw new FormulaRenderError(`A formula cannot hold the number ${value}`);
  const text = String(Math.abs(value)).replace('e', 'E');
  return value < 0 ? `-${text}` : text;
}

function renderString(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/**
 * An operand placed after an operator symbol is parenthesised when it starts with a
 * sign, so `a-(-3)` and `a*(-b)` are written instead of the legal but puzzling `a--3`.
 */
function operand(f: Formula, needsParens: boolean): string {
  const text = render(f);
  return needsParens || text.startsWith('-') || text.startsWith('+') ? `(${text})` : text;
}

function render(f: Formula): string {
  switch (f.kind) {
    case 'num':
      return renderNumber(f.value);
    case 'str':
      return renderString(f.value);
    case 'bool':
      return f.value ? 'TRUE' : 'FALSE';
    case 'name':
      return f.name;
    case 'ref':
      return f.sheet === undefined ? f.address : `${quoteSheetName(f.sheet)}!${f.address}`;
    case 'unary':
      return f.op + operand(f.arg, precedence(f.arg) < UNARY_PRECEDENCE);
    case 'binary': {
      const p = BINARY_PRECEDENCE[f.op];
      const left = render(f.left);
      const leftText = precedence(f.left) < p ? `(${left})` : left;
      return leftText + f.op + operand(f.right, precedence(f.right) <= p);
    }
    case 'call':
      return `${FUNCTION_PREFIX[f.fn] ?? ''}${f.fn}(${f.args.map(render).join(',')})`;
    case 'arg':
      throw new FormulaRenderError(
        "A shared formula is written with its cell's own part: read it through cellFormula",
      );
    default:
      return unreachable(f);
  }
}

function unreachable(f: never): never {
  throw new FormulaRenderError(`Unknown formula node ${JSON.stringify(f)}`);
}

/** Formula text without the leading `=`, e.g. `ROUNDUP(ROUND(T_contracts/H_close_rate,6),0)`. */
export function renderFormula(f: Formula): string {
  return render(f);
}
