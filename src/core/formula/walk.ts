import type { Formula } from './ast';

/**
 * The one walk over a formula tree. Every node kind is named here, in an exhaustive
 * switch, so code that collects names, renames sheets or looks for references cannot
 * skip a kind it does not know: a new kind fails to compile here first.
 */

/**
 * The formula rewritten from the top: `rewrite` returns a node's replacement (kept as it
 * is, not walked into), or undefined to keep the node and rewrite its operands.
 */
export function rewriteFormula(f: Formula, rewrite: (node: Formula) => Formula | undefined): Formula {
  const replaced = rewrite(f);
  if (replaced !== undefined) return replaced;
  switch (f.kind) {
    case 'num':
    case 'str':
    case 'bool':
    case 'name':
    case 'ref':
    case 'arg':
      return f;
    // Written out rather than spread: a 10,000-node tree rewrites every backcast.
    case 'unary':
      return { kind: 'unary', op: f.op, arg: rewriteFormula(f.arg, rewrite) };
    case 'binary':
      return {
        kind: 'binary',
        op: f.op,
        left: rewriteFormula(f.left, rewrite),
        right: rewriteFormula(f.right, rewrite),
      };
    case 'call': {
      const args = new Array<Formula>(f.args.length);
      for (let i = 0; i < args.length; i++) args[i] = rewriteFormula(f.args[i], rewrite);
      return { kind: 'call', fn: f.fn, args };
    }
    default: {
      const unknown: never = f;
      return unknown;
    }
  }
}

/** Visits every node of a formula, each before its operands, left to right as written. */
export function visitFormula(f: Formula, visit: (node: Formula) => void): void {
  visit(f);
  switch (f.kind) {
    case 'unary':
      visitFormula(f.arg, visit);
      return;
    case 'binary':
      visitFormula(f.left, visit);
      visitFormula(f.right, visit);
      return;
    case 'call':
      for (const arg of f.args) visitFormula(arg, visit);
      return;
    default:
      return;
  }
}

/** A shared formula with its cell's own part in place of every `arg` (see `Cell.fa`). */
export function fillArg(f: Formula, arg: Formula): Formula {
  return rewriteFormula(f, (node) => (node.kind === 'arg' ? arg : undefined));
}

/** Whether any node of a formula passes `test`. */
export function someNode(f: Formula, test: (node: Formula) => boolean): boolean {
  let found = false;
  visitFormula(f, (node) => {
    found ||= test(node);
  });
  return found;
}
