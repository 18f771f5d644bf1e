import { placeOwnCells, type ReviewPlaces } from '../../../src/core/review/placeOwnCells';
import type { Cell } from '../../../src/core/layout/spec';

const places: ReviewPlaces = {
  rowOf: new Map([['calls', 4]]),
  actionTitleRow: 6,
  firstActionRow: 8,
  lastRow: 10,
};
const grid = (): (Cell | null)[][] => [
  [{ v: 'title' }],
  [],
  [null, { v: 'generated' }],
  [{ v: 'calls' }, { v: null, input: true }],
  [],
  [{ v: 'Actions' }],
];

describe("people's own cells on a refreshed review tab", () => {
  it('go back beside what they stood next to', () => {
    const rows = grid();
    placeOwnCells(
      rows,
      [
        { anchor: { kind: 'top', row: 2 }, col: 3, cell: { value: 'header note' } },
        { anchor: { kind: 'node', id: 'calls' }, col: 5, cell: { value: 'beside calls' } },
        { anchor: { kind: 'action', slot: 1 }, col: 8, cell: { value: 2, formula: 'A1*2' } },
        { anchor: { kind: 'actionsTitle', offset: -1 }, col: 1, cell: { value: 'between' } },
      ],
      places,
    );
    expect(rows[1][2]).toEqual({ v: 'header note' });
    expect(rows[3][4]).toEqual({ v: 'beside calls' });
    expect(rows[8][7]).toEqual({ carriedFormula: 'A1*2' });
    expect(rows[4][0]).toEqual({ v: 'between' });
  });

  it("never overwrite the tool's cells and are never dropped: a taken place or a lost anchor spills below the tab", () => {
    const rows = grid();
    placeOwnCells(
      rows,
      [
        { anchor: { kind: 'top', row: 3 }, col: 2, cell: { value: 'typed over a header' } },
        { anchor: { kind: 'node', id: 'gone' }, col: 2, cell: { value: 'beside a lost row' } },
      ],
      places,
    );
    expect(rows[2][1]).toEqual({ v: 'generated' });
    expect([rows[11]?.[1], rows[12]?.[1]]).toEqual([
      { v: 'typed over a header' },
      { v: 'beside a lost row' },
    ]);
  });

  it("put comments back on the tool's cells, not over the tool's own guidance", () => {
    const rows = grid();
    rows[2][1] = { v: 'header', note: 'guidance' };
    placeOwnCells(
      rows,
      [
        {
          anchor: { kind: 'node', id: 'calls' },
          col: 2,
          cell: { value: 40, note: 'from the weekly report' },
          noteOnly: true,
        },
        {
          anchor: { kind: 'top', row: 3 },
          col: 2,
          cell: { value: 'header', note: 'old guidance' },
          noteOnly: true,
        },
      ],
      places,
    );
    expect(rows[3][1]).toEqual({ v: null, input: true, note: 'from the weekly report' });
    expect(rows[2][1]).toEqual({ v: 'header', note: 'guidance' });
  });
});
