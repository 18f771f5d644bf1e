import { allocationOf, isUnderAllocated } from '../model/members';
import { formatValue } from './format';
import type { Rule } from './types';

/**
 * `unallocated-target`: part of the team's KGI is given to no member (the shares add up
 * to less than 1, or the members' targets to less than the goal). The team's targets
 * below the KGI are its members' added up, so what nobody carries is not planned for.
 * Reported on the KGI's target.
 */
export const unallocatedTarget: Rule = {
  id: 'unallocated-target',
  defaultSeverity: 'warning',
  thresholds: [],
  check(ctx) {
    const allocation = allocationOf(ctx.model);
    const kgi = ctx.kgi;
    if (allocation === null || kgi === undefined || !isUnderAllocated(allocation)) return [];
    return [
      {
        node: kgi.id,
        at: { kind: 'node', node: kgi.id, field: 'target' },
        message: {
          key: 'rules.unallocatedTarget',
          params: {
            team: formatValue(allocation.team, kgi),
            allocated: formatValue(allocation.allocated, kgi),
            unallocated: formatValue(allocation.unallocated, kgi),
          },
        },
      },
    ];
  },
};
