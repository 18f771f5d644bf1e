import type { Model } from './types';

/**
 * When an observed rate is trusted enough to replace its hypothesis: a denominator of at
 * least `minSample` and a 95 % interval no wider than `maxWidth` (high − low). With the
 * defaults, 30 meetings at a 20 % close rate (9.5 %–37.3 %, width 27.8 points) are
 * trusted; 30 at 50 % (33.2 %–66.8 %, width 33.6 points) are not yet, 40 are.
 */
export interface TrustRule {
  readonly minSample: number;
  readonly maxWidth: number;
}

export const DEFAULT_TRUST: TrustRule = { minSample: 30, maxWidth: 0.3 };

/** The trust rule of the Settings sheet (`calibrate.min_sample`, `calibrate.max_width`), or the defaults. */
export function trustRuleOf(model: Pick<Model, 'calibration'>): TrustRule {
  return {
    minSample: model.calibration?.minSample ?? DEFAULT_TRUST.minSample,
    maxWidth: model.calibration?.maxWidth ?? DEFAULT_TRUST.maxWidth,
  };
}
