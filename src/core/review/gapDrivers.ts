import type { Formula } from '../formula/ast';
import type { Model } from '../model/types';
import type { ReviewRow } from './types';

/**
 * Where a KGI's gap comes from. When the KGI's backcast runs down a chain of single
 * children, each `child = parent × (a product or quotient of hypotheses and numbers)`,
 * the KGI is the leaf's volume times every link's ratio, parent ÷ child:
 * 売上 = 架電数 × (アポ数 ÷ 架電数) × … × (売上 ÷ 成約件数). The to-date gap splits over
 * these drivers by the logarithmic mean (LMDI): driver i gets
 * L(actual, target) × ln(driver's actual ÷ driver's target), L the logarithmic mean of the
 * KGI's to-date actual and target. Every driver's actual and target are ratios of the
 * nodes' to-date actuals and targets, so the products telescope and the contributions add
 * up exactly to actual − target.
 */

/** One driver: the leaf's volume (`denominator` null), or a link's ratio `numerator ÷ denominator` of two nodes. */
export interface GapDriver {
  /** The leaf's id, or the link's hypothesis id (or `parent/child` when the link has no single hypothesis). */
  readonly key: string;
  /** The name shown: the node's, the hypothesis's, or `parent ÷ child` by names. */
  readonly name: string;
  readonly numerator: string;
  readonly denominator: string | null;
}

/** The chain the KGI's gap is split along: its nodes from the KGI down, and the drivers from the leaf up. */
export interface GapChain {
  readonly kgi: string;
  /** The KGI first, then each single child down to the leaf. */
  readonly nodes: readonly string[];
  /** The leaf's volume, then each link from the bottom up; empty when the KGI has no such chain. */
  readonly drivers: readonly GapDriver[];
}

/** Names with their exponents, and whether the expression is a product or quotient of names and positive numbers. */
function monomial(f: Formula, out: Map<string, number>, sign: 1 | -1): boolean {
  switch (f.kind) {
    case 'num':
      return f.value > 0;
    case 'name':
      out.set(f.name, (out.get(f.name) ?? 0) + sign);
      return true;
    case 'unary':
      return f.op === '+' && monomial(f.arg, out, sign);
    case 'binary':
      if (f.op === '*') return monomial(f.left, out, sign) && monomial(f.right, out, sign);
      if (f.op === '/') return monomial(f.left, out, sign) && monomial(f.right, out, sign === 1 ? -1 : 1);
      return false;
    default:
      return false;
  }
}

/**
 * The hypotheses of a link `child = parent × Π hᵢ^eᵢ × k` (k a positive number), or null
 * when the backcast is not of that form: the parent once in the numerator, nothing but
 * hypotheses and numbers besides.
 */
export function linkHypotheses(
  expr: Formula,
  parent: string,
  hypotheses: ReadonlySet<string>,
): Map<string, number> | null {
  const exponents = new Map<string, number>();
  if (!monomial(expr, exponents, 1)) return null;
  if (exponents.get(parent) !== 1) return null;
  exponents.delete(parent);
  for (const [id, e] of exponents) {
    if (!hypotheses.has(id)) return null;
    if (e === 0) exponents.delete(id);
  }
  return exponents;
}

/**
 * The chain from the first KGI of the review's rows: down while a node has exactly one
 * reviewed child with a backcast, and that backcast is a link of the form above. A node
 * with two children (a sum of branches) ends the chain; a KGI with no link below has no
 * drivers. Null without a KGI among the rows.
 */
export function gapChain(model: Model, rows: readonly ReviewRow[]): GapChain | null {
  const kgi = rows.find((r) => r.level === 'KGI');
  if (kgi === undefined) return null;
  const rowOf = new Map(rows.map((r) => [r.id, r]));
  const nodeOf = new Map(model.nodes.map((n) => [n.id as string, n]));
  const hypotheses = new Map(model.hypotheses.map((h) => [h.id as string, h.name]));
  const ids = new Set(hypotheses.keys());
  const nodes = [kgi.id];
  const links: GapDriver[] = [];
  for (let at = kgi; ;) {
    const children = at.children.filter((c) => nodeOf.get(c)?.backcast !== undefined);
    if (children.length !== 1) break;
    const child = rowOf.get(children[0]);
    const expr = nodeOf.get(children[0])?.backcast?.expr;
    if (child === undefined || !expr || nodes.includes(child.id)) break;
    const hs = linkHypotheses(expr, at.id, ids);
    if (hs === null) break;
    const [[h, e] = ['', 0]] = [...hs];
    const single = hs.size === 1 && Math.abs(e) === 1;
    links.push({
      key: single ? h : `${at.id}/${child.id}`,
      name: single ? (hypotheses.get(h) ?? h) : `${at.name} ÷ ${child.name}`,
      numerator: at.id,
      denominator: child.id,
    });
    nodes.push(child.id);
    at = child;
  }
  if (links.length === 0) return { kgi: kgi.id, nodes, drivers: [] };
  const leaf = rowOf.get(nodes[nodes.length - 1]) as ReviewRow;
  return {
    kgi: kgi.id,
    nodes,
    drivers: [{ key: leaf.id, name: leaf.name, numerator: leaf.id, denominator: null }, ...links.reverse()],
  };
}

/** Why the gap cannot be split this week: an actual or target to date missing, or a zero or negative one the split cannot take. */
export type NoSplit = 'missing' | 'unusable';

/** The split: to-date actual − target, and each driver's contribution (by key), or why there is none. */
export interface GapSplit {
  readonly total: number | null;
  readonly contributions: ReadonlyMap<string, number> | null;
  readonly none: NoSplit | null;
}

export type ToDate = ReadonlyMap<
  string,
  { readonly mtdActual: number | null; readonly mtdTarget: number | null }
>;

/** The logarithmic mean: (a − b) ÷ ln(a ÷ b), and a itself when a = b. */
export function logMean(a: number, b: number): number {
  return a === b ? a : (a - b) / Math.log(a / b);
}

/**
 * The split of the KGI's to-date gap over the chain's drivers. Needs every node's actual
 * and target to date, targets above zero, actuals not below it. When the KGI's actual is
 * zero, the nodes at zero are the top of the chain (else: no split): the driver where the
 * chain falls to zero — the lowest node's link to its child, or the leaf's volume — takes
 * the whole gap, the limit LMDI gives as that actual goes to zero; the others take none.
 */
export function gapSplit(chain: GapChain, figures: ToDate): GapSplit {
  const a = chain.nodes.map((id) => figures.get(id)?.mtdActual ?? null);
  const t = chain.nodes.map((id) => figures.get(id)?.mtdTarget ?? null);
  const total = a[0] !== null && t[0] !== null ? a[0] - t[0] : null;
  if (chain.drivers.length === 0) return { total, contributions: null, none: null };
  if (a.some((x) => x === null) || t.some((x) => x === null))
    return { total, contributions: null, none: 'missing' };
  const A = a as number[];
  const T = t as number[];
  const usable =
    T.every((x) => x > 0) && A.every((x) => x >= 0) && A.every((x, i) => i === 0 || A[i - 1] === 0 || x > 0);
  if (!usable) return { total, contributions: null, none: 'unusable' };
  const index = new Map(chain.nodes.map((id, i) => [id, i]));
  const gap = A[0] - T[0];
  const contributions = new Map<string, number>();
  const L = A[0] > 0 ? logMean(A[0], T[0]) : 0;
  const g = (i: number): number => Math.log(A[i] / T[i]);
  for (const d of chain.drivers) {
    const i = index.get(d.numerator) as number;
    const zero =
      d.denominator === null ? A[i] === 0 : A[i] === 0 && A[index.get(d.denominator) as number] > 0;
    if (A[0] === 0) contributions.set(d.key, zero ? gap : 0);
    else contributions.set(d.key, d.denominator === null ? L * g(i) : L * (g(i) - g(i + 1)));
  }
  return { total, contributions, none: null };
}

/** The drivers in the order the table shows them: largest contribution (either sign) first, the chain's order kept between equals. */
export function bySize(drivers: readonly GapDriver[], split: GapSplit | null): GapDriver[] {
  const size = (d: GapDriver): number => Math.abs(split?.contributions?.get(d.key) ?? 0);
  return drivers
    .map((d, i) => ({ d, i }))
    .sort((x, y) => size(y.d) - size(x.d) || x.i - y.i)
    .map((x) => x.d);
}
