import fc from 'fast-check';
import type { IsoDate } from '../../../src/core/brand';

const DAY_MS = 86400000;

/**
 * Any date in years 1000–9998, built with `Date` (not the code under test) so the
 * properties compare two independent implementations.
 */
export const validDate: fc.Arbitrary<IsoDate> = fc
  .integer({ min: Date.UTC(1000, 0, 1) / DAY_MS, max: Date.UTC(9998, 11, 31) / DAY_MS })
  .map((n) => new Date(n * DAY_MS).toISOString().slice(0, 10) as IsoDate);
