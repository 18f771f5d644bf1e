import type { Formula } from './ast';
import { parseSimpleExpression } from './simpleExpression';

/**
 * Parser for plan `backcast` expressions (DESIGN.md §4): `+ - * / ( )`, decimal
 * numbers, ids `[A-Za-z][A-Za-z0-9_]*` and unary signs. Plan files are user input, so
 * it never throws: every problem comes back as an `ExpressionError` with its position.
 */

export type ExpressionErrorCode =
  | 'empty'
  | 'unexpected-char'
  | 'unexpected-token'
  | 'unexpected-end'
  | 'unbalanced-paren'
  | 'invalid-number'
  | 'too-deep';

export interface ExpressionError {
  readonly code: ExpressionErrorCode;
  /** 0-based index into the source. */
  readonly position: number;
  /** The offending text, when there is one. */
  readonly token?: string;
}

export type ParseResult = { ok: true; expr: Formula } | { ok: false; error: ExpressionError };

/**
 * Deepest nesting (parentheses, signs, and operator chains alike) accepted. Far beyond
 * any real backcast, and low enough that parsing, rendering and evaluating the tree
 * recursively can never exhaust the stack.
 */
export const MAX_EXPRESSION_DEPTH = 200;

type Token =
  | { type: 'num'; value: number; text: string; position: number }
  | { type: 'name'; text: string; position: number }
  | { type: 'op'; text: '+' | '-' | '*' | '/'; position: number }
  | { type: '(' | ')' | 'end'; text: string; position: number }
  | { type: 'error'; error: ExpressionError; text: string; position: number };

const NUMBER = /^(?:[0-9]+(?:\.[0-9]+)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;
const NUMBER_RUN_CHAR = /[0-9A-Za-z_.]/;
const NAME_START = /[A-Za-z]/;
const NAME_CHAR = /[A-Za-z0-9_]/;
const WHITESPACE = /\s/;

/** The maximal run that starts at a digit or `.`; `1e+3`'s sign belongs to the run. */
function numberRunEnd(source: string, start: number): number {
  let i = start;
  while (i < source.length) {
    const c = source[i];
    const exponentSign =
      (c === '+' || c === '-') && /^(?:[0-9]+\.?[0-9]*|\.[0-9]+)[eE]$/.test(source.slice(start, i));
    if (!NUMBER_RUN_CHAR.test(c) && !exponentSign) break;
    i += 1;
  }
  return i;
}

function lexNumber(source: string, start: number): Token {
  const end = numberRunEnd(source, start);
  const text = source.slice(start, end);
  const value = Number(text);
  if (!NUMBER.test(text) || !Number.isFinite(value)) {
    return {
      type: 'error',
      error: { code: 'invalid-number', position: start, token: text },
      text,
      position: start,
    };
  }
  return { type: 'num', value, text, position: start };
}

/** Whole-source tokens; a lexing problem becomes an `error` token, met in source order. */
function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (WHITESPACE.test(c)) {
      i += 1;
    } else if (c === '+' || c === '-' || c === '*' || c === '/') {
      tokens.push({ type: 'op', text: c, position: i });
      i += 1;
    } else if (c === '(' || c === ')') {
      tokens.push({ type: c, text: c, position: i });
      i += 1;
    } else if (/[0-9.]/.test(c)) {
      const token = lexNumber(source, i);
      tokens.push(token);
      if (token.type === 'error') return tokens;
      i += token.text.length;
    } else if (NAME_START.test(c)) {
      const start = i;
      while (i < source.length && NAME_CHAR.test(source[i])) i += 1;
      tokens.push({ type: 'name', text: source.slice(start, i), position: start });
    } else {
      const ch = String.fromCodePoint(source.codePointAt(i) ?? 0);
      const error: ExpressionError = { code: 'unexpected-char', position: i, token: ch };
      tokens.push({ type: 'error', error, text: ch, position: i });
      return tokens;
    }
  }
  tokens.push({ type: 'end', text: '', position: source.length });
  return tokens;
}

/** Internal control flow only: `parseExpression` catches it and returns it as data. */
class Failure {
  constructor(readonly error: ExpressionError) {}
}

interface Parsed {
  readonly expr: Formula;
  /** Height of `expr` as a tree, bounded by `MAX_EXPRESSION_DEPTH`. */
  readonly height: number;
}

class Parser {
  private index = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  parse(): Formula {
    const { expr } = this.additive(0);
    const next = this.peek();
    if (next.type === 'end') return expr;
    if (next.type === ')') return this.fail('unbalanced-paren', next);
    return this.unexpected(next);
  }

  private additive(depth: number): Parsed {
    return this.chain(depth, ['+', '-'], (d) => this.multiplicative(d));
  }

  private multiplicative(depth: number): Parsed {
    return this.chain(depth, ['*', '/'], (d) => this.unary(d));
  }

  /** `operand (op operand)*`, built left-associative as Excel evaluates it. */
  private chain(depth: number, ops: readonly string[], operand: (depth: number) => Parsed): Parsed {
    let left = operand(depth);
    for (;;) {
      const next = this.peek();
      if (next.type !== 'op' || !ops.includes(next.text)) return left;
      this.index += 1;
      const right = operand(depth);
      const height = Math.max(left.height, right.height) + 1;
      left = this.node({ kind: 'binary', op: next.text, left: left.expr, right: right.expr }, height, next);
    }
  }

  private unary(depth: number): Parsed {
    const next = this.enter(depth);
    if (next.type === 'op' && (next.text === '-' || next.text === '+')) {
      this.index += 1;
      const arg = this.unary(depth + 1);
      return this.node({ kind: 'unary', op: next.text, arg: arg.expr }, arg.height + 1, next);
    }
    return this.primary(depth);
  }

  private primary(depth: number): Parsed {
    const next = this.peek();
    switch (next.type) {
      case 'num':
        this.index += 1;
        return { expr: { kind: 'num', value: next.value }, height: 1 };
      case 'name':
        this.index += 1;
        return { expr: { kind: 'name', name: next.text }, height: 1 };
      case '(': {
        this.index += 1;
        const inner = this.additive(depth + 1);
        const close = this.peek();
        if (close.type === ')') {
          this.index += 1;
          return inner;
        }
        if (close.type === 'end') this.fail('unbalanced-paren', next);
        return this.unexpected(close);
      }
      case 'end':
        return this.fail('unexpected-end', next);
      default:
        return this.unexpected(next);
    }
  }

  /** A new tree node, refused when it would make the tree deeper than allowed. */
  private node(expr: Formula, height: number, at: Token): Parsed {
    if (height > MAX_EXPRESSION_DEPTH) this.fail('too-deep', at);
    return { expr, height };
  }

  /** The next token, after checking that one more level of nesting is allowed. */
  private enter(depth: number): Token {
    const next = this.peek();
    if (depth >= MAX_EXPRESSION_DEPTH) this.fail('too-deep', next);
    return next;
  }

  private peek(): Token {
    return this.tokens[Math.min(this.index, this.tokens.length - 1)];
  }

  private unexpected(token: Token): never {
    if (token.type === 'error') throw new Failure(token.error);
    if (token.type === 'end') this.fail('unexpected-end', token);
    return this.fail('unexpected-token', token);
  }

  private fail(code: ExpressionErrorCode, token: Token): never {
    const error: ExpressionError =
      token.type === 'end'
        ? { code, position: token.position }
        : { code, position: token.position, token: token.text };
    throw new Failure(error);
  }
}

/** Parses a backcast expression such as `contracts / close_rate`. Never throws. */
export function parseExpression(source: string): ParseResult {
  const simple = parseSimpleExpression(source);
  return simple === undefined ? parseExpressionInFull(source) : { ok: true, expr: simple };
}

/** `parseExpression` by the full parser alone: tokens first, then the tree or the first error. */
export function parseExpressionInFull(source: string): ParseResult {
  const tokens = tokenize(source);
  if (tokens.length === 1 && tokens[0].type === 'end') {
    return { ok: false, error: { code: 'empty', position: 0 } };
  }
  try {
    return { ok: true, expr: new Parser(tokens).parse() };
  } catch (e) {
    if (e instanceof Failure) return { ok: false, error: e.error };
    throw e;
  }
}
