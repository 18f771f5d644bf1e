import type { Level, Model } from '../../../core/model/types';
import { countBySeverity, SEVERITY_ORDER, type Finding, type RuleSeverity } from '../../../core/rules';

/** The findings about one KPI (or hypothesis, or the tree as a whole), as VS Code groups problems by file. */
export interface FindingGroup {
  /** The node or hypothesis id; null for findings about the tree as a whole. */
  readonly id: string | null;
  readonly kind: 'node' | 'hypothesis' | 'tree';
  /** The name people know it by; the id when the tree does not know it. */
  readonly name: string;
  readonly level?: Level;
  readonly findings: readonly Finding[];
  readonly counts: Readonly<Record<RuleSeverity, number>>;
  readonly worst: RuleSeverity;
}

const rank = (s: RuleSeverity): number => SEVERITY_ORDER.indexOf(s);

/**
 * Findings grouped by what they are about: the groups with the worst findings first,
 * then in the tree's order (the tree as a whole before its nodes, hypotheses after);
 * inside a group, errors before warnings before info.
 */
export function groupFindings(findings: readonly Finding[], model: Model | null): FindingGroup[] {
  const order = new Map<string, number>();
  model?.nodes.forEach((n, i) => order.set(n.id, i + 1));
  const afterNodes = (model?.nodes.length ?? 0) + 1;
  model?.hypotheses.forEach((h, i) => order.set(`h:${h.id}`, afterNodes + i));
  const byKey = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = f.node ?? '';
    byKey.set(key, [...(byKey.get(key) ?? []), f]);
  }
  const groups = [...byKey.entries()].map(([key, list]) => describe(key === '' ? null : key, list, model));
  const position = (g: FindingGroup): number =>
    g.id === null ? 0 : (order.get(g.kind === 'hypothesis' ? `h:${g.id}` : g.id) ?? Number.MAX_SAFE_INTEGER);
  return groups.sort((a, b) => rank(a.worst) - rank(b.worst) || position(a) - position(b));
}

function describe(id: string | null, list: readonly Finding[], model: Model | null): FindingGroup {
  const findings = [...list].sort((a, b) => rank(a.severity) - rank(b.severity));
  const counts = countBySeverity(findings);
  const worst = findings[0].severity;
  if (id === null) return { id, kind: 'tree', name: '', findings, counts, worst };
  const node = model?.nodes.find((n) => n.id === id);
  if (node) return { id, kind: 'node', name: node.name, level: node.level, findings, counts, worst };
  const hypothesis = model?.hypotheses.find((h) => h.id === id);
  if (hypothesis) return { id, kind: 'hypothesis', name: hypothesis.name, findings, counts, worst };
  return { id, kind: 'node', name: id, findings, counts, worst };
}
