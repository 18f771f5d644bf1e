import { ARG, bin, call, name, num, ref, type Formula } from '../formula/ast';
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
/** A member's KGI cell, their monthly and per-working-day targets (one column, a row per node) and weekly targets (a row per node). */
export const memberKgiName = (id: string): string => `MK_${id}`;
export const memberMonthlyName = (id: string): string => `MT_${id}`;
export const memberPerWorkdayName = (id: string): string => `MD_${id}`;
export const memberWeeklyName = (id: string): string => `MW_${id}`;
/** The node ids of the member targets' rows, in the order of every member's `MT_`, `MD_` and `MW_`. */
export const MEMBER_NODES = 'MEMBER_NODES';

/** `contracts / close_rate` → `ROUNDUP(ROUND(T_contracts/H_close_rate,6),0)` for counts. */
export function targetFormula(node: KpiNode): Formula | null {
  return backcastFormula(node, name(targetName(node.parent ?? '')), (id) => name(hypothesisName(id)));
}

/**
 * A node's backcast as a formula of its parent's target and the hypotheses, each given as
 * a formula (the team's names, or a member's cells); counts round up.
 */
export function backcastFormula(
  node: KpiNode,
  parent: Formula,
  hypothesis: (id: string) => Formula,
): Formula | null {
  const mapped = backcastOf(node, parent, hypothesis);
  return mapped !== null && node.round === 'up' ? roundUpCount(mapped) : mapped;
}

/** A node's backcast of its parent's target and the hypotheses, before a count's rounding. */
export function backcastOf(
  node: KpiNode,
  parent: Formula,
  hypothesis: (id: string) => Formula,
): Formula | null {
  const expr = node.backcast?.expr;
  if (!expr || node.level === 'KGI') return null;
  return mapNames(expr, (n) => (n === node.parent ? parent : hypothesis(n)));
}

/** Formulas are values: the numbers every count's rounding holds are one each. */
const ZERO = num(0);
const CLEAN_DIGITS = num(COUNT_CLEAN_DIGITS);

/** `ROUNDUP(ROUND(x,6),0)`: a count required, never inflated by float noise (see `requiredCount`). */
export function roundUpCount(x: Formula): Formula {
  return call('ROUNDUP', call('ROUND', x, CLEAN_DIGITS), ZERO);
}

/**
 * `ROUNDUP(ROUND(arg,6),0)`: the rounding every count's monthly target shares, each row
 * giving its own backcast in place of `arg` (`Cell.fa`).
 */
export const ROUND_UP_COUNT: Formula = roundUpCount(ARG);

/** Per working day: the month ÷ its working days; an average (a rate, a unit price) is the value itself, every day. */
export function perWorkdayFormula(id: string, average = false): Formula {
  return perWorkdayOf(targetRef(id), average);
}

/** A monthly total per working day (see `perWorkdayFormula`), the total given as a formula. */
export function perWorkdayOf(total: Formula, average = false): Formula {
  return average ? total : bin('/', total, name(WORKDAYS));
}

/** `T_<id>` as a name: a node's per-day and weekly formulas may share one. */
export function targetRef(id: string): Formula {
  return name(targetName(id));
}

/**
 * The first `count` weeks of a node's monthly target `T_` (an average: the value itself).
 * Counts use cumulative rounding, so the weeks are whole numbers that add up exactly to the
 * month: week k is ROUND(T*C_k/N,0) - ROUND(T*C_{k-1}/N,0).
 */
export function weeklyFormulas(
  id: string,
  count: number,
  round: 'up' | 'none',
  cells: WeekCells,
  average = false,
): Formula[] {
  return weekShareFormulas(targetRef(id), count, round, cells, average);
}

/** Where the calendar sheet holds each week's working days and their running total. */
export interface WeekCells {
  readonly cumulative: (k: number) => string;
  readonly workdays: (k: number) => string;
  readonly sheet: string;
}

const WORKDAYS_NAME = name(WORKDAYS);
/** The calendar cells as formulas, made once per calendar: every node's weeks point at the same cells. */
const calendarRefs = new WeakMap<WeekCells, Map<string, Formula>>();

function calendarRef(cells: WeekCells, address: string): Formula {
  let refs = calendarRefs.get(cells);
  if (refs === undefined) calendarRefs.set(cells, (refs = new Map()));
  let r = refs.get(address);
  if (r === undefined) refs.set(address, (r = ref(address, cells.sheet)));
  return r;
}

/**
 * The first `count` weeks' shares of a monthly total (see `weeklyFormulas`). Formulas are
 * values, so the parts weeks have in common are one value shared by them: the total, the
 * calendar cells, and each running total, which week k adds and week k+1 subtracts.
 */
export function weekShareFormulas(
  total: Formula,
  count: number,
  round: 'up' | 'none',
  cells: WeekCells,
  average = false,
): Formula[] {
  const out: Formula[] = [];
  // An average holds for every week: a 20 % close rate or a 100,000 yen unit price is the same each week.
  if (average) {
    for (let k = 0; k < count; k++) out.push(total);
    return out;
  }
  const share = (cell: string): Formula => bin('/', bin('*', total, calendarRef(cells, cell)), WORKDAYS_NAME);
  if (round === 'none') {
    for (let k = 0; k < count; k++) out.push(share(cells.workdays(k)));
    return out;
  }
  let before: Formula | null = null;
  for (let k = 0; k < count; k++) {
    const upTo = call('ROUND', share(cells.cumulative(k)), ZERO);
    out.push(before === null ? upTo : bin('-', upTo, before));
    before = upTo;
  }
  return out;
}
