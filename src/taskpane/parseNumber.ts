import { readTypedNumber } from '../core/num/typedNumber';

/**
 * A number as people type it into a field: what the workbook's cells accept (`readTypedNumber`:
 * full-width digits ２０, thousands separators 1,000,000 / １，０００, a unit ¥ or 円). A trailing %
 * is the field's own unit (a rate is typed in percent here), so it is dropped, not divided out.
 * NaN when the text is not one number: `1,5` could be one and a half or fifteen.
 */
export function parseTypedNumber(text: string): number {
  const read = readTypedNumber(text.normalize('NFKC').trim().replace(/%$/, ''));
  return read?.ok ? read.value : Number.NaN;
}
