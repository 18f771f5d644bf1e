import type { BackcastResult } from '../backcast/compute';
import type { IsoDate } from '../brand';
import { addDays, lastOfMonth, parseIsoMonth, weekday } from '../calendar/date';
import type { Problem } from '../model/problem';
import { kgiOf, nodeById, nodePlace, type Model } from '../model/types';
import type { Thresholds } from './thresholds';
import type { RuleContext } from './types';
import { targetsById } from '../backcast/types';

/** What every rule needs, computed once: lookups, connectivity, inherited deadlines. */
export function ruleContext(model: Model, backcast: BackcastResult | null, thresholds: Thresholds, problems: readonly Problem[]): RuleContext {
  const byId = nodeById(model);
  const kgi = kgiOf(model);
  const connected = new Set<string>();
  if (kgi !== undefined) {
    const stack: string[] = [kgi.id];
    while (stack.length > 0) {
      const id = stack.pop() as string;
      if (connected.has(id)) continue;
      connected.add(id);
      const children = byId.get(id)?.children;
      if (children !== undefined) for (let j = 0; j < children.length; j++) stack.push(children[j]);
    }
  }
  const broken = new Set<string>();
  for (const p of problems) if (p.severity === 'error' && p.node !== undefined) broken.add(p.node);

  // Parents come before children in `model.nodes`, so one pass settles every inherited deadline.
  const place = nodePlace(model);
  const deadlines: (IsoDate | undefined)[] = new Array<IsoDate | undefined>(model.nodes.length);
  for (let i = 0; i < model.nodes.length; i++) {
    const node = model.nodes[i];
    const parent = node.parent === null ? undefined : place.get(node.parent);
    deadlines[i] = node.deadline ?? (parent === undefined ? undefined : deadlines[parent]);
  }
  const month = parseIsoMonth(model.month);
  const periodEnd = month === null ? null : lastOfMonth(month);
  return {
    model,
    backcast,
    targets: backcast === null ? new Map() : targetsById(backcast),
    byId,
    kgi,
    connected,
    broken,
    periodEnd,
    lastWorkday: lastWorkday(backcast, periodEnd),
    threshold: (name) => thresholds[name],
    effectiveDeadline: (id) => {
      const i = place.get(id);
      return i === undefined ? undefined : deadlines[i];
    },
  };
}

/** The month's last working day by its calendar; without one (no working day at all), its last weekday. */
function lastWorkday(backcast: BackcastResult | null, periodEnd: IsoDate | null): IsoDate | null {
  const dates = backcast?.calendar.workingDates ?? [];
  if (dates.length > 0) return dates[dates.length - 1];
  if (periodEnd === null) return null;
  let d = periodEnd;
  while (weekday(d) > 5) d = addDays(d, -1);
  return d;
}
