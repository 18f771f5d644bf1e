import type { BackcastResult } from '../backcast/compute';
import { directions } from '../model/direction';
import { looksLikeRate, numberFormatFor } from '../model/units';
import type { Model } from '../model/types';
import type { ReviewRow, ReviewWeek } from './types';
import { targetsById } from '../backcast/types';

const REVIEWED = new Set(['KGI', 'KPI', 'KDI']);

/**
 * The rows of a review: every KGI, KPI and KDI, grouped by owner (owners in the order
 * they first appear in the tree), the tree's depth-first order kept inside each group.
 * The to-date target is the plan's: every week of the month through this one, whether
 * or not the earlier weeks have a tab.
 */
export function reviewRows(model: Model, backcast: BackcastResult, week: ReviewWeek): ReviewRow[] {
  const targets = targetsById(backcast);
  const better = directions(model);
  const nodes = model.nodes.filter((n) => REVIEWED.has(n.level));
  const reviewed = new Set<string>(nodes.map((n) => n.id));
  const owners: string[] = [];
  for (const n of nodes) if (!owners.includes(n.owner ?? '')) owners.push(n.owner ?? '');
  const rows = nodes.map((n): ReviewRow => {
    const additive = n.aggregate === 'sum';
    return {
      id: n.id,
      name: n.name,
      level: n.level,
      owner: n.owner ?? '',
      isRate: n.unitKind === 'rate' || looksLikeRate(n.id, n.unit, n.name),
      numFmt: numberFormatFor(n.unit, n.unitKind),
      unit: n.unit ?? '',
      children: n.children.filter((c) => reviewed.has(c)),
      additive,
      better: better.get(n.id) ?? 'higher',
      roundUp: n.round === 'up',
      ...weekTargets(targets.get(n.id)?.weekly ?? null, targets.get(n.id)?.monthly ?? null, additive, week),
    };
  });
  return owners.flatMap((o) => rows.filter((r) => r.owner === o));
}

/**
 * A row's targets for the week: the week's own (a rate: the month's), the month's, and the
 * month's to date (every week of it through this one; a rate: the month's). All null for a
 * week outside the plan or a node without weekly targets.
 */
export function weekTargets(
  weekly: readonly number[] | null,
  monthly: number | null,
  additive: boolean,
  week: Pick<ReviewWeek, 'index'>,
): Pick<ReviewRow, 'weeklyTarget' | 'monthlyTarget' | 'mtdTarget'> {
  if (week.index < 0 || weekly === null) return { weeklyTarget: null, monthlyTarget: null, mtdTarget: null };
  return {
    weeklyTarget: additive ? weekly[week.index] : monthly,
    monthlyTarget: monthly,
    mtdTarget: additive ? weekly.slice(0, week.index + 1).reduce((sum, w) => sum + w, 0) : monthly,
  };
}
