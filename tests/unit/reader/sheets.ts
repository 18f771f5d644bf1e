import { messages } from '../../../src/core/i18n';
import { TREE_HEADER_KEYS, TREE_COLUMN_KEYS, type TreeColumnKey } from '../../../src/core/layout/treeColumns';
import type { RawCell, SheetData, WorkbookData } from '../../../src/core/reader/workbookData';

/** Hand-written workbook data for reader tests: a tree with the tool's header in row 4. */
export type Row = Partial<Record<TreeColumnKey, RawCell['value'] | RawCell>>;

const v = (x: RawCell['value'] | RawCell | undefined): RawCell | undefined =>
  x === undefined ? undefined : typeof x === 'object' && x !== null ? x : { value: x };

export function treeSheet(
  rows: readonly Row[],
  options: { weeks?: readonly string[]; name?: string } = {},
): SheetData {
  const weeks = options.weeks ?? [];
  const order: (TreeColumnKey | string)[] = [];
  for (const key of TREE_COLUMN_KEYS) {
    order.push(key);
    if (key === 'perWorkday') order.push(...weeks);
  }
  const header: RawCell[] = order.map((k) => ({
    value: k in TREE_HEADER_KEYS ? messages[TREE_HEADER_KEYS[k as TreeColumnKey]].en : k,
  }));
  const body = rows.map((r) => order.map((k) => v((r as Record<string, RawCell['value'] | RawCell>)[k])));
  return { name: options.name ?? 'KPI Tree', rows: [[{ value: 'title' }], [], [], header, ...body] };
}

/** 1-based column of a tree key in `treeSheet(…, { weeks })`. */
export function treeColumn(key: TreeColumnKey, weeks = 0): number {
  const i = TREE_COLUMN_KEYS.indexOf(key);
  return i + 1 + (i > TREE_COLUMN_KEYS.indexOf('perWorkday') ? weeks : 0);
}

export const SETTINGS: SheetData = {
  name: 'Settings',
  rows: [
    [{ value: 'month' }, { value: '2026-12' }],
    [{ value: 'lang' }, { value: 'en' }],
  ],
};

export function hypothesesSheet(
  rows: readonly (readonly (RawCell['value'] | RawCell | undefined)[])[],
): SheetData {
  return {
    name: 'Hypotheses',
    rows: [
      [{ value: 'Hypotheses' }],
      [],
      [{ value: 'ID' }, { value: 'Name' }, { value: 'Value' }],
      ...rows.map((r) => r.map(v)),
    ],
  };
}

export function workbook(...sheets: SheetData[]): WorkbookData {
  return { sheets, names: [] };
}
