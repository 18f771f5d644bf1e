import type { Direction } from '../model/direction';
import { ACHIEVED, CLOSE, type Cause, type ReviewRow, type Status } from './types';

/**
 * Achievement, the right way round: actual ÷ target for a target to reach; for a cap
 * (`better: lower`) 2 − actual ÷ target, never below 0, so the cap met is 100 % and twice
 * the cap is 0 %. Null while the actual is empty or the target is not positive.
 */
export function achievement(
  actual: number | null | undefined,
  target: number | null | undefined,
  better: Direction = 'higher',
): number | null {
  if (actual === null || actual === undefined || target === null || target === undefined || !(target > 0))
    return null;
  return better === 'lower' ? Math.max(0, 2 - actual / target) : actual / target;
}

/**
 * The status of an achievement: ≥ 100 % achieved, ≥ 80 % close, else missed. A cap whose
 * target is not positive (no complaints at all) is achieved when the actual does not
 * exceed it, else missed.
 */
export function statusOf(
  rate: number | null,
  better: Direction = 'higher',
  actual?: number | null,
  target?: number | null,
): Status | null {
  if (rate === null) {
    if (
      better !== 'lower' ||
      actual === null ||
      actual === undefined ||
      target === null ||
      target === undefined
    )
      return null;
    return actual <= target ? 'achieved' : 'missed';
  }
  if (rate >= ACHIEVED) return 'achieved';
  if (rate >= CLOSE) return 'close';
  return 'missed';
}

/**
 * The diagnosis hint, the same rule the tab's formula applies (`layoutTab.ts`), on
 * achievements already turned the right way round for caps:
 * - an activity (KDI) below target → quantity;
 * - a rate or yield below target while every row under it is on target → quality;
 * - any other node below target while every row under it is on target → design
 *   (the causal link of the tree is weak).
 * No hint while this node's actual is empty, when it is on target, or when a child is
 * missed or not yet entered (the cause then lies below: look at that child).
 */
export function diagnose(
  row: Pick<ReviewRow, 'level' | 'isRate' | 'children'>,
  rate: number | null,
  childRates: readonly (number | null)[],
): Cause | null {
  if (rate === null || rate >= ACHIEVED) return null;
  if (row.level === 'KDI') return 'quantity';
  if (childRates.length === 0 || !childRates.every((c) => c !== null && c >= ACHIEVED)) return null;
  return row.isRate ? 'quality' : 'design';
}

/** Diagnoses every row from actuals by id. */
export function diagnoseAll(
  rows: readonly ReviewRow[],
  actuals: ReadonlyMap<string, number>,
): Map<string, Cause | null> {
  const rates = new Map(rows.map((r) => [r.id, achievement(actuals.get(r.id), r.weeklyTarget, r.better)]));
  return new Map(
    rows.map((r) => [
      r.id,
      diagnose(
        r,
        rates.get(r.id) ?? null,
        r.children.map((c) => rates.get(c) ?? null),
      ),
    ]),
  );
}
