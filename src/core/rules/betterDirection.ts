import { directions, type Direction } from '../model/direction';
import type { Rule, RuleHit } from './types';
import { findCounterWord, findLossWord } from './words';

/**
 * `better-direction`: a node named or measured as a loss, a cost or a churn (解約, 失注,
 * コスト, churn, cost…) is a cap: less is better. Judged as a target to reach, 300,000 of
 * churn against a cap of 148,148 would read as achieved. Suggests `better: lower` unless
 * the node says so, or inherits it from a cap above it, or works against the loss
 * ("コスト削減額", "churn prevented").
 */
export const betterDirection: Rule = {
  id: 'better-direction',
  defaultSeverity: 'warning',
  thresholds: [],
  check(ctx) {
    const hits: RuleHit[] = [];
    // Every node's direction is worked out only once a node is named as a loss: most trees have none.
    let better: ReadonlyMap<string, Direction> | undefined;
    for (const node of ctx.model.nodes) {
      if (node.level === 'KCI') continue;
      const word = findLossWord(node.name) ?? findLossWord(node.unit ?? '');
      if (word === undefined || findCounterWord(node.name) !== undefined) continue;
      if ((better ??= directions(ctx.model)).get(node.id) === 'lower') continue;
      hits.push({
        node: node.id,
        at: { kind: 'node', node: node.id, field: 'name' },
        message: { key: 'rules.betterDirection.loss', params: { name: node.name, word } },
        fix: {
          description: { key: 'rules.fix.betterLower', params: { name: node.name } },
          change: { kind: 'set-field', node: node.id, field: 'better', value: 'lower' },
          safe: false,
        },
      });
    }
    return hits;
  },
};
