import { t, type Lang } from '../i18n';
import type { CellValue } from '../layout/spec';
import type { KpiNode, Model } from '../model/types';
import type { Finding, Fix, TreeChange } from './types';

/** The fixes `--fix` applies: safe ones only, one per node and field (the first wins). */
export function safeFixes(findings: readonly Finding[]): (Fix & { readonly finding: Finding })[] {
  const seen = new Set<string>();
  const out: (Fix & { finding: Finding })[] = [];
  for (const f of findings) {
    if (!f.fix?.safe) continue;
    const key = `${f.fix.change.node}\u0000${f.fix.change.field}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...f.fix, finding: f });
  }
  return out;
}

/** The model after the changes: what a re-check sees once they are written. */
export function applyTreeChanges(model: Model, changes: readonly TreeChange[]): Model {
  if (changes.length === 0) return model;
  const byNode = new Map<string, TreeChange[]>();
  for (const c of changes) {
    const list = byNode.get(c.node);
    if (list) list.push(c);
    else byNode.set(c.node, [c]);
  }
  const nodes = model.nodes.map((node): KpiNode => {
    const mine = byNode.get(node.id);
    if (!mine) return node;
    let next: KpiNode = node;
    for (const c of mine) {
      switch (c.field) {
        case 'deadline':
          next = { ...next, deadline: c.value };
          break;
        case 'controllable':
          next = { ...next, controllable: c.value };
          break;
        case 'level':
          next = { ...next, level: c.value };
          break;
        case 'owner':
          next = { ...next, owner: c.value };
          break;
        case 'unit':
          next = { ...next, unit: c.value };
          break;
        case 'better':
          next = { ...next, better: c.value };
          break;
      }
    }
    return next;
  });
  return { ...model, nodes };
}

/** What a host writes into the cell of a change, in the workbook's language. */
export function changeCellValue(change: TreeChange, lang: Lang): CellValue {
  switch (change.field) {
    case 'deadline':
      return { date: change.value };
    case 'controllable':
      return t(lang, change.value ? 'sheet.yes' : 'sheet.no');
    case 'better':
      return t(lang, change.value === 'lower' ? 'sheet.better.lower' : 'sheet.better.higher');
    case 'level':
    case 'owner':
    case 'unit':
      return change.value;
  }
}
