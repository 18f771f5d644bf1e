import { LANGS, t, type Lang } from '../i18n';
import { layoutHistorySheet, type ClosedFigures, type HistoryEntry } from '../layout/historySheet';
import type { CellValue, SheetSpec } from '../layout/spec';
import type { RawCell, WorkbookData } from '../reader/workbookData';
import type { ReviewTab } from './findTabs';
import type { ReadReviewTab } from './readTab';

/** A tab as the history sees it: what it is, and what it holds (or, for the tab being written, will hold). */
export interface HistoryTab {
  readonly tab: ReviewTab;
  readonly read: ReadReviewTab;
  /** Closed now: the values it keeps, by id (else, when the tab is closed, the values it shows). */
  readonly kept?: ReadonlyMap<string, ClosedFigures>;
  /** The tab being written: its ids and columns as laid out now (its first row is a new tab's). */
  readonly written?: {
    readonly ids: readonly string[];
    readonly columns: {
      readonly id: number;
      readonly target: number;
      readonly actual: number;
      readonly achievement: number;
      readonly cause: number;
    };
    readonly closed: boolean;
  };
}

const shownValue = (cell: RawCell | undefined): CellValue =>
  cell === undefined || cell.error !== undefined ? null : cell.value;

/**
 * The history sheet over every review tab, in the order the weeks were reviewed: open
 * weeks by formulas into their tabs (found by each tab's own headers), closed weeks by
 * the values they keep. It keeps the name it has in the workbook, in either language.
 */
export function historySheet(lang: Lang, data: WorkbookData, tabs: readonly HistoryTab[]): SheetSpec {
  const name =
    LANGS.map((l) => t(l, 'review.history.sheet')).find((n) => data.sheets.some((s) => s.name === n)) ??
    t(lang, 'review.history.sheet');
  const entries = tabs.map(({ tab, read, written, kept }): HistoryEntry => {
    if (written)
      return {
        week: tab.week,
        sheet: tab.sheet,
        ids: written.ids,
        columns: written.columns,
        ...(written.closed ? { closed: closedOf(read) } : {}),
      };
    return {
      week: tab.week,
      sheet: tab.sheet,
      ids: read.ids,
      firstRow: read.shape.firstRow,
      columns: {
        id: read.shape.columns.id,
        target: read.shape.columns.target,
        actual: read.shape.columns.actual,
        achievement: read.shape.columns.achievement,
        cause: read.shape.columns.cause,
      },
      ...(kept ? { closed: kept } : read.closed ? { closed: closedOf(read) } : {}),
    };
  });
  return layoutHistorySheet(lang, name, entries);
}

function closedOf(read: ReadReviewTab): Map<string, ClosedFigures> {
  return new Map(
    [...read.shown].map(([id, row]) => [
      id,
      {
        target: shownValue(row.cells.target),
        actual: shownValue(row.cells.actual),
        achievement: shownValue(row.cells.achievement),
        cause: shownValue(row.cells.cause),
      },
    ]),
  );
}
