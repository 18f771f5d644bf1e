import { readAnalysis } from '../../src/app/analysis';
import { buildTree } from '../../src/app/build';
import { templateModel } from '../../src/app/templates';
import { a1 } from '../../src/core/layout/a1';
import type { Lang } from '../../src/core/i18n';
import { createMemoryHost, type MemoryHost } from '../../src/hosts/xlsx/memoryHost';
import { appOn } from '../support/app';

/** A workbook built from the funnel template, then edited as a colleague would. */
export async function funnelWorkbook(lang: Lang, edit?: (host: MemoryHost, at: (id: string, column: 'name' | 'deadline' | 'owner') => { row: number; col: number }) => void): Promise<MemoryHost> {
  const host = createMemoryHost(undefined, { debounceMs: 10 });
  await buildTree(appOn(host, lang), { model: templateModel('sales-funnel', lang) });
  if (edit) {
    const analysis = await readAnalysis(appOn(host, lang));
    const tree = analysis.read.tree!;
    edit(host, (id, column) => ({ row: tree.nodeRows.find((r) => r.id === id)!.row, col: tree.columns[column]! }));
  }
  return host;
}

export function treeSheet(host: MemoryHost, lang: Lang) {
  return host.workbook().getWorksheet(lang === 'ja' ? 'KPIツリー' : 'KPI Tree')!;
}

/** The A1 address of a node's cell in the tree sheet, found as the reader finds it. */
export async function nodeCell(host: MemoryHost, lang: Lang, id: string, column: 'name' | 'deadline' | 'owner'): Promise<string> {
  const tree = (await readAnalysis(appOn(host, lang))).read.tree!;
  return a1(tree.nodeRows.find((r) => r.id === id)!.row, tree.columns[column]!);
}
