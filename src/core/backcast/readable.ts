import { readableFormula } from '../formula/readable';
import type { Lang } from '../i18n';
import type { KpiNode, Model } from '../model/types';

/**
 * A node's backcast with the names people know instead of ids: 「月間売上 ÷ 平均受注単価」
 * for `revenue / unit_price` ("Monthly revenue ÷ Average deal size"). Null without a backcast
 * or when it does not parse (the formula itself is reported). The names are gathered once,
 * for every node of the tree the function is then asked about.
 */
export function backcastNamer(
  model: Pick<Model, 'nodes' | 'hypotheses'>,
  lang: Lang,
): (node: Pick<KpiNode, 'backcast'>) => string | null {
  // Each name tidied once, here, rather than each time a backcast names it.
  const names = new Map<string, string | undefined>();
  const tidy = (name: string): string | undefined => name.replace(/\s+/g, ' ').trim() || undefined;
  for (const h of model.hypotheses) names.set(h.id, tidy(h.name));
  for (const n of model.nodes) names.set(n.id, tidy(n.name));
  const nameOf = (id: string): string | undefined => names.get(id);
  return (node) => {
    const expr = node.backcast?.expr;
    if (expr === undefined || expr === null) return null;
    return readableFormula(expr, { nameOf, fullWidthBrackets: lang === 'ja' });
  };
}
