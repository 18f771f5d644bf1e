import type { NodeTargets } from '../backcast/compute';
import type { Model } from '../model/types';
import { computeTargets } from '../backcast/targets';

/** A node's targets before and after a change of hypotheses. */
export interface WhatIfRow {
  readonly id: string;
  readonly before: NodeTargets;
  readonly after: NodeTargets;
}

export interface WhatIf {
  readonly weeks: readonly string[];
  readonly rows: readonly WhatIfRow[];
  /** False when the changed hypotheses make a target incomputable (a division by zero, …). */
  readonly computable: boolean;
}

/** The model with some hypothesis values replaced. Unknown ids are ignored. */
export function withHypotheses(model: Model, values: Readonly<Record<string, number>>): Model {
  return { ...model, hypotheses: model.hypotheses.map((h) => (values[h.id] === undefined ? h : { ...h, value: values[h.id] })) };
}

/**
 * What every target becomes with other hypothesis values, computed by the same core as
 * the workbook's formulas: the preview the pane shows before anything is written.
 */
export function whatIf(model: Model, values: Readonly<Record<string, number>>): WhatIf {
  const before = computeTargets(model).backcast;
  const after = computeTargets(withHypotheses(model, values)).backcast;
  if (before === null || after === null) return { weeks: [], rows: [], computable: false };
  const afterById = new Map(after.nodes.map((n) => [n.id, n]));
  const rows = before.nodes.map((b) => ({ id: b.id, before: b, after: afterById.get(b.id) ?? b }));
  const computable = rows.every((r) => r.before.monthly === null || r.after.monthly !== null);
  return { weeks: after.calendar.weeks.map((w) => w.label), rows, computable };
}

/** How much one hypothesis moves the activity the plan requires. */
export interface Sensitivity {
  readonly id: string;
  readonly name: string;
  /**
   * Relative change of the month's required activity (all KDI targets, each as a share
   * of its own current target, averaged) when the hypothesis is 10 % higher: −0.09 means
   * 9 % fewer calls and visits.
   */
  readonly change: number;
}

export const SENSITIVITY_STEP = 0.1;

/** Hypotheses ranked by how much a 10 % change moves the required KDI activity, most first. */
export function sensitivities(model: Model): Sensitivity[] {
  const base = computeTargets(model).backcast;
  if (base === null) return [];
  const kdis = base.nodes.filter((n) => n.level === 'KDI' && n.monthly !== null && n.monthly > 0);
  if (kdis.length === 0) return [];
  const out: Sensitivity[] = [];
  for (const h of model.hypotheses) {
    const moved = computeTargets(withHypotheses(model, { [h.id]: h.value * (1 + SENSITIVITY_STEP) })).backcast;
    if (moved === null) continue;
    const byId = new Map(moved.nodes.map((n) => [n.id, n.monthly]));
    const shares = kdis.map((k) => {
      const after = byId.get(k.id);
      return after === null || after === undefined ? null : (after - (k.monthly as number)) / (k.monthly as number);
    });
    if (shares.some((s) => s === null)) continue;
    const change = (shares as number[]).reduce((a, b) => a + b, 0) / kdis.length;
    if (change !== 0) out.push({ id: h.id, name: h.name, change });
  }
  return out.sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || a.id.localeCompare(b.id));
}
