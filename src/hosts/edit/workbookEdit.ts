import type { Formula } from '../../core/formula/ast';
import type {
  CellStyle,
  CellValue,
  ConditionalFormat,
  DataBar,
  DefinedName,
  PageSetup,
  SheetKey,
  Validation,
} from '../../core/layout/spec';
import type { Rect } from './rects';

/**
 * What writing a WorkbookSpec into a workbook as it stands means, decided once for both
 * hosts (`computeEdit`): which sheets are added and in what order they stand, which cells
 * get what, which input cells keep what people typed, which merged areas are split, which
 * rows are emptied first, which notes are added or changed, which defined names are
 * added, re-pointed or deleted. A host only translates it into its API; it decides
 * nothing, so both write the same workbook and report the same counts.
 */
export interface WorkbookEdit {
  readonly sheets: readonly SheetEdit[];
  /**
   * A spec of the whole workbook (it has the tree) puts its sheets first, in this order,
   * people's own sheets after them in the order they had. Null for a partial spec (a
   * review tab): sheets stay where they are and new ones go last.
   */
  readonly leadingSheets: readonly string[] | null;
  /** In the order a host should make them: the existing names' changes in their order, then the additions. */
  readonly names: readonly NameChange[];
  /** The spec's styles, by the keys `CellEdit.style` names. */
  readonly styles: Readonly<Record<string, CellStyle>>;
  readonly counts: EditCounts;
}

export type NameChange =
  /** A generated name the spec brings that does not exist yet. */
  | { readonly kind: 'add'; readonly target: DefinedName }
  /** An existing name (spelt as the workbook spells it) pointed at the spec's range: formulas using it stay linked. */
  | { readonly kind: 'repoint'; readonly name: string; readonly target: DefinedName }
  /** A generated name a whole-workbook spec no longer has (a node that moved or went). */
  | { readonly kind: 'delete'; readonly name: string };

export interface SheetEdit {
  readonly key: SheetKey;
  readonly name: string;
  /** The sheet does not exist yet: the host adds it (at the end) before writing. */
  readonly isNew: boolean;
  /**
   * Every row from this one down is emptied first — values, formats, notes, merged areas —
   * because the spec carries all that stood there in its new place. Only on an existing sheet.
   */
  readonly clearFrom?: number;
  /**
   * Areas of the cells whose content is written, on an existing sheet, above the rows
   * emptied first (whose merged areas go with them). A merged area over any of them is
   * split first: otherwise a write would land on the area's top-left cell (ExcelJS) or be
   * refused (Excel).
   */
  readonly unmergeOver: readonly Rect[];
  /**
   * A sheet of people's own whose formulas are followed: nothing on it is split, the
   * written cells included (a host that splits the areas it writes over must not here).
   */
  readonly keepsMerges?: true;
  /** Every cell the spec owns, in row order. */
  readonly cells: readonly CellEdit[];
  /** Column widths in characters, from column A. */
  readonly widths: readonly number[];
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly tabColor?: string;
  readonly validations: readonly Validation[];
  /** The tool's conditional formats, added after `clearsConditionalFormats`. */
  readonly conditionalFormats: readonly ConditionalFormat[];
  /** The tool's data bars, added after `clearsConditionalFormats` too. */
  readonly dataBars: readonly DataBar[];
  /**
   * Every conditional format of the sheet goes first: the tool's replace rather than pile
   * up on a rebuild. Only when the spec brings some (or data bars); a sheet without leaves them alone.
   */
  readonly clearsConditionalFormats: boolean;
  /** Notes to add or to change; a note already showing the same text is not in the list. */
  readonly notes: readonly NoteEdit[];
  /** True when the spec has notes here that this host cannot write (`WorkbookState.notes` is null). */
  readonly notesSkipped: boolean;
  /** The page setup to write; absent leaves the sheet's own (new to the tool, or a person's). */
  readonly pageSetup?: PageSetup;
}

export interface CellEdit {
  readonly row: number;
  readonly col: number;
  /**
   * What goes into the cell. Absent for an input cell that keeps what people typed (or has
   * no seed): only its format is set.
   */
  readonly content?: CellContent;
  /** A key of `WorkbookEdit.styles`: font, fill, alignment and border (the number format is `numFmt`). */
  readonly style?: string;
  /** The cell's number format: people's own carried with it, else the style's; absent leaves it. */
  readonly numFmt?: string;
}

export type CellContent =
  /** The tool's formula, and the value the core computed for it (for readers that do not recalculate). */
  | { readonly kind: 'formula'; readonly formula: Formula; readonly result?: number | string }
  /** A formula people wrote, moved with its row: written as they wrote it (file text, `_xlfn.` and all). */
  | { readonly kind: 'carried'; readonly text: string; readonly result?: number | string }
  /** A literal of the tool's (text stays text); `link` makes it a link to a place in the workbook. */
  | { readonly kind: 'value'; readonly value: CellValue; readonly link?: string }
  /** The seed of an input cell that is empty (or new, or emptied first). */
  | { readonly kind: 'seed'; readonly value: CellValue };

export interface NoteEdit {
  readonly row: number;
  readonly col: number;
  readonly text: string;
  /** True when the cell has a note with other text (change it), false when it has none (add one). */
  readonly replaces: boolean;
}

/** What an edit writes, counted once for both hosts: the counting part of `ApplyReport`. */
export interface EditCounts {
  readonly sheetsAdded: readonly string[];
  /** Cells whose content the tool writes: formulas, labels, cleared cells, carried formulas. */
  readonly cellsWritten: number;
  /** Input cells that were empty and receive their seed. */
  readonly seedsWritten: number;
  /** Input cells with a seed that already held something and are left as they were. */
  readonly inputsKept: number;
  readonly names: { readonly added: number; readonly updated: number; readonly deleted: number };
}
