import { memberKey, type NodeLocator } from '../model/locate';
import { MEMBERS } from '../layout/memberColumns';
import { t, type Lang } from '../i18n';
import { sheetAddress } from '../layout/a1';
import { HYPOTHESES } from '../layout/hypothesesSheet';
import { NODE_FIELD_COLUMN, TREE, treeColumns, type TreeColumnKey } from '../layout/treeColumns';
import { hypothesisPlace, nodePlace, type Model } from '../model/types';
import type { CellTarget, HypothesisField } from './types';

/**
 * Where things stand in the workbook: by default the layout `build` writes for this
 * model (row = depth-first index + TREE.firstRow, columns from `treeColumns`, sheet
 * names in the workbook's language). A workbook read back overrides what it knows:
 * the actual row of each node, the actual column of each header.
 */
export interface CellLayout {
  readonly treeSheet: string;
  readonly hypothesesSheet: string;
  readonly rowOf: (id: string) => number | undefined;
  readonly columnOf: (key: TreeColumnKey) => number | undefined;
  readonly hypothesisRowOf: (id: string) => number | undefined;
  readonly hypothesisColumnOf: (field: HypothesisField) => number | undefined;
  readonly memberSheet: string;
  readonly memberRowOf: (id: string) => number | undefined;
}

export interface CellLayoutOptions {
  /** The workbook's language, which names its sheets. */
  readonly lang: Lang;
  /** ISO weeks in the month; unknown (month unusable) leaves the columns after the weeks unknown. */
  readonly weekCount?: number;
  readonly treeSheet?: string;
  readonly hypothesesSheet?: string;
  readonly rowOf?: (id: string) => number | undefined;
  readonly columnOf?: (key: TreeColumnKey) => number | undefined;
  readonly hypothesisRowOf?: (id: string) => number | undefined;
}

export function cellLayout(model: Model, options: CellLayoutOptions): CellLayout {
  const place = nodePlace(model);
  const hypothesisAt = hypothesisPlace(model);
  const memberRow = new Map(model.members.map((m, i) => [m.id as string, MEMBERS.firstRow + i]));
  const known = options.weekCount === undefined ? undefined : treeColumns(options.weekCount);
  const beforeWeeks = treeColumns(0);
  const defaultColumn = (key: TreeColumnKey): number | undefined => {
    if (known) return known.col[key];
    const c = beforeWeeks.col[key];
    return c <= beforeWeeks.col.perWorkday ? c : undefined;
  };
  return {
    treeSheet: options.treeSheet ?? t(options.lang, 'sheet.tree'),
    hypothesesSheet: options.hypothesesSheet ?? t(options.lang, 'sheet.hypotheses'),
    rowOf:
      options.rowOf ??
      ((id) => {
        const i = place.get(id);
        return i === undefined ? undefined : TREE.firstRow + i;
      }),
    columnOf: options.columnOf ?? defaultColumn,
    hypothesisRowOf:
      options.hypothesisRowOf ??
      ((id) => {
        const i = hypothesisAt.get(id);
        return i === undefined ? undefined : HYPOTHESES.firstRow + i;
      }),
    hypothesisColumnOf: (field) => HYPOTHESES.col[field],
    memberSheet: t(options.lang, 'sheet.members'),
    memberRowOf: (id) => memberRow.get(id),
  };
}

/**
 * The sheet-qualified address of the cell a finding concerns. A locator that knows
 * cells (the workbook reader's) wins; otherwise the layout says where the cell is.
 */
export function findingCell(target: CellTarget, layout: CellLayout, locate?: NodeLocator): string | undefined {
  if (target.kind === 'node') {
    const located = locate?.(target.node, target.field).cell;
    if (located !== undefined) return located;
    const row = layout.rowOf(target.node);
    const column = layout.columnOf(NODE_FIELD_COLUMN[target.field]);
    return row === undefined || column === undefined ? undefined : sheetAddress(layout.treeSheet, row, column);
  }
  if (target.kind === 'member') {
    const located = locate?.(memberKey(target.id), target.field).cell;
    if (located !== undefined) return located;
    const row = layout.memberRowOf(target.id);
    return row === undefined ? undefined : sheetAddress(layout.memberSheet, row, MEMBERS.col[target.field]);
  }
  const row = layout.hypothesisRowOf(target.id);
  const column = layout.hypothesisColumnOf(target.field);
  return row === undefined || column === undefined ? undefined : sheetAddress(layout.hypothesesSheet, row, column);
}
