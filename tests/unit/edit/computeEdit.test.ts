/**
 * The write rules both hosts execute, decided once (`computeEdit`) from a spec and the
 * workbook as it stands, without any host: seeds only into empty inputs, names owned by a
 * whole-workbook spec, rows emptied first, merges split over what is written, notes added
 * or changed, the sheets' order, and the counts every host reports.
 */
import { bin, ref, str } from '../../../src/core/formula/ast';
import { specNames, type Cell, type SheetSpec, type WorkbookSpec } from '../../../src/core/layout/spec';
import { collectStyles } from '../../../src/core/layout/styles';
import { computeEdit, inputsToCheck, sheetOrder } from '../../../src/hosts/edit/computeEdit';
import { EMPTY_WORKBOOK, stateOfData, type WorkbookState } from '../../../src/hosts/edit/state';
import type { SheetEdit } from '../../../src/hosts/edit/workbookEdit';
import { nodePlan, specFor } from '../excel/specs';

function sheet(
  key: SheetSpec['key'],
  name: string,
  rows: (Cell | null)[][],
  over: Partial<SheetSpec> = {},
): SheetSpec {
  return { key, name, rows, widths: [10, 12], validations: [], conditionalFormats: [], ...over };
}

/** A tree sheet: a header, a node row with a generated id, an input owner (seed) and an input answer (no seed). */
const TREE = sheet('tree', 'Tree', [
  [
    { v: 'ID', s: 'header', note: 'the id' },
    { v: 'Owner', s: 'header' },
    { v: 'Answer', s: 'header' },
  ],
  [
    { v: 'calls', s: 'id' },
    { v: 'Sato', input: true, s: 'inputText' },
    { v: null, input: true, s: 'inputText' },
  ],
  [{ v: 'meetings', s: 'id' }, { v: 'Ito', input: true, s: 'inputText', numFmt: '@' }, null],
]);
const REVIEW = sheet('review:2026-W50', 'Review 2026-W50', [
  [
    { v: 'Tree!A2', link: "'Tree'!A2", s: 'text' },
    { f: bin('+', ref('A1'), str('x')), result: 'x' },
  ],
  [
    { carriedFormula: 'SUM(A1:A2)', input: true, result: 3 },
    { v: 5, input: true },
  ],
]);

function spec(sheets: SheetSpec[], names: WorkbookSpec['names'] = []): WorkbookSpec {
  const keys = sheets.flatMap((s) => s.rows.flatMap((r) => r.flatMap((c) => (c?.s ? [c.s] : []))));
  return { sheets, names, styles: collectStyles(keys) };
}

/** A workbook state from a few facts; `holds` records what it was asked. */
function state(
  over: Partial<Omit<WorkbookState, 'holds'>> & { filled?: string[] } = {},
): WorkbookState & { asked: string[] } {
  const asked: string[] = [];
  const filled = new Set(over.filled ?? []);
  return {
    sheets: over.sheets ?? [],
    names: over.names ?? [],
    notes: over.notes === undefined ? { at: () => undefined } : over.notes,
    pageSetup: over.pageSetup ?? (() => undefined),
    holds: (s, row, col) => {
      asked.push(`${s}!${row},${col}`);
      return filled.has(`${s}!${row},${col}`);
    },
    asked,
  };
}

const cellAt = (s: SheetEdit, row: number, col: number) =>
  s.cells.find((c) => c.row === row && c.col === col);

describe('a build into an empty workbook', () => {
  const empty = state();
  const edit = computeEdit(spec([TREE, REVIEW], [{ name: 'T_calls', sheet: 'Tree', range: '$A$2' }]), empty);

  test('every sheet is new, in the spec’s order, first', () => {
    expect(edit.sheets.map((s) => [s.name, s.isNew])).toEqual([
      ['Tree', true],
      ['Review 2026-W50', true],
    ]);
    // Review tabs are placed by people: a rebuild leads with its own sheets, never with them.
    expect(edit.leadingSheets).toEqual(['Tree']);
    expect(edit.counts.sheetsAdded).toEqual(['Tree', 'Review 2026-W50']);
  });

  test('generated cells, carried formulas and every seed are written; nothing is split or emptied on a new sheet', () => {
    const tree = edit.sheets[0];
    expect(cellAt(tree, 2, 2)?.content).toEqual({ kind: 'seed', value: 'Sato' });
    expect(cellAt(tree, 2, 3)).toEqual({ row: 2, col: 3, style: 'inputText' }); // an input without a seed: format only
    expect(tree.unmergeOver).toEqual([]);
    expect(tree.clearFrom).toBeUndefined();
    // 3 headers + 2 ids + 2 review literals/formulas + the carried formula.
    expect(edit.counts).toMatchObject({ cellsWritten: 8, seedsWritten: 3, inputsKept: 0 });
    expect(edit.names).toEqual([{ kind: 'add', target: { name: 'T_calls', sheet: 'Tree', range: '$A$2' } }]);
    expect(edit.counts.names).toEqual({ added: 1, updated: 0, deleted: 0 });
  });

  test('a link goes with a literal; a carried formula in an input cell is written as people wrote it', () => {
    const review = edit.sheets[1];
    expect(cellAt(review, 1, 1)?.content).toEqual({ kind: 'value', value: 'Tree!A2', link: "'Tree'!A2" });
    expect(cellAt(review, 1, 2)?.content).toEqual({
      kind: 'formula',
      formula: bin('+', ref('A1'), str('x')),
      result: 'x',
    });
    expect(cellAt(review, 2, 1)?.content).toEqual({ kind: 'carried', text: 'SUM(A1:A2)', result: 3 });
  });

  test('people’s number format on their cell wins over the style’s', () => {
    expect(cellAt(edit.sheets[0], 3, 2)?.numFmt).toBe('@');
    expect(cellAt(edit.sheets[0], 2, 2)?.numFmt).toBeUndefined();
  });

  test('notes are added, and no cell was asked about', () => {
    expect(edit.sheets[0].notes).toEqual([{ row: 1, col: 1, text: 'the id', replaces: false }]);
    expect(empty.asked).toEqual([]);
  });
});

describe('a rebuild over the workbook as it stands', () => {
  const existing = ['People', 'Review 2026-W50', 'tree'];

  test('inputs that hold something keep it; empty ones get their seed; only seeded inputs are asked about', () => {
    const s = state({ sheets: existing, filled: ['Tree!2,2'] });
    const edit = computeEdit(spec([TREE]), s);
    const tree = edit.sheets[0];
    expect(tree.isNew).toBe(false); // sheet names compare ignoring case
    expect(cellAt(tree, 2, 2)?.content).toBeUndefined();
    expect(cellAt(tree, 3, 2)?.content).toEqual({ kind: 'seed', value: 'Ito' });
    expect(edit.counts).toMatchObject({ seedsWritten: 1, inputsKept: 1, sheetsAdded: [] });
    expect(s.asked.sort()).toEqual(['Tree!2,2', 'Tree!3,2']);
    expect(inputsToCheck(spec([TREE]), existing)).toEqual([
      {
        sheet: 'Tree',
        cells: [
          { row: 2, col: 2 },
          { row: 3, col: 2 },
        ],
      },
    ]);
  });

  test('rows below clearBelow are emptied first: their seeds are written without asking', () => {
    const s = state({ sheets: existing, filled: ['Tree!2,2', 'Tree!3,2'] });
    const edit = computeEdit(spec([{ ...TREE, clearBelow: 1 }]), s);
    expect(edit.sheets[0].clearFrom).toBe(2);
    // Merged areas in the emptied rows go with them: only the header row is looked at.
    expect(edit.sheets[0].unmergeOver).toEqual([{ row1: 1, col1: 1, row2: 1, col2: 3 }]);
    expect(edit.counts).toMatchObject({ seedsWritten: 2, inputsKept: 0 });
    expect(s.asked).toEqual([]);
    expect(inputsToCheck(spec([{ ...TREE, clearBelow: 1 }]), existing)).toEqual([]);
  });

  test('merged areas are split over the cells whose content is written, not over inputs that keep theirs', () => {
    const edit = computeEdit(spec([TREE]), state({ sheets: existing, filled: ['Tree!2,2', 'Tree!3,2'] }));
    // Row 1 (headers), the ids of rows 2–3; the inputs keep their content and are not split.
    expect(edit.sheets[0].unmergeOver).toEqual([
      { row1: 1, col1: 1, row2: 1, col2: 3 },
      { row1: 2, col1: 1, row2: 3, col2: 1 },
    ]);
  });

  test('a whole-workbook spec re-points its names, deletes stale generated ones, keeps people’s, and goes first', () => {
    const s = state({ sheets: existing, names: ['t_calls', 'T_gone', 'MyTotal', 'WEEKS'] });
    const edit = computeEdit(
      spec(
        [TREE, REVIEW],
        [
          { name: 'T_calls', sheet: 'Tree', range: '$A$2' },
          { name: 'T_new', sheet: 'Tree', range: '$A$3' },
        ],
      ),
      s,
    );
    expect(edit.names).toEqual([
      { kind: 'repoint', name: 't_calls', target: { name: 'T_calls', sheet: 'Tree', range: '$A$2' } },
      { kind: 'delete', name: 'T_gone' },
      { kind: 'delete', name: 'WEEKS' },
      { kind: 'add', target: { name: 'T_new', sheet: 'Tree', range: '$A$3' } },
    ]);
    expect(edit.counts.names).toEqual({ added: 1, updated: 1, deleted: 2 });
    expect(sheetOrder(existing, edit)).toEqual(['tree', 'People', 'Review 2026-W50']);
  });

  test('a partial spec (a review tab) replaces only its names and adds its sheet last', () => {
    const review = { ...REVIEW, name: 'Review 2026-W51', key: 'review:2026-W51' as const };
    const edit = computeEdit(
      spec([review], [{ name: 'T_calls', sheet: 'Tree', range: '$A$2' }]),
      state({ sheets: existing, names: ['T_gone', 'T_calls'] }),
    );
    expect(edit.leadingSheets).toBeNull();
    expect(edit.names.map((n) => n.kind)).toEqual(['repoint']);
    expect(sheetOrder(existing, edit)).toEqual([...existing, 'Review 2026-W51']);
  });

  test('a note is changed where its text differs, added where there is none, and left when the same', () => {
    const withNotes: SheetSpec = {
      ...TREE,
      rows: [
        TREE.rows[0],
        [
          { v: 'calls', note: 'same' },
          { v: 'x', note: 'new' },
        ],
        [{ v: 'y', note: 'added' }],
      ],
    };
    const notes = new Map([
      ['Tree!1,1', 'old text'],
      ['Tree!2,1', 'same'],
      ['Tree!2,2', 'other'],
    ]);
    const edit = computeEdit(
      spec([withNotes]),
      state({
        sheets: existing,
        notes: {
          at: (s, r, c) =>
            notes.has(`${s}!${r},${c}`) ? { content: notes.get(`${s}!${r},${c}`)! } : undefined,
        },
      }),
    );
    expect(edit.sheets[0].notes).toEqual([
      { row: 1, col: 1, text: 'the id', replaces: true },
      { row: 2, col: 2, text: 'new', replaces: true },
      { row: 3, col: 1, text: 'added', replaces: false },
    ]);
  });

  test('a sheet without conditional formats leaves the sheet’s alone', () => {
    expect(computeEdit(spec([TREE]), EMPTY_WORKBOOK).sheets[0].clearsConditionalFormats).toBe(false);
  });

  test('a host that cannot write notes gets none, and the sheets that had some are marked', () => {
    const edit = computeEdit(spec([TREE, REVIEW]), state({ notes: null }));
    expect(edit.sheets.map((s) => [s.notes.length, s.notesSkipped])).toEqual([
      [0, true],
      [0, false],
    ]);
  });

  test('conditional formats, validations, widths, panes and tab colour pass through as the spec has them', () => {
    const cf = { range: 'A1:A5', formula: bin('=', ref('A1'), str('x')), style: { fill: 'FFC7CE' } };
    const v = { range: 'B2:B9', type: 'date' as const };
    const s = {
      ...TREE,
      conditionalFormats: [cf],
      validations: [v],
      freeze: { rows: 1, columns: 1 },
      tabColor: '4472C4',
    };
    const edit = computeEdit(spec([s]), EMPTY_WORKBOOK).sheets[0];
    expect(edit).toMatchObject({
      conditionalFormats: [cf],
      validations: [v],
      freeze: { rows: 1, columns: 1 },
      tabColor: '4472C4',
      widths: [10, 12],
    });
  });
});

describe('on a real workbook spec', () => {
  const built = specFor(nodePlan(30));

  test('a build seeds every input with a seed; the same spec over its own result keeps them all', () => {
    const build = computeEdit(built, EMPTY_WORKBOOK);
    const seeded = build.sheets.flatMap((s) =>
      s.cells.filter((c) => c.content?.kind === 'seed').map((c) => ({ sheet: s.name, ...c })),
    );
    expect(build.counts.seedsWritten).toBe(seeded.length);
    expect(seeded.length).toBeGreaterThan(30);
    // The workbook as built: every cell written holds what was written.
    const data = {
      sheets: build.sheets.map((s) => {
        const rows: { value: string | number | boolean | null }[][] = [];
        for (const c of s.cells) if (c.content) (rows[c.row - 1] ??= [])[c.col - 1] = { value: 'x' };
        for (let i = 0; i < rows.length; i++) rows[i] ??= [];
        return { name: s.name, rows };
      }),
      names: specNames(built).map((n) => ({ name: n.name, sheet: n.sheet, range: n.range })),
    };
    const rebuild = computeEdit(built, stateOfData(data, { at: () => undefined }));
    expect(rebuild.counts).toMatchObject({
      sheetsAdded: [],
      seedsWritten: 0,
      inputsKept: build.counts.seedsWritten,
      cellsWritten: build.counts.cellsWritten,
    });
    expect(rebuild.counts.names).toEqual({ added: 0, updated: specNames(built).length, deleted: 0 });
  });

  test('the cells a host must read first are exactly those the rules ask about', () => {
    const sheets = built.sheets.map((s) => s.name);
    const s = state({ sheets });
    computeEdit(built, s);
    const listed = inputsToCheck(built, sheets).flatMap((x) =>
      x.cells.map((c) => `${x.sheet}!${c.row},${c.col}`),
    );
    expect(s.asked.sort()).toEqual(listed.sort());
    expect(listed.length).toBeGreaterThan(30);
  });
});
