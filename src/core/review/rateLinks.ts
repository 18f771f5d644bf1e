import type { Formula } from '../formula/ast';
import { looksLikeRate, numberFormatFor } from '../model/units';
import type { Model } from '../model/types';

/** The two nodes a hypothesis links: its actual rate is `numerator ÷ denominator` of their actuals. */
export interface RateLink {
  readonly numerator: string;
  readonly denominator: string;
}

/** One row of the tab's table of hypotheses: the hypothesis, and the nodes its rate is read from (null: none). */
export interface RateRow {
  readonly id: string;
  readonly name: string;
  readonly value: number;
  /** Excel number format of the hypothesis and its actual rates. */
  readonly numFmt: string;
  readonly link: RateLink | null;
}

const isName = (f: Formula, n: string): boolean => f.kind === 'name' && f.name === n;

/**
 * The link a backcast makes between its node and its parent through one hypothesis:
 * `child = parent / h` reads h as parent ÷ child (contracts ÷ meetings is the close rate);
 * `child = parent × h` (or `h × parent`) reads h as child ÷ parent. Any other shape links
 * nothing: `revenue * (1 - share)` gives no rate of its own.
 */
function linkOf(expr: Formula, child: string, parent: string, hypothesis: string): RateLink | null {
  if (expr.kind !== 'binary') return null;
  const { op, left, right } = expr;
  if (op === '/' && isName(left, parent) && isName(right, hypothesis))
    return { numerator: parent, denominator: child };
  if (
    op === '*' &&
    ((isName(left, parent) && isName(right, hypothesis)) ||
      (isName(left, hypothesis) && isName(right, parent)))
  )
    return { numerator: child, denominator: parent };
  return null;
}

/**
 * Every hypothesis of the plan, in its order, with the first pair of reviewed nodes
 * (`reviewed`: the ids with an actual cell in the tab) whose backcast links them through
 * it alone; a hypothesis with none still has its row, which says no rate can be derived.
 */
export function rateRows(model: Model, reviewed: ReadonlySet<string>): RateRow[] {
  return model.hypotheses.map((h) => {
    let link: RateLink | null = null;
    for (const node of model.nodes) {
      const expr = node.backcast?.expr;
      if (link !== null || !expr || node.parent === null) continue;
      if (!reviewed.has(node.id) || !reviewed.has(node.parent)) continue;
      link = linkOf(expr, node.id, node.parent, h.id);
    }
    const rate = looksLikeRate(h.id, h.unit, h.name);
    return {
      id: h.id,
      name: h.name,
      value: h.value,
      numFmt: rate ? '0.0%' : numberFormatFor(h.unit),
      link,
    };
  });
}

/** A rate's actual this week and to date, and how far to date stands from the hypothesis (to date ÷ hypothesis). */
export interface RateFigures {
  readonly week: number | null;
  readonly toDate: number | null;
  readonly ratio: number | null;
}

const quotient = (a: number | null | undefined, b: number | null | undefined): number | null =>
  a === null || a === undefined || b === null || b === undefined || b === 0 ? null : a / b;

/**
 * The numbers of each rate row as the tab's formulas give them, from the nodes' actuals
 * this week and to date (by id).
 */
export function rateFigures(
  rows: readonly RateRow[],
  nodes: ReadonlyMap<string, { readonly actual: number | null; readonly mtdActual: number | null }>,
): Map<string, RateFigures> {
  const out = new Map<string, RateFigures>();
  for (const row of rows) {
    if (row.link === null) continue;
    const num = nodes.get(row.link.numerator);
    const den = nodes.get(row.link.denominator);
    const toDate = quotient(num?.mtdActual, den?.mtdActual);
    out.set(row.id, {
      week: quotient(num?.actual, den?.actual),
      toDate,
      ratio: quotient(toDate, row.value),
    });
  }
  return out;
}
