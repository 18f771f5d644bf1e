import type { MessageKey } from '../i18n';

/**
 * The columns of the KPI tree sheet, in order; the ISO weeks of the month stand
 * between `perWorkday` and `owner`. `backcastNames` is the backcast read with names, the
 * tool's to write (new columns come last, so the columns people know keep their letters). The reader finds columns by these headers (in
 * either language), not by letter, so people may insert columns of their own.
 */
export const TREE_COLUMN_KEYS = [
  'id',
  'level',
  'name',
  'parent',
  'backcast',
  'unit',
  'monthly',
  'perWorkday',
  'owner',
  'deadline',
  'controllable',
  'baseline',
  'capacity',
  'ksf',
  'notes',
  'rationale',
  'aggregate',
  'better',
  'backcastNames',
] as const;
export type TreeColumnKey = (typeof TREE_COLUMN_KEYS)[number];

export const TREE_HEADER_KEYS: Record<TreeColumnKey, MessageKey> = {
  id: 'sheet.tree.col.id',
  level: 'sheet.tree.col.level',
  name: 'sheet.tree.col.name',
  parent: 'sheet.tree.col.parent',
  backcast: 'sheet.tree.col.backcast',
  unit: 'sheet.tree.col.unit',
  monthly: 'sheet.tree.col.monthly',
  perWorkday: 'sheet.tree.col.perWorkday',
  owner: 'sheet.tree.col.owner',
  deadline: 'sheet.tree.col.deadline',
  controllable: 'sheet.tree.col.controllable',
  better: 'sheet.tree.col.better',
  baseline: 'sheet.tree.col.baseline',
  capacity: 'sheet.tree.col.capacity',
  ksf: 'sheet.tree.col.ksf',
  notes: 'sheet.tree.col.notes',
  rationale: 'sheet.tree.col.rationale',
  aggregate: 'sheet.tree.col.aggregate',
  backcastNames: 'sheet.tree.col.backcastNames',
};

/**
 * The plan fields of a node, each with the tree column that holds it: the reader reads a
 * node's fields from these columns, and a finding about a field points at its cell.
 */
export const NODE_FIELD_COLUMN = {
  id: 'id',
  level: 'level',
  name: 'name',
  parent: 'parent',
  backcast: 'backcast',
  unit: 'unit',
  target: 'monthly',
  owner: 'owner',
  deadline: 'deadline',
  controllable: 'controllable',
  better: 'better',
  baseline: 'baseline',
  capacity_per_day: 'capacity',
  ksf: 'ksf',
  notes: 'notes',
  rationale: 'rationale',
  aggregate: 'aggregate',
} as const satisfies Readonly<Record<string, TreeColumnKey>>;

/** A plan field of a node; each is a cell of the tree sheet. */
export type NodeField = keyof typeof NODE_FIELD_COLUMN;

/** Whether a plan path's last part names a node field. */
export function isNodeField(field: string): field is NodeField {
  return Object.prototype.hasOwnProperty.call(NODE_FIELD_COLUMN, field);
}

/**
 * Rows of the tree sheet. The legend's row doubles as the weeks' heading row: above each
 * week column's ISO label (the header row, which WEEKS and every lookup match) it names the
 * week as people do, 「第1週（12/1〜12/6）」.
 */
export const TREE = { titleRow: 1, subtitleRow: 2, legendRow: 3, weekHeadingRow: 3, headerRow: 4, firstRow: 5, spareRows: 200 } as const;

/** Whether a cell's text is a week's heading as the tool writes it (「第1週（12/1〜12/6）」, "Week 1 (Dec 1–6)"). */
export function isWeekHeading(text: string): boolean {
  return /^\s*(?:第\d+週（[^）]*）|Week \d+ \([^)]*\))\s*$/.test(text);
}

/**
 * The ISO week of a week column's header: `2026-W49` as the tool writes it, or that label
 * as the last line under a week's heading (「第1週（12/1〜12/6）」 typed or pasted as text).
 */
export function weekOfHeader(text: string): string | undefined {
  return /(?:^|\n)\s*(\d{4}-W\d{2})\s*$/.exec(text)?.[1];
}

/** Whether a header is a week column's (see `weekOfHeader`). */
export function isWeekHeader(text: string): boolean {
  return weekOfHeader(text) !== undefined;
}

/** Column numbers (1-based) for a month of `weekCount` ISO weeks. */
export interface TreeColumns {
  readonly col: Readonly<Record<TreeColumnKey, number>>;
  readonly firstWeek: number;
  readonly weekCount: number;
  readonly last: number;
}

export function treeColumns(weekCount: number): TreeColumns {
  const col = {} as Record<TreeColumnKey, number>;
  let next = 1;
  for (const key of TREE_COLUMN_KEYS) {
    col[key] = next++;
    if (key === 'perWorkday') next += weekCount;
  }
  return { col, firstWeek: col.perWorkday + 1, weekCount, last: next - 1 };
}
