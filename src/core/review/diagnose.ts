import type { Direction } from '../model/direction';
import type { RateRow } from './rateLinks';
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

/** A node's numbers of the week as a hint names them: actual against target. */
export interface HintVolume {
  readonly id: string;
  readonly name: string;
  readonly actual: number;
  readonly target: number;
  readonly numFmt: string;
  readonly unit: string;
}

/** An actual rate against what it was expected to be: a hypothesis, or a rate node's own target. */
export interface HintRate {
  readonly id: string;
  readonly name: string;
  readonly actual: number;
  readonly reference: number;
  readonly numFmt: string;
  /** The rate is the node itself, measured against its target (no hypothesis links it). */
  readonly own: boolean;
}

/** The diagnosis with its evidence: the cause and the numbers that show it. */
export type Hint =
  | { readonly cause: 'quantity'; readonly short: HintVolume }
  | { readonly cause: 'quality'; readonly met: readonly HintVolume[]; readonly rate: HintRate }
  | { readonly cause: 'design'; readonly met: readonly HintVolume[] };

/** A row's numbers of the week, as the tab shows them. */
export interface RowNumbers {
  readonly actual: number | null;
  readonly target: number | null;
  /** Already turned the right way round for a cap. */
  readonly achievement: number | null;
}

/**
 * A hypothesis through which a node depends on one of its children, and which way of the
 * actual rate makes the node miss: the node is `child × h` (a low rate is bad) or
 * `child ÷ h` (a high rate is bad), and the other way round for a cap.
 */
export interface FeedingRate {
  readonly rate: RateRow;
  readonly child: string;
  readonly lowIsBad: boolean;
}

/** The hypotheses through which `row` depends on its children (`rateLinks.ts`), in the plan's order. */
export function feedingRates(
  row: Pick<ReviewRow, 'id' | 'children' | 'better'>,
  rates: readonly RateRow[],
): FeedingRate[] {
  const out: FeedingRate[] = [];
  const higher = row.better !== 'lower';
  for (const rate of rates) {
    const link = rate.link;
    if (link === null) continue;
    if (link.numerator === row.id && row.children.includes(link.denominator))
      out.push({ rate, child: link.denominator, lowIsBad: higher });
    else if (link.denominator === row.id && row.children.includes(link.numerator))
      out.push({ rate, child: link.numerator, lowIsBad: !higher });
  }
  return out;
}

/** Whether an actual rate stands on the side of its hypothesis that makes the node miss. */
export function rateIsBad(actual: number, reference: number, lowIsBad: boolean): boolean {
  return lowIsBad ? actual < reference : actual > reference;
}

/** What a diagnosis reads besides the rows: the numbers by id and this week's actual rates by hypothesis id. */
export interface DiagnosisInput {
  readonly rows: ReadonlyMap<string, ReviewRow>;
  readonly numbers: ReadonlyMap<string, RowNumbers>;
  readonly rates: readonly RateRow[];
  readonly weekRates: ReadonlyMap<string, number | null>;
}

/**
 * The diagnosis hint, the same rule the tab's formula applies (`layoutNodes.ts`), for a
 * node below target (a cap: above its cap):
 * - quantity: an activity (KDI) itself, or a volume under the node (a child that is not a
 *   rate) below target — the first such child is named;
 * - quality: every child on target but an actual rate of this week on the wrong side of
 *   its hypothesis (the first such, in the plan's order), or, for a rate node with no such
 *   hypothesis, the rate itself below its target;
 * - design: every child on target and every rate as expected: the tree's causal link is weak.
 * No hint while this node's actual is empty, when it is on target, when it has no child,
 * or when a rate under it missed or a child is not yet entered (the cause then lies below).
 */
export function diagnose(row: ReviewRow, input: DiagnosisInput): Hint | null {
  const own = input.numbers.get(row.id);
  if (own === undefined || own.achievement === null || own.achievement >= ACHIEVED) return null;
  const volume = (r: ReviewRow): HintVolume | null => {
    const n = input.numbers.get(r.id);
    if (n === undefined || n.actual === null || n.target === null) return null;
    return { id: r.id, name: r.name, actual: n.actual, target: n.target, numFmt: r.numFmt, unit: r.unit ?? '' };
  };
  if (row.level === 'KDI') {
    const short = volume(row);
    return short === null ? null : { cause: 'quantity', short };
  }
  const children = row.children
    .map((c) => input.rows.get(c))
    .filter((c): c is ReviewRow => c !== undefined);
  if (children.length === 0) return null;
  const achievementOf = (id: string): number | null => input.numbers.get(id)?.achievement ?? null;
  for (const child of children) {
    const a = achievementOf(child.id);
    if (child.isRate || a === null || a >= ACHIEVED) continue;
    const short = volume(child);
    if (short !== null) return { cause: 'quantity', short };
  }
  if (!children.every((c) => (achievementOf(c.id) ?? 0) >= ACHIEVED)) return null;
  const met = children.map(volume).filter((v): v is HintVolume => v !== null);
  for (const { rate, lowIsBad } of feedingRates(row, input.rates)) {
    const actual = input.weekRates.get(rate.id) ?? null;
    if (actual === null || !rateIsBad(actual, rate.value, lowIsBad)) continue;
    return {
      cause: 'quality',
      met,
      rate: { id: rate.id, name: rate.name, actual, reference: rate.value, numFmt: rate.numFmt, own: false },
    };
  }
  if (row.isRate && own.actual !== null && own.target !== null)
    return {
      cause: 'quality',
      met,
      rate: { id: row.id, name: row.name, actual: own.actual, reference: own.target, numFmt: row.numFmt, own: true },
    };
  return { cause: 'design', met };
}

/** The cause alone, for readers that do not need its numbers. */
export const causeOf = (hint: Hint | null): Cause | null => hint?.cause ?? null;
