/**
 * Excel's rounding: half away from zero, after reducing the value to 15 significant
 * digits. The shortcut that skips the reduction far from a boundary must round every
 * value as the reduction does.
 */
import fc from 'fast-check';
import { excelRound, excelRoundDown, excelRoundUp, requiredCount } from '../../../src/core/num/round';

/** The definition, with the reduction always made. */
function reference(x: number, digits: number, mode: 'nearest' | 'up' | 'down'): number {
  const factor = Math.pow(10, digits);
  const y = Math.abs(x) * factor;
  const v = Number.isFinite(y) && y !== 0 ? Number(y.toPrecision(15)) : y;
  const r = mode === 'nearest' ? Math.floor(v + 0.5) : mode === 'up' ? Math.ceil(v) : Math.floor(v);
  const out = r / factor;
  return x < 0 ? -out : out;
}

const ROUNDINGS = [
  [excelRound, 'nearest'],
  [excelRoundUp, 'up'],
  [excelRoundDown, 'down'],
] as const;

describe('Excel rounding', () => {
  it.each([
    [60.00000000000001, 0, 'up', 60],
    [2.675, 2, 'nearest', 2.68],
    [0.49999999999999994, 0, 'nearest', 1],
    [-1.5, 0, 'nearest', -2],
    [1.0000000000001, 0, 'up', 2],
  ] as const)('rounds %p to %p digits (%s) as Excel does', (x, digits, mode, expected) => {
    const fn = ROUNDINGS.find(([, m]) => m === mode)?.[0];
    expect(fn?.(x, digits)).toBe(expected);
  });

  it('cleans float noise out of a count before rounding it up', () => {
    expect(requiredCount(21 / 0.35)).toBe(60);
    expect(requiredCount(60.5)).toBe(61);
  });

  it('rounds every value as the 15-digit reduction does, near boundaries and far from them', () => {
    // Values on, just off and well off whole and half numbers, at every scale.
    const near = fc
      .tuple(
        fc.integer({ min: -2e6, max: 2e6 }),
        fc.integer({ min: -40, max: 40 }),
        fc.integer({ min: -18, max: 6 }),
      )
      .map(
        ([halves, ulps, scale]) =>
          (halves / 2) * Math.pow(10, scale) +
          ulps * Number.EPSILON * Math.abs(halves / 2) * Math.pow(10, scale),
      );
    const anyNumber = fc.double({ noNaN: true, min: -1e17, max: 1e17 });
    fc.assert(
      fc.property(fc.oneof(near, anyNumber), fc.integer({ min: 0, max: 8 }), (x, digits) => {
        for (const [fn, mode] of ROUNDINGS) expect(fn(x, digits)).toBe(reference(x, digits, mode));
      }),
      { numRuns: 20000 },
    );
  });
});
