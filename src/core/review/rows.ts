import type { BackcastResult } from '../backcast/compute';
import { looksLikeRate, numberFormatFor } from '../model/units';
import type { Model } from '../model/types';
import type { ReviewRow, ReviewWeek } from './types';

const REVIEWED = new Set(['KGI', 'KPI', 'KDI']);

/**
 * The rows of a review: every KGI, KPI and KDI, grouped by owner (owners in the order
 * they first appear in the tree), the tree's depth-first order kept inside each group.
 */
export function reviewRows(model: Model, backcast: BackcastResult, week: ReviewWeek, earlierWeeks: readonly string[] = []): ReviewRow[] {
  const labels = backcast.calendar.weeks.map((w) => w.label as string);
  const mtdWeeks = week.index < 0 ? [] : [...earlierWeeks.map((w) => labels.indexOf(w)).filter((i) => i >= 0 && i < week.index), week.index];
  const targets = new Map(backcast.nodes.map((n) => [n.id, n]));
  const nodes = model.nodes.filter((n) => REVIEWED.has(n.level));
  const reviewed = new Set<string>(nodes.map((n) => n.id));
  const owners: string[] = [];
  for (const n of nodes) if (!owners.includes(n.owner ?? '')) owners.push(n.owner ?? '');
  const rows = nodes.map((n): ReviewRow => {
    const weekly = targets.get(n.id)?.weekly ?? null;
    const monthly = targets.get(n.id)?.monthly ?? null;
    const inPlan = week.index >= 0 && weekly !== null;
    const additive = n.aggregate === 'sum';
    return {
      id: n.id,
      name: n.name,
      level: n.level,
      owner: n.owner ?? '',
      isRate: n.unitKind === 'rate' || looksLikeRate(n.id, n.unit, n.name),
      numFmt: numberFormatFor(n.unit, n.unitKind),
      children: n.children.filter((c) => reviewed.has(c)),
      additive,
      weeklyTarget: !inPlan ? null : additive ? weekly[week.index] : monthly,
      mtdTarget: !inPlan ? null : additive ? mtdWeeks.reduce((sum, i) => sum + weekly[i], 0) : monthly,
    };
  });
  return owners.flatMap((o) => rows.filter((r) => r.owner === o));
}
