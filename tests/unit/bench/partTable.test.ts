import { formatTable } from '../../../bench/table';
import { partTable } from '../../../bench/workbook/section';
import type { FileFigures } from '../../../bench/workbook/measureFile';

/** The table of a workbook recalculated whole and part by part: each part as [place, formula cells, recalc ms]. */
const tableOf = (valuesMs: number, recalcMs: number, parts: [string, number, number][]) =>
  partTable({
    valuesMs,
    recalcMs,
    parts: new Map(parts.map(([place, , ms]) => [place, ms])),
    census: {
      byPlace: new Map(parts.map(([place, cells]) => [place, cells])),
    } as unknown as FileFigures['census'],
  });

describe('the recalculation-by-part table', () => {
  it("shares out the live formulas' cost when it stands out of one run's noise", () => {
    const table = tableOf(1000, 3000, [
      ['履歴', 190, 1500],
      ['review tabs', 490, 2500],
    ]);
    expect(table.rows).toEqual([
      ['履歴', '190', '1,500', '+500', '25 %'],
      ['review tabs', '490', '2,500', '+1,500', '75 %'],
    ]);
    expect(table.title).toContain('+2,000 ms over values only');
    expect(table.notes).toEqual([]);
  });

  it('shows a part faster than the values-only copy as such, and no share, when the live cost is within the noise', () => {
    const table = tableOf(9484, 9967, [
      ['履歴', 19000, 8916],
      ['review tabs', 49195, 9721],
    ]);
    expect(table.rows).toEqual([
      ['履歴', '19,000', '8,916', '-568', '-'],
      ['review tabs', '49,195', '9,721', '+237', '-'],
    ]);
    const text = formatTable(table);
    expect(text).not.toMatch(/-\d+ %/);
    expect(text).toContain('no shares');
  });

  it('gives no shares when a part took less than the values-only copy, however much the whole workbook cost', () => {
    const table = tableOf(12454, 18242, [
      ['履歴', 19000, 10532],
      ['review tabs', 49195, 9662],
    ]);
    expect(table.rows.map((r) => r.slice(3))).toEqual([
      ['-1,922', '-'],
      ['-2,792', '-'],
    ]);
    expect(table.notes).toEqual([expect.stringContaining('faster than the values-only copy')]);
  });

  it('gives no share over 100 %: a part that alone took longer than all the live formulas is noise', () => {
    // Figures of a real run: all live +2,927 ms, the review tabs alone +3,168 ms.
    const table = tableOf(14857, 17784, [
      ['履歴', 19000, 16447],
      ['review tabs', 49195, 18024],
    ]);
    expect(table.rows.map((r) => r.slice(3))).toEqual([
      ['+1,590', '-'],
      ['+3,167', '-'],
    ]);
    expect(formatTable(table)).not.toMatch(/\d{3,} %/);
    expect(table.notes).toEqual([expect.stringContaining('longer than all the live formulas together')]);
  });
});
