/**
 * Rounding that matches what Excel and LibreOffice compute for ROUND / ROUNDUP /
 * ROUNDDOWN, so the core's numbers equal the recalculated workbook's.
 *
 * Both engines round half away from zero and treat a value within a few ulps of a
 * decimal boundary as on it; we get the same by first reducing the value to 15
 * significant digits (the precision both engines display and compare with).
 */
export function toSignificant15(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  // A whole number of 15 digits or fewer is its own 15-digit form (and the usual case).
  if (Number.isInteger(x) && Math.abs(x) < 1e15) return x;
  return Number(x.toPrecision(15));
}

/**
 * Whether reducing `y` (≥ 0) to 15 significant digits could carry it across a whole or
 * half number, and so change how it rounds. That reduction moves `y` by at most half a
 * unit of its 15th digit (5e-15 of it, with the parse's own rounding a little more): a
 * value farther than 1e-14 of itself from every multiple of ½ rounds the same either
 * way, and skips the costly trip through text. The fraction is exact in binary.
 */
function nearBoundary(y: number): boolean {
  if (!(y < 1e15)) return true;
  const twice = y * 2;
  const fraction = twice - Math.floor(twice);
  return Math.min(fraction, 1 - fraction) / 2 <= y * 1e-14;
}

function scaled(x: number, digits: number, mode: 'nearest' | 'up' | 'down'): number {
  const factor = Math.pow(10, digits);
  const y = Math.abs(x) * factor;
  const v = nearBoundary(y) ? toSignificant15(y) : y;
  let r: number;
  switch (mode) {
    case 'nearest':
      r = Math.floor(v + 0.5);
      break;
    case 'up':
      r = Math.ceil(v);
      break;
    case 'down':
      r = Math.floor(v);
      break;
  }
  const out = r / factor;
  return x < 0 ? -out : out;
}

/** Excel ROUND(x, digits): half away from zero. */
export function excelRound(x: number, digits = 0): number {
  return scaled(x, digits, 'nearest');
}

/** Excel ROUNDUP(x, digits): away from zero. */
export function excelRoundUp(x: number, digits = 0): number {
  return scaled(x, digits, 'up');
}

/** Excel ROUNDDOWN(x, digits): toward zero. */
export function excelRoundDown(x: number, digits = 0): number {
  return scaled(x, digits, 'down');
}

/**
 * The decimals a count requirement is cleaned to before it is rounded up, in the core
 * and in the sheet (`ROUNDUP(ROUND(x,6),0)`): 21 ÷ 0.35 is 60.00000000000001 in
 * binary floating point and must need 60 meetings, not 61.
 */
export const COUNT_CLEAN_DIGITS = 6;

/** Required whole count for an exact requirement: never inflated by float noise. */
export function requiredCount(exact: number): number {
  return excelRoundUp(excelRound(exact, COUNT_CLEAN_DIGITS), 0);
}
