import { CHECKS } from '../../core/workbook/checksSheet';
import { layoutHistorySheet } from '../../core/layout/historySheet';
import { REVIEW } from '../../core/layout/reviewColumns';
import { treeColumns } from '../../core/layout/treeColumns';

/**
 * How many cells a node of the tree brings to the tool's sheets, for sizing a read before
 * it is made (`read.ts`): taken from the layout's own column definitions, so a column
 * added to a sheet is counted without anyone remembering this file.
 */

/** The most ISO weeks a month touches: 31 days from a Sunday reach into a sixth week. */
const MAX_WEEKS_IN_MONTH = Math.ceil((6 + 31) / 7);

/** The columns of one history row, as the history sheet lays one out. */
const HISTORY_COLUMNS = Math.max(
  ...layoutHistorySheet('en', 'History', [{ week: '2026-W01', sheet: 'Review', ids: ['node'] }]).rows.map(
    (r) => r.length,
  ),
);

/**
 * A node's row on the tree sheet — its columns, with the weeks of the longest month, and
 * the one checks column the Checks add after them (`treeChecksMarks`) — and a row of the
 * Checks sheet.
 */
export const TREE_CELLS_PER_NODE = treeColumns(MAX_WEEKS_IN_MONTH).last + 1 + Object.keys(CHECKS.col).length;

/** A node's row on one review tab and in the history. */
export const REVIEW_CELLS_PER_NODE = Object.keys(REVIEW.col).length + HISTORY_COLUMNS;
