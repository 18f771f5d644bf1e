import { cellFormula, eachRow, specNames, type Cell, type DefinedName, type PageSetup, type SheetSpec, type WorkbookSpec } from '../../core/layout/spec';
import { isGeneratedName } from '../../core/reader/toolSheets';
import { markersOf, printedAs, printFingerprint, printMarker } from './pageSetup';
import { coverWithRects } from './rects';
import type { WorkbookState } from './state';
import type {
  CellContent,
  CellEdit,
  EditCounts,
  NameChange,
  NoteEdit,
  SheetEdit,
  WorkbookEdit,
} from './workbookEdit';

/**
 * The one set of write rules, for both hosts:
 * - generated cells are written over; an input cell (hypotheses, actuals, answers) gets
 *   its seed only where it is empty — on a new sheet, in a row emptied first, or where
 *   the state says it holds nothing — and otherwise keeps what people typed;
 * - a spec of the whole workbook (it has the tree) puts its sheets first, in order, and
 *   owns every generated name (DESIGN.md §4): one it brings is re-pointed if it exists
 *   (which keeps formulas that use it linked) or added, and a generated name it no longer
 *   has is deleted. A partial spec (a review tab) replaces only the names it brings.
 *   Names people defined are left alone;
 * - `clearBelow` empties the rows below it first, on an existing sheet;
 * - merged areas over the cells written are split first;
 * - on a sheet of people's own (key `people`) only the formula cells the spec brings are
 *   written, nothing is split or moved, and the sheet keeps its place;
 * - a note is added where there is none and changed where its text differs;
 * - the spec's conditional formats and data bars replace the sheet's;
 * - a sheet's page setup is written where the sheet is new, where no mark in the workbook
 *   says what the tool last wrote there, or where the sheet still prints as that mark
 *   records; once a person changed it, theirs is kept. The mark (a defined name,
 *   `printMarker`) is renewed with every page setup written.
 */
export function computeEdit(spec: WorkbookSpec, state: WorkbookState): WorkbookEdit {
  const existing = new Set(state.sheets.map((name) => name.toLowerCase()));
  const whole = isWholeWorkbook(spec);
  let cellsWritten = 0;
  let seedsWritten = 0;
  let inputsKept = 0;
  const markers: Markers = { wanted: new Map(), stale: new Set() };
  const sheets = spec.sheets.map((sheet) => {
    const isNew = !existing.has(sheet.name.toLowerCase());
    const edit = sheetEdit(sheet, spec, state, isNew);
    cellsWritten += edit.counts.written;
    seedsWritten += edit.counts.seeds;
    inputsKept += edit.counts.kept;
    const pageSetup = printEdit(sheet, state, isNew, markers);
    return pageSetup === undefined ? edit.sheet : { ...edit.sheet, pageSetup };
  });
  const names = nameChanges(spec, state.names, whole, markers);
  const counts: EditCounts = {
    sheetsAdded: sheets.filter((s) => s.isNew).map((s) => s.name),
    cellsWritten,
    seedsWritten,
    inputsKept,
    names: {
      added: names.filter((n) => n.kind === 'add').length,
      updated: names.filter((n) => n.kind === 'repoint').length,
      deleted: names.filter((n) => n.kind === 'delete').length,
    },
  };
  return {
    sheets,
    // People's own sheets (their formulas followed), review tabs a rebuild closes (a month left
    // behind) and the history stay where they stand.
    leadingSheets: whole ? spec.sheets.filter((s) => s.key !== 'people' && !isReviewPart(s)).map((s) => s.name) : null,
    names,
    styles: spec.styles,
    counts,
  };
}

/** A review tab, a 1on1 tab or the history sheet: placed by people, never moved by a rebuild. */
function isReviewPart(sheet: SheetSpec): boolean {
  return sheet.key === 'history' || sheet.key.startsWith('review:') || sheet.key.startsWith('oneOnOne:');
}

/** A spec of the whole workbook is one with the tree sheet; a review tab alone is partial. */
export function isWholeWorkbook(spec: WorkbookSpec): boolean {
  return spec.sheets.some((s) => s.key === 'tree');
}

/** True when `row` is emptied before the write: nothing there survives, no note either. */
export function isCleared(sheet: { readonly clearBelow?: number }, row: number): boolean {
  return sheet.clearBelow !== undefined && row > sheet.clearBelow;
}

/** An input cell's seed: the literal written into it only when it is empty. */
function seedOf(cell: Cell): Cell['v'] | undefined {
  if (!cell.input || cell.f || cell.carriedFormula !== undefined) return undefined;
  return cell.v === undefined || cell.v === null ? undefined : cell.v;
}

/**
 * The input cells whose content decides the edit: those with a seed, on sheets that
 * exist, in rows not emptied first. A host that has not read the workbook reads these
 * (and only these) before it writes; `WorkbookState.holds` is asked about no others.
 */
export function inputsToCheck(
  spec: WorkbookSpec,
  sheets: readonly string[],
): { readonly sheet: string; readonly cells: readonly { readonly row: number; readonly col: number }[] }[] {
  const existing = new Set(sheets.map((name) => name.toLowerCase()));
  return spec.sheets
    .filter((s) => existing.has(s.name.toLowerCase()))
    .map((s) => {
      const cells: { row: number; col: number }[] = [];
      eachRow(s, (row, r) =>
        row.forEach((cell, c) => {
          if (cell && seedOf(cell) !== undefined && !isCleared(s, r + 1))
            cells.push({ row: r + 1, col: c + 1 });
        }),
      );
      return { sheet: s.name, cells };
    })
    .filter((s) => s.cells.length > 0);
}

interface SheetCounts {
  readonly written: number;
  readonly seeds: number;
  readonly kept: number;
}

function sheetEdit(
  sheet: SheetSpec,
  spec: WorkbookSpec,
  state: WorkbookState,
  isNew: boolean,
): { sheet: SheetEdit; counts: SheetCounts } {
  const cells: CellEdit[] = [];
  const notes: NoteEdit[] = [];
  let notesSkipped = false;
  const counts = { written: 0, seeds: 0, kept: 0 };
  /** Empty for certain: a new sheet, or a row emptied first. */
  const empty = (row: number): boolean => isNew || isCleared(sheet, row);

  eachRow(sheet, (rowCells, r) => {
    rowCells.forEach((cell, c) => {
      if (!cell) return;
      const row = r + 1;
      const col = c + 1;
      const content = contentOf(cell, () => empty(row) || !state.holds(sheet.name, row, col));
      if (content?.kind === 'seed') counts.seeds++;
      else if (content) counts.written++;
      else if (seedOf(cell) !== undefined) counts.kept++;
      const style = cell.s !== undefined && spec.styles[cell.s] !== undefined ? cell.s : undefined;
      // People's own number format on their cell wins over the style's.
      const numFmt = cell.numFmt ?? (style === undefined ? undefined : spec.styles[style].numFmt);
      cells.push({
        row,
        col,
        ...(content ? { content } : {}),
        ...(style !== undefined ? { style } : {}),
        ...(numFmt !== undefined ? { numFmt } : {}),
      });
      if (cell.note === undefined) return;
      if (state.notes === null) {
        notesSkipped = true;
        return;
      }
      const current = empty(row) ? undefined : state.notes.at(sheet.name, row, col);
      if (current === undefined) notes.push({ row, col, text: cell.note, replaces: false });
      else if (current.content !== cell.note) notes.push({ row, col, text: cell.note, replaces: true });
    });
  });

  return {
    sheet: {
      key: sheet.key,
      name: sheet.name,
      isNew,
      ...(!isNew && sheet.clearBelow !== undefined ? { clearFrom: sheet.clearBelow + 1 } : {}),
      // Rows emptied first lose their merged areas whole: only the cells above them need looking at.
      // On a sheet of people's own, a formula is written into its cell as it stands, merged or not.
      unmergeOver:
        isNew || sheet.key === 'people'
          ? []
          : coverWithRects(cells.filter((c) => c.content !== undefined && !isCleared(sheet, c.row))),
      ...(sheet.key === 'people' ? { keepsMerges: true } : {}),
      cells,
      widths: sheet.widths,
      ...(sheet.freeze ? { freeze: sheet.freeze } : {}),
      ...(sheet.tabColor ? { tabColor: sheet.tabColor } : {}),
      validations: sheet.validations,
      conditionalFormats: sheet.conditionalFormats,
      dataBars: sheet.dataBars ?? [],
      clearsConditionalFormats: sheet.conditionalFormats.length > 0 || (sheet.dataBars ?? []).length > 0,
      notes,
      notesSkipped,
    },
    counts,
  };
}

/** What goes into a cell; undefined for an input cell that keeps its content (`seedable` says whether it is empty). */
function contentOf(cell: Cell, seedable: () => boolean): CellContent | undefined {
  const result = cell.result === undefined ? {} : { result: cell.result };
  const formula = cellFormula(cell);
  if (formula) return { kind: 'formula', formula, ...result };
  // People's own formula, moved with its row by a rebuild: written as they wrote it.
  if (cell.carriedFormula !== undefined) return { kind: 'carried', text: cell.carriedFormula, ...result };
  if (cell.input) {
    const seed = seedOf(cell);
    return seed !== undefined && seedable() ? { kind: 'seed', value: seed } : undefined;
  }
  const value = cell.v ?? null;
  return cell.link !== undefined && typeof value === 'string'
    ? { kind: 'value', value, link: cell.link }
    : { kind: 'value', value };
}

/** The page setup marks the edit adds (by lower-case name) and those it deletes (lower-case names). */
interface Markers {
  readonly wanted: Map<string, DefinedName>;
  readonly stale: Set<string>;
}

/**
 * The page setup to write on a sheet, or undefined to leave the sheet's as it is: a
 * person's own, told by the sheet no longer printing as the tool's mark records. When it
 * is written, the sheet's mark is renewed in `markers`.
 */
function printEdit(sheet: SheetSpec, state: WorkbookState, isNew: boolean, markers: Markers): PageSetup | undefined {
  const setup = sheet.pageSetup;
  if (setup === undefined) return undefined;
  const marks = markersOf(state.names, sheet.key);
  if (!isNew && marks.length > 0) {
    const current = state.pageSetup(sheet.name);
    if (current === undefined) return undefined;
    const fingerprint = printFingerprint(current);
    if (!marks.some((m) => m.fingerprint === fingerprint)) return undefined;
  }
  const marker = printMarker(sheet.key, sheet.name, printFingerprint(printedAs(setup)));
  markers.wanted.set(marker.name.toLowerCase(), marker);
  for (const m of marks) if (m.name.toLowerCase() !== marker.name.toLowerCase()) markers.stale.add(m.name.toLowerCase());
  return setup;
}

/**
 * Name changes in the order a host makes them: the existing names' first, in their order,
 * then the additions. Page setup marks already in place stay as they are.
 */
function nameChanges(spec: WorkbookSpec, existing: readonly string[], whole: boolean, markers: Markers): NameChange[] {
  const all = specNames(spec);
  const wanted = new Map(all.map((n) => [n.name.toLowerCase(), n]));
  const present = new Set<string>();
  const changes: NameChange[] = [];
  for (const name of existing) {
    const key = name.toLowerCase();
    const target = wanted.get(key);
    if (target && !present.has(key)) {
      present.add(key);
      changes.push({ kind: 'repoint', name, target });
    } else if (markers.stale.has(key)) {
      changes.push({ kind: 'delete', name });
    } else if (markers.wanted.has(key)) {
      present.add(key);
    } else if (!target && whole && isGeneratedName(name)) {
      changes.push({ kind: 'delete', name });
    }
  }
  for (const n of [...all, ...markers.wanted.values()])
    if (!present.has(n.name.toLowerCase())) changes.push({ kind: 'add', target: n });
  return changes;
}

/**
 * The workbook's sheets once the edit is made: a whole-workbook spec's sheets first, in
 * its order, people's own after them in the order they had; otherwise the sheets as they
 * were and new ones last, in the spec's order.
 */
export function sheetOrder(
  current: readonly string[],
  edit: Pick<WorkbookEdit, 'sheets' | 'leadingSheets'>,
): string[] {
  const added = edit.sheets.filter((s) => s.isNew).map((s) => s.name);
  const all = [...current, ...added];
  if (edit.leadingSheets === null) return all;
  const leading = new Set(edit.leadingSheets.map((n) => n.toLowerCase()));
  const byKey = new Map(all.map((n) => [n.toLowerCase(), n]));
  return [
    ...edit.leadingSheets.map((n) => byKey.get(n.toLowerCase()) ?? n),
    ...all.filter((n) => !leading.has(n.toLowerCase())),
  ];
}
