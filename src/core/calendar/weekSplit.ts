import { excelRound } from '../num/round';

/**
 * Splits a monthly total over weeks in proportion to their working days, computing
 * exactly what the sheet's formulas compute (same operations, same order, Excel's
 * ROUND), so the core's numbers equal the recalculated workbook's.
 *
 * With C_k the working days up to and including week k (C_0 = 0) and N = C_K:
 * - `integer`: ROUND(T*C_k/N,0) - ROUND(T*C_{k-1}/N,0). Rounding the running total,
 *   not each week, makes whole weeks that add up to T exactly when T is whole.
 * - `proportional`: T*W_k/N, unrounded.
 * A month without working days (N = 0) gives zeros; the caller reports it.
 */

export type WeekSplitMode = 'integer' | 'proportional';

/** Running totals C_1 … C_K: entry k is the working days of weeks 1 to k. */
export function cumulativeWorkdays(weekWorkdays: readonly number[]): number[] {
  const out: number[] = [];
  let sum = 0;
  for (const w of weekWorkdays) {
    sum += w;
    out.push(sum);
  }
  return out;
}

export function splitByWeeks(total: number, weekWorkdays: readonly number[], mode: WeekSplitMode): number[] {
  // Every node of a tree is split this way: no list but the weeks themselves is made.
  const count = weekWorkdays.length;
  let n = 0;
  for (let k = 0; k < count; k++) n += weekWorkdays[k];
  const weeks = new Array<number>(count);
  if (n === 0) return weeks.fill(0);
  if (mode === 'proportional') {
    for (let k = 0; k < count; k++) weeks[k] = (total * weekWorkdays[k]) / n;
    return weeks;
  }
  // C_k, the running total of working days, and the rounded running total before week k.
  let upToDays = 0;
  let before = 0;
  for (let k = 0; k < count; k++) {
    upToDays += weekWorkdays[k];
    const upTo = excelRound((total * upToDays) / n, 0);
    weeks[k] = upTo - before;
    before = upTo;
  }
  return weeks;
}
