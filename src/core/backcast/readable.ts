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
  const names = new Map<string, string>();
  for (const h of model.hypotheses) names.set(h.id, h.name);
  for (const n of model.nodes) names.set(n.id, n.name);
  const nameOf = (id: string): string | undefined => {
    const name = names.get(id)?.replace(/\s+/g, ' ').trim();
    return name === undefined || name === '' ? undefined : name;
  };
  return (node) => {
    const expr = node.backcast?.expr;
    if (expr === undefined || expr === null) return null;
    return readableFormula(expr, { nameOf, fullWidthBrackets: lang === 'ja' });
  };
}
