import { collectNames } from '../formula/names';
import { hypothesisById, type KpiNode } from '../model/types';
import { looksLikeRate } from '../model/units';
import { formatNumber, formatRate, formatValue } from './format';
import type { Rule, RuleHit } from './types';

/**
 * `smart-achievable`: a target far above the baseline with no stated basis, a daily
 * activity above what the owner says is possible, or a hypothesis outside its
 * plausible range. The numbers are the ones the workbook will show. A jump is fine once
 * its basis is written: the node's own (目標の根拠) or a hypothesis its backcast uses.
 */
export const smartAchievable: Rule = {
  id: 'smart-achievable',
  defaultSeverity: 'warning',
  thresholds: ['max_target_ratio', 'rate_min', 'rate_max'],
  check(ctx) {
    const hits: RuleHit[] = [];
    const maxRatio = ctx.threshold('max_target_ratio');
    const hypothesisOf = hypothesisById(ctx.model);
    const hasRationale = (id: string): boolean => hypothesisOf(id)?.rationale !== undefined;
    const hasBasis = (node: KpiNode): boolean =>
      node.rationale !== undefined || (node.backcast?.expr ? collectNames(node.backcast.expr).some(hasRationale) : false);
    const { nodes } = ctx.model;
    for (let at = 0; at < nodes.length; at++) {
      const node = nodes[at];
      const t = ctx.targetAt(at);
      const monthly = t?.monthly ?? null;
      if (monthly !== null && node.baseline !== undefined && node.baseline > 0 && monthly / node.baseline > maxRatio && !hasBasis(node)) {
        hits.push({
          node: node.id,
          at: { kind: 'node', node: node.id, field: 'target' },
          message: {
            key: 'rules.smartAchievable.ratio',
            params: {
              name: node.name,
              target: formatValue(monthly, node),
              baseline: formatValue(node.baseline, node),
              ratio: formatNumber(Math.round((monthly / node.baseline) * 100) / 100),
              max: formatNumber(maxRatio),
              limit: formatValue(node.baseline * maxRatio, node),
            },
          },
        });
      }
      const perDay = t?.perWorkday ?? null;
      if (perDay !== null && monthly !== null && node.capacityPerDay !== undefined && perDay > node.capacityPerDay) {
        hits.push({
          node: node.id,
          at: { kind: 'node', node: node.id, field: 'capacity_per_day' },
          message: {
            key: 'rules.smartAchievable.capacity',
            params: {
              name: node.name,
              perDay: formatValue(Math.round(perDay * 10) / 10, node),
              monthly: formatValue(monthly, node),
              workdays: ctx.backcast?.calendar.workdays ?? 0,
              capacity: formatValue(node.capacityPerDay, node),
            },
          },
        });
      }
    }
    for (const h of ctx.model.hypotheses) {
      if (ctx.broken.has(h.id)) continue;
      const rate = looksLikeRate(h.id, h.unit, h.name);
      const min = h.min ?? (rate ? ctx.threshold('rate_min') : undefined);
      const max = h.max ?? (rate ? ctx.threshold('rate_max') : undefined);
      if ((min !== undefined && h.value < min) || (max !== undefined && h.value > max)) {
        const show = (x: number): string => (rate ? formatRate(x) : formatNumber(x));
        hits.push({
          node: h.id,
          at: { kind: 'hypothesis', id: h.id, field: 'value' },
          message: {
            key: 'rules.smartAchievable.rate',
            params: { name: h.name, value: show(h.value), min: min === undefined ? '-' : show(min), max: max === undefined ? '-' : show(max) },
          },
        });
      }
    }
    return hits;
  },
};
