/** The pure batching behind the Office.js host: areas, request sizes, row slabs, widths. */
import { computeEdit } from '../../../src/hosts/edit/computeEdit';
import { coverWithRects, rectAddress } from '../../../src/hosts/edit/rects';
import { EMPTY_WORKBOOK } from '../../../src/hosts/edit/state';
import { joinAddresses } from '../../../src/hosts/excel/areas';
import { charsToPixels, charsToPoints } from '../../../src/hosts/excel/columnWidth';
import { groupBySize, jsonBytes, utf8Bytes } from '../../../src/hosts/excel/payload';
import { sheetRequests } from '../../../src/hosts/excel/requestBatches';
import { nodePlan, specFor } from './specs';

describe('areas', () => {
  test('runs in a row, then equal runs in consecutive rows, become one rectangle', () => {
    const cells = [
      ...[1, 2, 3].map((col) => ({ row: 4, col })),
      ...[5, 6, 7, 8].flatMap((row) => [{ row, col: 7 }]),
      { row: 9, col: 7 },
      { row: 9, col: 8 },
      { row: 12, col: 1 },
    ];
    expect(coverWithRects(cells).map(rectAddress)).toEqual(['A4:C4', 'G5:G8', 'G9:H9', 'A12']);
  });

  test('every cell is covered exactly once', () => {
    const cells = Array.from({ length: 300 }, (_, i) => ({ row: 1 + (i % 37), col: 1 + ((i * 7) % 11) }));
    const covered = coverWithRects(cells).flatMap((r) => {
      const out: string[] = [];
      for (let row = r.row1; row <= r.row2; row++)
        for (let col = r.col1; col <= r.col2; col++) out.push(`${row},${col}`);
      return out;
    });
    expect(covered.sort()).toEqual([...new Set(cells.map((c) => `${c.row},${c.col}`))].sort());
  });

  test('addresses are joined for getRanges under the length limit', () => {
    const rects = Array.from({ length: 1000 }, (_, i) => ({
      row1: 2 * i + 1,
      col1: 1,
      row2: 2 * i + 1,
      col2: 2,
    }));
    const joined = joinAddresses(rects, 200);
    expect(joined.every((a) => a.length <= 200)).toBe(true);
    expect(joined.join(',').split(',')).toHaveLength(1000);
  });
});

describe('request sizes', () => {
  test('UTF-8 bytes: ASCII 1, kana/kanji 3, emoji 4', () => {
    expect(utf8Bytes('abc')).toBe(3);
    expect(utf8Bytes('売上')).toBe(6);
    expect(utf8Bytes('é')).toBe(2);
    expect(utf8Bytes('📈')).toBe(4);
    expect(jsonBytes([['売上', null]])).toBe('[["",null]]'.length + 6);
  });

  test('groups stay within the budget; an oversized item stands alone', () => {
    expect(groupBySize([3, 3, 3, 9, 1], (x) => x, 7)).toEqual([[3, 3], [3], [9], [1]]);
    expect(groupBySize([], (x: number) => x, 7)).toEqual([]);
  });
});

describe('row slabs', () => {
  const spec = specFor(nodePlan(1000));
  // The tree sheet's part of a build into a new workbook.
  const edit = computeEdit(spec, EMPTY_WORKBOOK);
  const tree = edit.sheets[0];

  test('a sheet is one block when it fits, and cut into row slabs when it does not', () => {
    expect(sheetRequests(tree, edit.styles).blocks).toHaveLength(1);
    const slabs = sheetRequests(tree, edit.styles, 64 * 1024).blocks;
    expect(slabs.length).toBeGreaterThan(5);
    for (const b of slabs) expect(b.bytes).toBeLessThan(64 * 1024 + 8 * 1024);
    // Consecutive, non-overlapping rows.
    slabs.slice(1).forEach((b, i) => expect(b.rect.row1).toBe(slabs[i].rect.row2 + 1));
    const whole = sheetRequests(tree, edit.styles).blocks[0];
    expect(slabs.reduce((n, b) => n + b.cells, 0)).toBe(whole.cells);
  });

  test('each payload has exactly the shape of its rectangle', () => {
    for (const b of sheetRequests(tree, edit.styles, 64 * 1024).blocks) {
      expect(b.formulas).toHaveLength(b.rect.row2 - b.rect.row1 + 1);
      for (const row of b.formulas) expect(row).toHaveLength(b.rect.col2 - b.rect.col1 + 1);
      expect(b.numberFormat?.length ?? b.formulas.length).toBe(b.formulas.length);
    }
  });

  test('one style entry per style key, not per cell', () => {
    const plan = sheetRequests(tree, edit.styles);
    const keys = plan.styles.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(plan.styles.length).toBeLessThan(20);
  });
});

describe('column widths', () => {
  test.each([
    [8, 56, 42],
    [10, 70, 52.5],
    [12, 84, 63],
    [28, 196, 147],
  ])('%i characters = %i px = %d pt', (chars, px, pt) => {
    expect(charsToPixels(chars)).toBe(px);
    expect(charsToPoints(chars)).toBe(pt);
  });
});
