import type { Formula } from './ast';
import { rewriteFormula, visitFormula } from './walk';

/**
 * The names a formula uses, and a rewrite of them: a parsed backcast speaks in plan
 * ids (`contracts / close_rate`), the sheet in defined names (`T_contracts/H_close_rate`).
 */

/** Distinct names in order of first use (left to right as written). */
export function collectNames(f: Formula): string[] {
  // A backcast names a few things: a list searched in place is cheaper than a set of them.
  const names: string[] = [];
  visitFormula(f, (node) => {
    if (node.kind === 'name' && !names.includes(node.name)) names.push(node.name);
  });
  return names;
}

/** The same formula with every `name` node replaced by `map(name)`; other nodes are kept. */
export function mapNames(f: Formula, map: (name: string) => Formula): Formula {
  return rewriteFormula(f, (node) => (node.kind === 'name' ? map(node.name) : undefined));
}
