import { firstOfMonth, lastOfMonth } from '../calendar/date';
import type { Rule, RuleHit } from './types';

/**
 * `smart-time-bound`: every number has a deadline, its own or one inherited from a
 * parent. Missing everywhere up the chain: reported once, at the top, with the safe fix
 * "set it to the month's last working day" (a deadline on a Sunday or a holiday is no
 * deadline anyone works to). A deadline outside the month, or after the
 * parent's, is suggested a change that needs a person's judgement.
 */
export const smartTimeBound: Rule = {
  id: 'smart-time-bound',
  defaultSeverity: 'warning',
  thresholds: [],
  check(ctx) {
    const hits: RuleHit[] = [];
    const end = ctx.periodEnd;
    const due = ctx.lastWorkday;
    const month = ctx.model.month;
    const first = firstOfMonth(month);
    for (const node of ctx.model.nodes) {
      if (node.level === 'KCI') continue;
      const at = { kind: 'node', node: node.id, field: 'deadline' } as const;
      const parent = node.parent === null ? undefined : ctx.byId.get(node.parent);
      if (node.deadline === undefined) {
        // Only the top of a chain without deadlines: below it, fixing the top is enough.
        // Nodes cut off from the KGI are reported by the structural checks and smart-relevant.
        if (ctx.effectiveDeadline(node.id) !== undefined || parent !== undefined || (ctx.kgi !== undefined && !ctx.connected.has(node.id))) continue;
        hits.push({
          node: node.id,
          at,
          message: { key: 'rules.smartTimeBound.missing', params: { name: node.name, periodEnd: due ?? '-' } },
          fix:
            due === null
              ? undefined
              : {
                  description: { key: 'rules.fix.setDeadline', params: { name: node.name, value: due } },
                  change: { kind: 'set-field', node: node.id, field: 'deadline', value: due },
                  safe: true,
                },
        });
        continue;
      }
      if (end !== null && (node.deadline > end || node.deadline < first)) {
        hits.push({
          node: node.id,
          at,
          message: {
            key: 'rules.smartTimeBound.outsideMonth',
            params: { name: node.name, deadline: node.deadline, month, first, last: lastOfMonth(month), due: due ?? end },
          },
          fix: {
            description: { key: 'rules.fix.setDeadline', params: { name: node.name, value: due ?? end } },
            change: { kind: 'set-field', node: node.id, field: 'deadline', value: due ?? end },
            safe: false,
          },
        });
        continue;
      }
      const parentDeadline = parent === undefined ? undefined : ctx.effectiveDeadline(parent.id);
      if (parent !== undefined && parentDeadline !== undefined && node.deadline > parentDeadline) {
        hits.push({
          node: node.id,
          at,
          message: {
            key: 'rules.smartTimeBound.afterParent',
            params: { name: node.name, deadline: node.deadline, parent: parent.name, parentDeadline },
          },
          fix: {
            description: { key: 'rules.fix.setDeadline', params: { name: node.name, value: parentDeadline } },
            change: { kind: 'set-field', node: node.id, field: 'deadline', value: parentDeadline },
            safe: false,
          },
        });
      }
    }
    return hits;
  },
};
