import type { LocalizedText } from '../i18n';
import { sheetAddress } from '../layout/a1';
import type { TreeColumnKey } from '../layout/treeColumns';
import { shown } from './cells';
import { cellAt, type NameData, type SheetData } from './workbookData';

type Warn = (message: LocalizedText, cell?: string, node?: string) => void;

export interface TreeRowFacts {
  readonly id: string;
  readonly row: number;
  /** True when the node has targets (the KGI, a measured KCI, or a node with a backcast). */
  readonly hasTarget: boolean;
  /** True when its monthly target is typed, not a formula: the KGI's, a measured KCI's. */
  readonly typedTarget: boolean;
}

/**
 * Generated cells of the tree that people broke: a formula turned `#REF!`, or a value
 * typed (or pasted) over a formula. The rebuild writes the formula again, so the
 * person is told which cell and what it held, instead of losing it without a word.
 */
export function reportDamagedTargets(
  sheet: SheetData,
  columns: Partial<Record<TreeColumnKey, number>>,
  weekColumns: readonly number[],
  nodes: readonly TreeRowFacts[],
  warn: Warn,
): void {
  for (const node of nodes) {
    if (!node.hasTarget) continue;
    const generated = [...(node.typedTarget ? [] : [columns.monthly]), columns.perWorkday, ...weekColumns];
    for (const column of generated) {
      if (column === undefined) continue;
      const cell = cellAt(sheet, node.row, column);
      const where = sheetAddress(sheet.name, node.row, column);
      if (cell?.formula !== undefined) {
        if (/#REF!/i.test(cell.formula))
          warn({ key: 'reader.repairedFormula', params: { error: '#REF!' } }, where, node.id);
        continue;
      }
      if (cell?.error !== undefined)
        warn({ key: 'reader.repairedFormula', params: { error: cell.error } }, where, node.id);
      else if (cell !== undefined && cell.value !== null && cell.value !== '')
        warn({ key: 'reader.typedOverFormula', params: { value: shown(cell) } }, where, node.id);
    }
  }
}

const GENERATED_NAME = /^(T|D|W|H|MK|MT|MD|MW)_|^(WEEKS|WORKDAYS|HOLIDAYS|MEMBER_NODES)$/;

/**
 * Names of the workbook contract that point nowhere, or that a built row should have and
 * does not (Excel writes a name whose cells were deleted as `#REF!`, and some readers drop
 * such a name altogether). The rebuild recreates them; the person is told.
 */
export function reportBrokenNames(
  names: readonly NameData[],
  tree: SheetData,
  columns: Partial<Record<TreeColumnKey, number>>,
  weekColumns: readonly number[],
  nodes: readonly TreeRowFacts[],
  warn: Warn,
): void {
  const known = new Set<string>();
  for (const n of names) {
    known.add(n.name);
    if (n.sheet === null && GENERATED_NAME.test(n.name))
      warn({ key: 'reader.brokenName', params: { name: n.name, range: n.range } });
  }
  const built = (row: number, column: number | undefined): boolean =>
    column !== undefined && cellAt(tree, row, column)?.formula !== undefined;
  const expect = (name: string): void => {
    if (!known.has(name)) warn({ key: 'reader.missingGeneratedName', params: { name } });
  };
  const wasBuilt = nodes.some((n) => built(n.row, columns.perWorkday));
  for (const node of nodes) {
    if (!node.hasTarget) continue;
    if ((node.typedTarget && wasBuilt) || built(node.row, columns.monthly)) expect(`T_${node.id}`);
    if (built(node.row, columns.perWorkday)) expect(`D_${node.id}`);
    if (weekColumns.length > 0 && built(node.row, weekColumns[0])) expect(`W_${node.id}`);
  }
  if (weekColumns.length > 0 && nodes.some((n) => n.hasTarget && built(n.row, weekColumns[0]))) {
    expect('WEEKS');
    expect('WORKDAYS');
    expect('HOLIDAYS');
  }
}
