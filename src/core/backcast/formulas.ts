import { bin, call, name, num, ref, type Formula } from '../formula/ast';
import { mapNames } from '../formula/names';
import type { KpiNode } from '../model/types';
import { COUNT_CLEAN_DIGITS } from '../num/round';

/**
 * The live formulas of the backcast, side by side with `compute.ts`, which computes
 * the same numbers: change one and the LibreOffice tests show the other must follow.
 */
export const targetName = (id: string): string => `T_${id}`;
export const perWorkdayName = (id: string): string => `D_${id}`;
export const weeklyName = (id: string): string => `W_${id}`;
export const hypothesisName = (id: string): string => `H_${id}`;
export const WORKDAYS = 'WORKDAYS';
export const WEEKS = 'WEEKS';

/** `contracts / close_rate` → `ROUNDUP(ROUND(T_contracts/H_close_rate,6),0)` for counts. */
export function targetFormula(node: KpiNode): Formula | null {
  const expr = node.backcast?.expr;
  if (!expr || node.level === 'KGI') return null;
  const mapped = mapNames(expr, (n) => name(n === node.parent ? targetName(n) : hypothesisName(n)));
  return node.round === 'up' ? call('ROUNDUP', call('ROUND', mapped, num(COUNT_CLEAN_DIGITS)), num(0)) : mapped;
}

/** Per working day: the month ÷ its working days; an average (a rate, a unit price) is the value itself, every day. */
export function perWorkdayFormula(id: string, average = false): Formula {
  return average ? name(targetName(id)) : bin('/', name(targetName(id)), name(WORKDAYS));
}

/**
 * Week k's share of the month (an average: the value itself). Counts use cumulative rounding, so the weeks are whole
 * numbers that add up exactly to the month: ROUND(T*C_k/N,0) - ROUND(T*C_{k-1}/N,0).
 */
export function weeklyFormula(
  id: string,
  k: number,
  round: 'up' | 'none',
  cells: { cumulative: (k: number) => string; workdays: (k: number) => string; sheet: string },
  average = false,
): Formula {
  const total = name(targetName(id));
  // An average holds for every week: a 20 % close rate or a 100,000 yen unit price is the same each week.
  if (average) return total;
  const share = (cell: string): Formula => bin('/', bin('*', total, ref(cell, cells.sheet)), name(WORKDAYS));
  if (round === 'none') return share(cells.workdays(k));
  const upTo = (j: number): Formula => call('ROUND', share(cells.cumulative(j)), num(0));
  return k === 0 ? upTo(0) : bin('-', upTo(k), upTo(k - 1));
}
