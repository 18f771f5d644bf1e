import { formulaReader } from '../formula/readable';
import type { Lang } from '../i18n';
import { hypothesisById, nodeById, type KpiNode, type Model } from '../model/types';

/** Runs of white space, or white space at an end, or any but the plain space: a name to tidy. */
const UNTIDY = /\s\s|[^\S ]|^\s|\s$/;

/** A name on one line with single spaces; undefined when nothing is left. */
function tidy(name: string): string | undefined {
  return (UNTIDY.test(name) ? name.replace(/\s+/g, ' ').trim() : name) || undefined;
}

/**
 * A node's backcast with the names people know instead of ids: 「月間売上 ÷ 平均受注単価」
 * for `revenue / unit_price` ("Monthly revenue ÷ Average deal size"). Null without a backcast
 * or when it does not parse (the formula itself is reported).
 */
export function backcastNamer(
  model: Pick<Model, 'nodes' | 'hypotheses'>,
  lang: Lang,
): (node: Pick<KpiNode, 'backcast'>) => string | null {
  // The tree's own indexes of its nodes and hypotheses, shared with the rest of the build:
  // no map of every id of its own. Node and hypothesis ids never coincide.
  const nodes = nodeById(model);
  const hypothesisOf = hypothesisById(model);
  const nameOf = (id: string): string | undefined => {
    const name = (hypothesisOf(id) ?? nodes.get(id))?.name;
    return name === undefined ? undefined : tidy(name);
  };
  const read = formulaReader({ nameOf, fullWidthBrackets: lang === 'ja' });
  return (node) => {
    const expr = node.backcast?.expr;
    if (expr === undefined || expr === null) return null;
    return read(expr);
  };
}
