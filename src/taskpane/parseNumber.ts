/**
 * A number as people type it: full-width digits (２０), thousands separators (1,000,000 /
 * 1，000), a trailing % or unit are accepted. NaN when it is not a number.
 */
export function parseTypedNumber(text: string): number {
  const plain = text.normalize('NFKC').replace(/[,\s]/g, '').replace(/[%円¥]$/u, '');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(plain)) return Number.NaN;
  return Number(plain);
}
