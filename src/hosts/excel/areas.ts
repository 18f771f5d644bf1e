import { columnLetter } from '../../core/layout/a1';
import { rectAddress, type Rect } from '../edit/rects';

/**
 * Joins rectangle addresses into `getRanges` arguments (`A1:B2,D4`), each at most
 * `maxChars` long: Excel limits the length of a multi-area address.
 */
export function joinAddresses(rects: readonly Rect[], maxChars: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const r of rects) {
    const address = rectAddress(r);
    if (current !== '' && current.length + 1 + address.length > maxChars) {
      out.push(current);
      current = '';
    }
    current = current === '' ? address : `${current},${address}`;
  }
  if (current !== '') out.push(current);
  return out;
}

/** `A:C` for columns 1–3. */
export function columnsAddress(col1: number, col2: number): string {
  return `${columnLetter(col1)}:${columnLetter(col2)}`;
}
