/**
 * The pure calibration: the Wilson score interval at 95 % and the proposal with its trust,
 * on cases computed by hand from
 *   centre = (p + z²/2n) / (1 + z²/n),  half = z/(1 + z²/n) · √(p(1−p)/n + z²/4n²),  z = 1.959964.
 */
import { calibrateRate, DEFAULT_TRUST, wilsonInterval } from '../../../src/core/review/calibrate';

describe('wilsonInterval', () => {
  it.each([
    // 2 of 10: p = .2, z²/n = .384146; centre .283260, half .226577
    [2, 10, 0.05668, 0.50984],
    // 15 of 30: p = .5, z²/n = .128049; centre .5, half .168459
    [15, 30, 0.33154, 0.66846],
    // 6 of 30: p = .2; centre .234054, half .139004
    [6, 30, 0.09505, 0.37306],
    // 0 of 20: the interval starts at 0; high = (z²/n) / (1 + z²/n) = .192073 / 1.192073
    [0, 20, 0, 0.16113],
    // 20 of 20: the mirror of 0 of 20
    [20, 20, 0.83887, 1],
  ])('%d of %d lies in %f–%f', (x, n, low, high) => {
    const i = wilsonInterval(x, n)!;
    expect(i.low).toBeCloseTo(low, 4);
    expect(i.high).toBeCloseTo(high, 4);
  });

  it('has no interval without a sample or for counts that are not a proportion', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(wilsonInterval(5, 3)).toBeNull();
    expect(wilsonInterval(-1, 3)).toBeNull();
  });

  it('narrows as the sample grows at the same rate', () => {
    const width = (x: number, n: number): number => {
      const i = wilsonInterval(x, n)!;
      return i.high - i.low;
    };
    expect(width(20, 100)).toBeLessThan(width(6, 30));
    expect(width(6, 30)).toBeLessThan(width(2, 10));
  });
});

describe('calibrateRate', () => {
  const close = { id: 'close_rate', name: '成約率', value: 0.2 };
  const names = { numerator: '成約件数', denominator: '商談数' };

  it('proposes the observed rate rounded to 0.1 point, untrusted below the minimum sample', () => {
    // 2 ÷ 13 = .153846… → 15.4 %; n = 13 < 30. z²/n = .295497; centre .232802, half .189544
    const c = calibrateRate(close, names, 2, 13);
    expect(c).toMatchObject({ id: 'close_rate', current: 0.2, proposed: 0.154, numerator: 2, denominator: 13, trusted: false });
    expect(c.low).toBeCloseTo(0.04326, 4);
    expect(c.high).toBeCloseTo(0.42235, 4);
  });

  it('trusts 30 meetings at 20 % (width 27.8 points) but not 30 at 50 % (33.7 points); 40 at 50 % (29.6 points) is trusted', () => {
    expect(calibrateRate(close, names, 6, 30).trusted).toBe(true);
    expect(calibrateRate(close, names, 15, 30).trusted).toBe(false);
    expect(calibrateRate(close, names, 20, 40).trusted).toBe(true);
    expect(calibrateRate(close, names, 6, 29).trusted).toBe(false);
  });

  it('follows a stricter rule when given one', () => {
    expect(calibrateRate(close, names, 20, 100, DEFAULT_TRUST).trusted).toBe(true);
    expect(calibrateRate(close, names, 20, 100, { minSample: 200, maxWidth: 0.3 }).trusted).toBe(false);
    expect(calibrateRate(close, names, 20, 100, { minSample: 30, maxWidth: 0.1 }).trusted).toBe(false);
  });

  it('never trusts a rate of 0 (a backcast would divide by it) or above 100 %', () => {
    const zero = calibrateRate(close, names, 0, 200);
    expect(zero.proposed).toBe(0);
    expect(zero.trusted).toBe(false);
    const over = calibrateRate(close, names, 50, 40);
    expect(over).toMatchObject({ proposed: 1.25, low: null, high: null, trusted: false });
  });

  it('proposes nothing without a sample', () => {
    expect(calibrateRate(close, names, null, 13)).toMatchObject({ proposed: null, numerator: null, denominator: null, low: null, high: null, trusted: false });
    expect(calibrateRate(close, names, 0, 0)).toMatchObject({ proposed: null, trusted: false });
  });
});
