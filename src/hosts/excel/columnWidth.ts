/**
 * Column widths: the spec (like ExcelJS and the .xlsx file) gives a width in
 * characters; Office.js `format.columnWidth` takes points.
 *
 * ECMA-376 Part 1, §18.3.1.13 (`col/@width`): a width `w` of the default font's maximum
 * digit width `mdw` (in pixels) is drawn `trunc(((256·w + trunc(128/mdw)) / 256) · mdw)`
 * pixels wide. Points are pixels × 72/96 (Excel's 96 DPI logical pixels). The default
 * font (Calibri or Aptos 11) has `mdw` = 7 px, so 12 characters → 84 px → 63 pt, the
 * same column the CLI's .xlsx shows. A workbook whose Normal style uses a wider font
 * (游ゴシック 11, 8 px) shows the same point width as slightly fewer characters.
 */
export const DEFAULT_MAX_DIGIT_WIDTH_PX = 7;

export function charsToPixels(chars: number, mdw: number = DEFAULT_MAX_DIGIT_WIDTH_PX): number {
  return Math.trunc(((256 * chars + Math.trunc(128 / mdw)) / 256) * mdw);
}

export function charsToPoints(chars: number, mdw: number = DEFAULT_MAX_DIGIT_WIDTH_PX): number {
  return (charsToPixels(chars, mdw) * 72) / 96;
}
