import type { Rule, RuleHit } from './types';
import { findResponseOutcome } from './responseOutcomes';

/**
 * `kdi-needs-response`: a KDI is what the owner does, whatever the customer says. A KDI
 * named after an outcome that needs the customer's response (商談数, 受注, アポ獲得,
 * meetings held, deals won) does not move by effort alone: suggest the activity that
 * leads to it as the KDI, and this one as a KPI — a person's call.
 */
export const kdiNeedsResponse: Rule = {
  id: 'kdi-needs-response',
  defaultSeverity: 'warning',
  thresholds: [],
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const node of ctx.model.nodes) {
      if (node.level !== 'KDI') continue;
      const outcome = findResponseOutcome(node.name);
      if (outcome === undefined) continue;
      hits.push({
        node: node.id,
        at: { kind: 'node', node: node.id, field: 'name' },
        message: {
          key: 'rules.kdiNeedsResponse.outcome',
          params: { name: node.name, word: outcome.word, activity: { key: outcome.activity } },
        },
        fix: {
          description: { key: 'rules.fix.demoteToKpi', params: { name: node.name } },
          change: { kind: 'set-field', node: node.id, field: 'level', value: 'KPI' },
          safe: false,
        },
      });
    }
    return hits;
  },
};
