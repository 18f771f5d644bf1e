import { DEFAULT_TRUST, trustRuleOf, type TrustRule } from '../model/calibration';
import { looksLikeRate } from '../model/units';

export { DEFAULT_TRUST, trustRuleOf, type TrustRule } from '../model/calibration';
import type { Model } from '../model/types';
import type { WorkbookData } from '../reader/workbookData';
import { rateRows } from './rateLinks';
import { actualsOf, readTabs } from './tabsRead';

/** z of a two-sided 95 % interval. */
const Z95 = 1.959963984540054;

/** A proportion's interval: the range the true rate lies in with 95 % confidence. */
export interface Interval {
  readonly low: number;
  readonly high: number;
}

/**
 * The Wilson score interval of `successes` out of `trials` at 95 %: unlike p ± 1.96·√(p(1−p)/n)
 * it stays within 0–1 and is honest for small samples (2 of 10 → 5.7 %–51.0 %). Null when
 * there is no sample or the counts are not a proportion (more successes than trials).
 */
export function wilsonInterval(successes: number, trials: number, z: number = Z95): Interval | null {
  if (!(trials > 0) || !(successes >= 0) || successes > trials) return null;
  const p = successes / trials;
  const z2 = z * z;
  const scale = 1 + z2 / trials;
  const center = (p + z2 / (2 * trials)) / scale;
  const half = (z / scale) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  return { low: Math.max(0, center - half), high: Math.min(1, center + half) };
}

/** A rate hypothesis against the rate the month's actuals give, and what to propose for it. */
export interface Calibration {
  readonly id: string;
  readonly name: string;
  /** The hypothesis value now. */
  readonly current: number;
  /** The observed rate, rounded to 0.1 point; null without a sample. */
  readonly proposed: number | null;
  /** The nodes whose actuals give the rate (their names): numerator ÷ denominator. */
  readonly numeratorName: string;
  readonly denominatorName: string;
  /** The month's actuals to date of the two nodes; null when none is typed yet. */
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly trusted: boolean;
}

/** A proposal rounded to 0.1 point, as the Hypotheses sheet shows it (0.0%). */
const toTenthOfPoint = (x: number): number => Math.round(x * 1000) / 1000;

/** One hypothesis's calibration from its sample (pure: hand-computable). */
export function calibrateRate(
  hypothesis: { readonly id: string; readonly name: string; readonly value: number },
  names: { readonly numerator: string; readonly denominator: string },
  numerator: number | null,
  denominator: number | null,
  rule: TrustRule = DEFAULT_TRUST,
): Calibration {
  const sample = numerator !== null && denominator !== null && denominator > 0;
  const interval = sample ? wilsonInterval(numerator, denominator) : null;
  const proposed = sample ? toTenthOfPoint(numerator / denominator) : null;
  const trusted =
    interval !== null &&
    proposed !== null &&
    proposed > 0 &&
    proposed <= 1 &&
    (denominator as number) >= rule.minSample &&
    interval.high - interval.low <= rule.maxWidth;
  return {
    id: hypothesis.id,
    name: hypothesis.name,
    current: hypothesis.value,
    proposed,
    numeratorName: names.numerator,
    denominatorName: names.denominator,
    numerator: sample ? numerator : null,
    denominator: sample ? denominator : null,
    low: interval?.low ?? null,
    high: interval?.high ?? null,
    trusted,
  };
}

/** What the month's actuals say about the plan's rate hypotheses. */
export interface CalibrationReport {
  /** Each rate hypothesis that links two nodes, in the plan's order. */
  readonly hypotheses: readonly Calibration[];
  /** Rate hypotheses no node's backcast links (their names): no rate can be observed. */
  readonly underived: readonly string[];
  /** The rule the proposals were trusted by. */
  readonly rule: TrustRule;
}

/**
 * Every rate hypothesis against the rate its two nodes' actuals give this month to date:
 * each node's actuals summed over the review tabs of the plan's month (what the last tab's
 * 累計 / to-date column shows), numerator ÷ denominator as `rateLinks` reads the backcast.
 * Amounts (unit prices) are not rates and are left out. Trusted by the Settings sheet's
 * rule unless another is given.
 */
export function calibrationReport(model: Model, data: WorkbookData, rule: TrustRule = trustRuleOf(model)): CalibrationReport {
  const all = readTabs(data);
  const toDate = new Map<string, number>();
  for (const tab of all.tabs) {
    if (tab.month !== model.month) continue;
    for (const [id, n] of actualsOf(all.read(tab))) toDate.set(id, (toDate.get(id) ?? 0) + n);
  }
  const names = new Map(model.nodes.map((n) => [n.id as string, n.name]));
  const reviewed = new Set(model.nodes.map((n) => n.id as string));
  const hypotheses: Calibration[] = [];
  const underived: string[] = [];
  for (const row of rateRows(model, reviewed)) {
    const h = model.hypotheses.find((x) => x.id === row.id);
    if (h === undefined || !looksLikeRate(h.id, h.unit, h.name)) continue;
    if (row.link === null) {
      underived.push(h.name);
      continue;
    }
    const { numerator, denominator } = row.link;
    hypotheses.push(
      calibrateRate(
        h,
        { numerator: names.get(numerator) ?? numerator, denominator: names.get(denominator) ?? denominator },
        toDate.get(numerator) ?? null,
        toDate.get(denominator) ?? null,
        rule,
      ),
    );
  }
  return { hypotheses, underived, rule };
}
