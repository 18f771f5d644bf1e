import { ACHIEVED, CLOSE, type Cause, type ReviewRow, type Status } from './types';

/** Achievement = actual ÷ target; null while the actual is empty or the target is not positive. */
export function achievement(actual: number | null | undefined, target: number | null | undefined): number | null {
  if (actual === null || actual === undefined || target === null || target === undefined || !(target > 0)) return null;
  return actual / target;
}

export function statusOf(rate: number | null): Status | null {
  if (rate === null) return null;
  if (rate >= ACHIEVED) return 'achieved';
  if (rate >= CLOSE) return 'close';
  return 'missed';
}

/**
 * The diagnosis hint, the same rule the tab's formula applies (`layoutTab.ts`):
 * - an activity (KDI) below target → quantity;
 * - a rate or yield below target while every row under it is on target → quality;
 * - any other node below target while every row under it is on target → design
 *   (the causal link of the tree is weak).
 * No hint while this node's actual is empty, when it is on target, or when a child is
 * missed or not yet entered (the cause then lies below: look at that child).
 */
export function diagnose(row: Pick<ReviewRow, 'level' | 'isRate' | 'children'>, rate: number | null, childRates: readonly (number | null)[]): Cause | null {
  if (rate === null || rate >= ACHIEVED) return null;
  if (row.level === 'KDI') return 'quantity';
  if (childRates.length === 0 || !childRates.every((c) => c !== null && c >= ACHIEVED)) return null;
  return row.isRate ? 'quality' : 'design';
}

/** Diagnoses every row from actuals by id. */
export function diagnoseAll(rows: readonly ReviewRow[], actuals: ReadonlyMap<string, number>): Map<string, Cause | null> {
  const rates = new Map(rows.map((r) => [r.id, achievement(actuals.get(r.id), r.weeklyTarget)]));
  return new Map(rows.map((r) => [r.id, diagnose(r, rates.get(r.id) ?? null, r.children.map((c) => rates.get(c) ?? null))]));
}
