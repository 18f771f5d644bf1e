import type { Rule, RuleHit } from './types';
import { charLength, findVagueWord, hasNumber } from './words';

/** The name's cell, made only for a name that is flagged. */
const nameOf = (node: string) => ({ kind: 'node', node, field: 'name' }) as const;

/**
 * `smart-specific`: a name must say what is counted. Effort words without a number
 * ("頑張って訪問する", "improve sales") and names too short to mean anything are flagged.
 */
export const smartSpecific: Rule = {
  id: 'smart-specific',
  defaultSeverity: 'warning',
  thresholds: ['min_name_length'],
  check(ctx) {
    const min = ctx.threshold('min_name_length');
    const hits: RuleHit[] = [];
    for (const node of ctx.model.nodes) {
      const length = charLength(node.name);
      if (length < min) {
        hits.push({ node: node.id, at: nameOf(node.id), message: { key: 'rules.smartSpecific.short', params: { name: node.name, length, min } } });
        continue;
      }
      const word = findVagueWord(node.name);
      if (word !== undefined && !hasNumber(node.name)) {
        hits.push({ node: node.id, at: nameOf(node.id), message: { key: 'rules.smartSpecific.vague', params: { name: node.name, word } } });
      }
    }
    return hits;
  },
};
