import { moveReferences, type CellMove } from '../../../src/core/sync/moveRefs';

// On "KPI Tree": row 7 went to 8, row 8 to 7; column H (8) went to G (7), C (3) to U (21).
const tree: CellMove = {
  row: (r) => ({ 7: 8, 8: 7 })[r],
  column: (c) => ({ 8: 7, 3: 21 })[c],
};
const moves = new Map([['KPI Tree', tree]]);
const on = (formula: string, here = 'KPI Tree'): string => moveReferences(formula, here, moves);

describe('moveReferences', () => {
  it.each([
    ['H7*2', 'G8*2'],
    ['$H$7*2', '$G$8*2'],
    ['H$7+$C8', 'G$8+$U7'],
    ['SUM(H7:H8)', 'SUM(G8:G7)'],
    ['A1+B2', 'A1+B2'],
    ['IF(H7>0,"H7 is "&H7,"")', 'IF(G8>0,"H7 is "&G8,"")'],
    ['"say ""H7"""&H7', '"say ""H7"""&G8'],
    ['T_meetings*2+H_close_rate', 'T_meetings*2+H_close_rate'],
    ['LOG10(H7)', 'LOG10(G8)'],
    ['1E5*H7', '1E5*G8'],
    ['Other!H7+H7', 'Other!H7+G8'],
    ["'Bob''s'!H7", "'Bob''s'!H7"],
    ['Table1[H7]', 'Table1[H7]'],
    ['H:H', 'H:H'],
  ])('%s on the tree sheet → %s', (from, to) => {
    expect(on(from)).toBe(to);
  });

  it('leaves alone a name that ends like a cell, and a cell inside a structured reference', () => {
    expect(on('売上H7*2+H7')).toBe('売上H7*2+G8');
    expect(on("Table1[a']H7]+H7")).toBe("Table1[a']H7]+G8");
  });

  it('follows a sheet-qualified reference from another sheet, whatever the case of the name', () => {
    expect(on("'KPI Tree'!H7*2", 'Dashboard')).toBe("'KPI Tree'!G8*2");
    expect(on("'kpi tree'!$H$8", 'Dashboard')).toBe("'kpi tree'!$G$7");
    expect(on('H7', 'Dashboard')).toBe('H7');
  });
});
