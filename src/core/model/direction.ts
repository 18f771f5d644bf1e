import type { Formula } from '../formula/ast';
import { nodeById, type KpiNode, type Model } from './types';

/**
 * Which way a node is better: `higher` (revenue, calls: a target to reach) or `lower`
 * (churn, cost, lost deals: a cap not to exceed). A node says so itself (`better:` in the
 * plan, the tree sheet's column); one that does not follows its parent where its backcast
 * rises with the parent (the accounts churned under a churned-MRR cap are a cap too),
 * turns the other way where it falls with it, and is `higher` otherwise.
 */
export type Direction = 'higher' | 'lower';
export const DIRECTIONS: readonly Direction[] = ['higher', 'lower'];

/** +1 when the expression rises with `id`, -1 when it falls, 0 when it does not say (absent, both ways, inside a function). */
export function signOf(expr: Formula, id: string): 1 | -1 | 0 {
  // The signs met, as bits: 1 rising, 2 falling, 4 neither.
  let signs = 0;
  const walk = (f: Formula, sign: number): void => {
    switch (f.kind) {
      case 'name':
        if (f.name === id) signs |= sign > 0 ? 1 : sign < 0 ? 2 : 4;
        return;
      case 'num':
      case 'str':
      case 'bool':
      case 'ref':
      case 'arg':
        return;
      case 'unary':
        walk(f.arg, f.op === '-' ? -sign : sign);
        return;
      case 'binary':
        if (f.op === '+' || f.op === '-') {
          walk(f.left, sign);
          walk(f.right, f.op === '-' ? -sign : sign);
          return;
        }
        if (f.op === '*') {
          walk(f.left, negativeConstant(f.right) ? -sign : sign);
          walk(f.right, negativeConstant(f.left) ? -sign : sign);
          return;
        }
        if (f.op === '/') {
          walk(f.left, negativeConstant(f.right) ? -sign : sign);
          walk(f.right, -sign);
          return;
        }
        // Powers, comparisons and text do not move one way: the parent there says nothing.
        walk(f.left, 0);
        walk(f.right, 0);
        return;
      case 'call':
        for (const a of f.args) walk(a, 0);
        return;
      default: {
        const unknown: never = f;
        return unknown;
      }
    }
  };
  walk(expr, 1);
  return signs === 1 ? 1 : signs === 2 ? -1 : 0;
}

function negativeConstant(f: Formula): boolean {
  return (
    (f.kind === 'num' && f.value < 0) ||
    (f.kind === 'unary' && f.op === '-' && f.arg.kind === 'num' && f.arg.value > 0)
  );
}

/** Every node's direction, as it says or inherits it (see `Direction`). */
export function directions(model: Pick<Model, 'nodes'>): Map<string, Direction> {
  const out = new Map<string, Direction>();
  const byId = nodeById(model);
  // The nodes being resolved, from the first asked down to the one at hand: a cycle of
  // parents (a damaged workbook read back) stops where it comes back on itself.
  const onPath = new Set<string>();
  const resolve = (node: KpiNode): Direction => {
    const known = out.get(node.id);
    if (known !== undefined) return known;
    let d: Direction = 'higher';
    if (node.better !== undefined) d = node.better;
    else if (node.parent !== null && node.backcast?.expr && !onPath.has(node.id)) {
      const sign = signOf(node.backcast.expr, node.parent);
      // A parent already settled (the usual case: parents come first in a tree's order) is read, not walked to.
      const settled = sign === 0 ? undefined : out.get(node.parent);
      const parent = sign === 0 || settled !== undefined ? undefined : byId.get(node.parent);
      let up: Direction | undefined = settled;
      if (parent !== undefined) {
        onPath.add(node.id);
        up = resolve(parent);
        onPath.delete(node.id);
      }
      if (up !== undefined) d = sign > 0 ? up : up === 'higher' ? 'lower' : 'higher';
    }
    out.set(node.id, d);
    return d;
  };
  for (const n of model.nodes) resolve(n);
  return out;
}
