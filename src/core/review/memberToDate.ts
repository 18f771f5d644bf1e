import type { Model } from '../model/types';
import type { WorkbookData } from '../reader/workbookData';
import { numbersAcross } from './memberWeek';
import { readTabs } from './tabsRead';

/**
 * A member's actuals of the plan's month so far, by node id: what they typed in their own
 * columns of each of the month's review tabs, added up (a rate: their average). A node
 * they typed nothing for is absent; so is everything for someone not on the team.
 */
export function memberActualsToDate(model: Model, data: WorkbookData, memberId: string): Map<string, number> {
  const out = new Map<string, number>();
  if (!model.members.some((m) => m.id === memberId)) return out;
  const all = readTabs(data);
  const typed = numbersAcross(
    model,
    all,
    all.tabs.filter((x) => x.month === model.month),
    memberId,
  );
  const additive = new Map(model.nodes.map((n) => [n.id as string, n.aggregate === 'sum']));
  for (const [id, numbers] of typed) {
    const sum = numbers.reduce((a, b) => a + b, 0);
    out.set(id, additive.get(id) === false ? sum / numbers.length : sum);
  }
  return out;
}
