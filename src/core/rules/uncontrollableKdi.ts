import type { Rule, RuleHit } from './types';
import { findUncontrollableWord } from './words';

/**
 * `uncontrollable-kdi`: a KDI is an activity 100 % in the owner's hands. Marked not
 * controllable, or named after what nobody controls (the market, the weather, other
 * departments): suggest marking it controllable or making it a KPI, a person's call.
 */
export const uncontrollableKdi: Rule = {
  id: 'uncontrollable-kdi',
  defaultSeverity: 'warning',
  thresholds: [],
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const node of ctx.model.nodes) {
      if (node.level !== 'KDI') continue;
      if (node.controllable === false) {
        hits.push({
          node: node.id,
          at: { kind: 'node', node: node.id, field: 'controllable' },
          message: { key: 'rules.uncontrollableKdi.notControllable', params: { name: node.name } },
          fix: {
            description: { key: 'rules.fix.markControllable', params: { name: node.name } },
            change: { kind: 'set-field', node: node.id, field: 'controllable', value: true },
            safe: false,
          },
        });
        continue;
      }
      const word = findUncontrollableWord(node.name);
      if (word !== undefined) {
        hits.push({
          node: node.id,
          at: { kind: 'node', node: node.id, field: 'name' },
          message: { key: 'rules.uncontrollableKdi.word', params: { name: node.name, word } },
          fix: {
            description: { key: 'rules.fix.demoteToKpi', params: { name: node.name } },
            change: { kind: 'set-field', node: node.id, field: 'level', value: 'KPI' },
            safe: false,
          },
        });
      }
    }
    return hits;
  },
};
