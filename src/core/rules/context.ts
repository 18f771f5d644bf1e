import type { BackcastResult } from '../backcast/compute';
import type { IsoDate } from '../brand';
import { addDays, lastOfMonth, parseIsoMonth, weekday } from '../calendar/date';
import type { Problem } from '../model/problem';
import { kgiOf, nodeById, nodePlace, type KpiNode, type Model, type NodeIndex } from '../model/types';
import type { Thresholds } from './thresholds';
import type { Connected, RuleContext } from './types';
import { targetsById, targetsByPlace } from '../backcast/types';

/** What every rule needs, computed once: lookups, connectivity, inherited deadlines. */
export function ruleContext(model: Model, backcast: BackcastResult | null, thresholds: Thresholds, problems: readonly Problem[]): RuleContext {
  const byId = nodeById(model);
  const kgi = kgiOf(model);
  const broken = new Set<string>();
  for (const p of problems) if (p.severity === 'error' && p.node !== undefined) broken.add(p.node);

  // Parents come before children in `model.nodes`, so one pass by place settles every
  // inherited deadline and whether each node hangs under the KGI.
  const { nodes } = model;
  const place = nodePlace(model);
  const deadlines: (IsoDate | undefined)[] = new Array<IsoDate | undefined>(nodes.length);
  const underKgi = new Uint8Array(nodes.length);
  let parentsFirst = true;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    const parent = node.parent === null ? undefined : place.get(node.parent);
    if (parent !== undefined && parent >= i) parentsFirst = false;
    deadlines[i] = node.deadline ?? (parent === undefined ? undefined : deadlines[parent]);
    underKgi[i] = node === kgi || (parent !== undefined && underKgi[parent] === 1) ? 1 : 0;
  }
  const month = parseIsoMonth(model.month);
  const periodEnd = month === null ? null : lastOfMonth(month);
  return {
    model,
    backcast,
    // By id, the map made the first time a rule asks: most rules find a node's targets by its place.
    targetOf: (id) => (backcast === null ? undefined : targetsById(backcast).get(id)),
    targetAt: backcast === null ? () => undefined : targetsByPlace(backcast, nodes),
    byId,
    kgi,
    connected: parentsFirst ? connectedByPlace(nodes, underKgi) : connectedFrom(kgi, byId),
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

/**
 * The tree's nodes under the KGI, asked of the few that are not: in a plan most nodes are,
 * so a rule asking of every node looks in a list that is usually empty.
 */
function connectedByPlace(nodes: readonly KpiNode[], underKgi: Uint8Array): Connected {
  const outside = new Set<string>();
  for (let i = 0; i < nodes.length; i++) if (underKgi[i] === 0) outside.add(nodes[i].id);
  return { has: (id) => !outside.has(id) };
}

/** The nodes reached from the KGI down through their children, for a tree not listed parents first. */
function connectedFrom(kgi: KpiNode | undefined, byId: NodeIndex): Connected {
  const connected = new Set<string>();
  if (kgi === undefined) return connected;
  const stack: string[] = [kgi.id];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (connected.has(id)) continue;
    connected.add(id);
    const children = byId.get(id)?.children;
    if (children !== undefined) for (let j = 0; j < children.length; j++) stack.push(children[j]);
  }
  return connected;
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
