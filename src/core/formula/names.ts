import type { Formula } from './ast';

/**
 * The names a formula uses, and a rewrite of them: a parsed backcast speaks in plan
 * ids (`contracts / close_rate`), the sheet in defined names (`T_contracts/H_close_rate`).
 */

function visitNames(f: Formula, visit: (name: string) => void): void {
  switch (f.kind) {
    case 'name':
      visit(f.name);
      return;
    case 'unary':
      visitNames(f.arg, visit);
      return;
    case 'binary':
      visitNames(f.left, visit);
      visitNames(f.right, visit);
      return;
    case 'call':
      for (const arg of f.args) visitNames(arg, visit);
      return;
    case 'num':
    case 'str':
    case 'bool':
    case 'ref':
      return;
    default: {
      const unknown: never = f;
      return unknown;
    }
  }
}

/** Distinct names in order of first use (left to right as written). */
export function collectNames(f: Formula): string[] {
  const seen = new Set<string>();
  visitNames(f, (n) => seen.add(n));
  return [...seen];
}

/** The same formula with every `name` node replaced by `map(name)`; other nodes are kept. */
export function mapNames(f: Formula, map: (name: string) => Formula): Formula {
  switch (f.kind) {
    case 'name':
      return map(f.name);
    case 'unary':
      return { ...f, arg: mapNames(f.arg, map) };
    case 'binary':
      return { ...f, left: mapNames(f.left, map), right: mapNames(f.right, map) };
    case 'call':
      return { ...f, args: f.args.map((arg) => mapNames(arg, map)) };
    case 'num':
    case 'str':
    case 'bool':
    case 'ref':
      return f;
    default: {
      const unknown: never = f;
      return unknown;
    }
  }
}
