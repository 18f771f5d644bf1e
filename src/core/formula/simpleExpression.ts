import type { Formula } from './ast';

/**
 * The backcasts plans are made of (`team1_revenue * team1_o1_share`, `(a + b) / 2`) read
 * straight from the characters, without a list of tokens: names, plain decimals, `+ - * /`,
 * unary signs, parentheses and spaces. The tree is the one `parseExpression` builds. Anything
 * else — an error of any kind, an exponent, another kind of space, a long source — is
 * declined with `undefined`, and the full parser decides, so its answer and its errors stay
 * the only ones.
 */

/**
 * Sources of fewer characters cannot nest 200 deep (each level takes a character), so the
 * depth limit never applies to what is read here.
 */
const MAX_SIMPLE_LENGTH = 200;

const SPACE = 32;
const OPEN = 40;
const CLOSE = 41;
const STAR = 42;
const PLUS = 43;
const MINUS = 45;
const DOT = 46;
const SLASH = 47;
const UNDERSCORE = 95;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Declines: the source is not one this reader promises to read as the full parser does. */
const DECLINE = null;

class SimpleReader {
  private at = 0;

  constructor(private readonly source: string) {}

  expression(): Formula | undefined {
    const expr = this.additive();
    if (expr === DECLINE) return undefined;
    this.skipSpaces();
    return this.at === this.source.length ? expr : undefined;
  }

  private skipSpaces(): void {
    while (this.source.charCodeAt(this.at) === SPACE) this.at++;
  }

  private additive(): Formula | null {
    let left = this.multiplicative();
    while (left !== DECLINE) {
      this.skipSpaces();
      const c = this.source.charCodeAt(this.at);
      if (c !== PLUS && c !== MINUS) return left;
      this.at++;
      const right = this.multiplicative();
      if (right === DECLINE) return DECLINE;
      left = { kind: 'binary', op: c === PLUS ? '+' : '-', left, right };
    }
    return DECLINE;
  }

  private multiplicative(): Formula | null {
    let left = this.unary();
    while (left !== DECLINE) {
      this.skipSpaces();
      const c = this.source.charCodeAt(this.at);
      if (c !== STAR && c !== SLASH) return left;
      this.at++;
      const right = this.unary();
      if (right === DECLINE) return DECLINE;
      left = { kind: 'binary', op: c === STAR ? '*' : '/', left, right };
    }
    return DECLINE;
  }

  private unary(): Formula | null {
    this.skipSpaces();
    const c = this.source.charCodeAt(this.at);
    if (c === MINUS || c === PLUS) {
      this.at++;
      const arg = this.unary();
      return arg === DECLINE ? DECLINE : { kind: 'unary', op: c === MINUS ? '-' : '+', arg };
    }
    return this.primary(c);
  }

  private primary(c: number): Formula | null {
    const source = this.source;
    const start = this.at;
    if (isLetter(c)) {
      let end = start + 1;
      for (
        let d = source.charCodeAt(end);
        isLetter(d) || isDigit(d) || d === UNDERSCORE;
        d = source.charCodeAt(end)
      )
        end++;
      this.at = end;
      return { kind: 'name', name: source.slice(start, end) };
    }
    // A number ends where its digits do: a letter, `_` or `.` after them (an exponent, or an
    // error) is no operator, so the source is declined there.
    if (isDigit(c)) {
      let end = start + 1;
      while (isDigit(source.charCodeAt(end))) end++;
      if (source.charCodeAt(end) === DOT) {
        end++;
        if (!isDigit(source.charCodeAt(end))) return DECLINE;
        while (isDigit(source.charCodeAt(end))) end++;
      }
      const value = Number(source.slice(start, end));
      if (!Number.isFinite(value)) return DECLINE;
      this.at = end;
      return { kind: 'num', value };
    }
    if (c === OPEN) {
      this.at++;
      const inner = this.additive();
      if (inner === DECLINE) return DECLINE;
      this.skipSpaces();
      if (source.charCodeAt(this.at) !== CLOSE) return DECLINE;
      this.at++;
      return inner;
    }
    return DECLINE;
  }
}

/** The tree of a simple, well-formed backcast; `undefined` when the full parser must read it. */
export function parseSimpleExpression(source: string): Formula | undefined {
  if (source.length >= MAX_SIMPLE_LENGTH) return undefined;
  return new SimpleReader(source).expression();
}
