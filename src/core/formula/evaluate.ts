import { excelRound, excelRoundDown, excelRoundUp } from '../num/round';
import type { ExcelFunction, Formula } from './ast';

/**
 * The number a formula stands for, computed the way Excel would, so the core can show
 * and check targets without a spreadsheet engine. Integration tests hold it equal to
 * the value a real engine computes for the rendered text. Arithmetic is plain IEEE
 * double (`21 / 0.35` is `60.00000000000001`); counts go through `ROUNDUP(ROUND(x,6),0)`.
 */

export type EvalError =
  | { readonly code: 'unknown-name'; readonly name: string }
  /** Excel's `#DIV/0!`. */
  | { readonly code: 'division-by-zero' }
  /** A node with no numeric meaning here: `str`, `bool`, `ref`, an operator such as `&`, a function such as `IF`. */
  | { readonly code: 'not-numeric'; readonly kind: string }
  /** Excel's `#NUM!`: overflow, `0^0`, a fractional power of a negative number. */
  | { readonly code: 'non-finite' }
  /** A supported function called with a number of arguments Excel refuses. */
  | { readonly code: 'wrong-arity'; readonly fn: ExcelFunction; readonly count: number };

export type EvalResult = { ok: true; value: number } | { ok: false; error: EvalError };

/** Internal control flow only: `evaluate` catches it and returns it as data. */
class Failure {
  constructor(readonly error: EvalError) {}
}

function fail(error: EvalError): never {
  throw new Failure(error);
}

/** Guards every result: no infinities or NaN, and no `-0` (Excel has none). */
function finite(value: number): number {
  if (!Number.isFinite(value)) return fail({ code: 'non-finite' });
  return value === 0 ? 0 : value;
}

function arithmetic(op: string, a: number, b: number): number {
  switch (op) {
    case '+':
      return finite(a + b);
    case '-':
      return finite(a - b);
    case '*':
      return finite(a * b);
    case '/':
      return b === 0 ? fail({ code: 'division-by-zero' }) : finite(a / b);
    case '^':
      if (a === 0 && b < 0) return fail({ code: 'division-by-zero' });
      if (a === 0 && b === 0) return fail({ code: 'non-finite' });
      return finite(Math.pow(a, b));
    default:
      return fail({ code: 'not-numeric', kind: op });
  }
}

type Env = (name: string) => number | undefined;

function arity(fn: ExcelFunction, args: readonly number[], min: number, max: number): void {
  if (args.length < min || args.length > max) fail({ code: 'wrong-arity', fn, count: args.length });
}

const MAX_ARGS = 255;

function callFunction(fn: ExcelFunction, args: readonly number[]): number {
  switch (fn) {
    case 'ROUND':
    case 'ROUNDUP':
    case 'ROUNDDOWN': {
      arity(fn, args, 2, 2);
      const round = fn === 'ROUND' ? excelRound : fn === 'ROUNDUP' ? excelRoundUp : excelRoundDown;
      return finite(round(args[0], Math.trunc(args[1])));
    }
    case 'MAX':
      arity(fn, args, 1, MAX_ARGS);
      return Math.max(...args);
    case 'MIN':
      arity(fn, args, 1, MAX_ARGS);
      return Math.min(...args);
    case 'SUM':
      arity(fn, args, 1, MAX_ARGS);
      return finite(args.reduce((sum, x) => sum + x, 0));
    case 'ABS':
      arity(fn, args, 1, 1);
      return Math.abs(args[0]);
    default:
      return fail({ code: 'not-numeric', kind: fn });
  }
}

const ARITHMETIC: ReadonlySet<string> = new Set(['+', '-', '*', '/', '^']);

const NUMERIC_FUNCTIONS: ReadonlySet<ExcelFunction> = new Set([
  'ROUND',
  'ROUNDUP',
  'ROUNDDOWN',
  'MAX',
  'MIN',
  'SUM',
  'ABS',
]);

function value(f: Formula, env: Env): number {
  switch (f.kind) {
    case 'num':
      return finite(f.value);
    case 'name': {
      const v = env(f.name);
      return v === undefined ? fail({ code: 'unknown-name', name: f.name }) : finite(v);
    }
    case 'unary': {
      const arg = value(f.arg, env);
      return f.op === '-' ? finite(-arg) : arg;
    }
    case 'binary':
      if (!ARITHMETIC.has(f.op)) return fail({ code: 'not-numeric', kind: f.op });
      return arithmetic(f.op, value(f.left, env), value(f.right, env));
    case 'call':
      // Refuse IF, TEXT… before evaluating their arguments, so the error names the function.
      if (!NUMERIC_FUNCTIONS.has(f.fn)) return fail({ code: 'not-numeric', kind: f.fn });
      return callFunction(
        f.fn,
        f.args.map((arg) => value(arg, env)),
      );
    case 'str':
    case 'bool':
    case 'ref':
    case 'arg':
      return fail({ code: 'not-numeric', kind: f.kind });
    default: {
      const unknown: never = f;
      return unknown;
    }
  }
}

/** Evaluates `f`, looking names up in `env` (`undefined` = no such name). Never throws. */
export function evaluate(f: Formula, env: Env): EvalResult {
  try {
    return { ok: true, value: value(f, env) };
  } catch (e) {
    if (e instanceof Failure) return { ok: false, error: e.error };
    throw e;
  }
}
