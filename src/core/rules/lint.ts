import type { BackcastResult } from '../backcast/compute';
import { memberKey, type NodeLocator } from '../model/locate';
import type { Lang } from '../i18n';
import type { Problem } from '../model/problem';
import { hypothesisPlace, nodePlace, type Model } from '../model/types';
import { cellLayout, findingCell, type CellLayout } from './cells';
import { severityOf, type LintConfig } from './config';
import { ruleContext } from './context';
import { RULES } from './registry';
import { CONFIG_RULE, isBlockingRule } from './structural';
import { isHypothesisField } from '../layout/hypothesesSheet';
import { isNodeField } from '../layout/treeColumns';
import { type CellTarget, type Finding, type RuleSeverity } from './types';

export interface LintOptions {
  /** Structural problems of the model (buildModel, computeBackcast, the reader): they become findings. */
  readonly problems?: readonly Problem[];
  /** Locates a node's field in the source: plan field and line, or the workbook cell (reader). */
  readonly locate?: NodeLocator;
  /** The workbook's language, which names the sheets in cell addresses; default the plan's, else English. */
  readonly lang?: Lang;
  /** Where cells are; default: the layout `build` writes for this model. */
  readonly layout?: CellLayout;
  /** The actual row of each node, for a workbook read back (overrides the default layout's rows). */
  readonly rowOf?: (id: string) => number | undefined;
}

/**
 * Checks a KPI tree like a linter checks code. Pure: the same model, targets and config
 * always give the same findings, in the same order (errors first, then by position in
 * the tree). Never throws on a damaged tree: structural problems are findings too.
 */
export function lint(model: Model, backcast: BackcastResult | null, config: LintConfig, options: LintOptions = {}): Finding[] {
  const problems = options.problems ?? [];
  const layout =
    options.layout ?? cellLayout(model, { lang: options.lang ?? model.lang ?? 'en', weekCount: backcast?.calendar.weeks.length, rowOf: options.rowOf });
  const locate = options.locate;
  const cellOf = (target: CellTarget): string | undefined => findingCell(target, layout, locate);
  const nodeIds = nodePlace(model);
  const isHypothesis = (id: string): boolean => hypothesisPlace(model).has(id);
  const out: Finding[] = [];

  /** A plan problem's cell, from its node and the last part of its field path (`kpis[3].parent`). */
  const structuralCell = (p: Problem): string | undefined => {
    if (p.node === undefined || p.field === undefined || p.code === 'duplicate-id') return undefined;
    const m = /^(kpis|hypotheses)\[\d+\](?:\.(\w+))?/.exec(p.field);
    if (!m) return undefined;
    const field = m[2] ?? 'id';
    if (m[1] === 'kpis' && nodeIds.has(p.node) && isNodeField(field)) return cellOf({ kind: 'node', node: p.node, field });
    if (m[1] === 'hypotheses' && isHypothesis(p.node) && isHypothesisField(field)) {
      return cellOf({ kind: 'hypothesis', id: p.node, field });
    }
    return undefined;
  };

  for (const p of problems) {
    const severity = isBlockingRule(p.code) && p.severity === 'error' ? 'error' : severityOf(config, p.code, p.severity);
    if (severity === 'off') continue;
    out.push({
      rule: ruleOfProblem(p),
      severity,
      node: p.node ?? null,
      message: p.message,
      cell: p.cell ?? structuralCell(p),
      ...(p.field !== undefined ? { field: p.field } : {}),
      ...(p.line !== undefined ? { line: p.line } : {}),
    });
  }

  const ctx = ruleContext(model, backcast, config.thresholds, problems);
  for (const rule of RULES) {
    if (config.severities[rule.id] === 'off') continue;
    for (const hit of rule.check(ctx)) {
      const severity = severityOf(config, rule.id, hit.severity ?? rule.defaultSeverity);
      if (severity === 'off') continue;
      const source =
        hit.at?.kind === 'node' ? locate?.(hit.at.node, hit.at.field) : hit.at?.kind === 'member' ? locate?.(memberKey(hit.at.id), hit.at.field) : undefined;
      const finding: Mutable<Finding> = { rule: rule.id, severity, node: hit.node, message: hit.message, cell: hit.at ? cellOf(hit.at) : undefined };
      if (source?.field !== undefined) finding.field = source.field;
      if (source?.line !== undefined) finding.line = source.line;
      if (hit.fix) finding.fix = { ...hit.fix, cell: cellOf({ kind: 'node', node: hit.fix.change.node, field: hit.fix.change.field }) };
      out.push(finding);
    }
  }

  const configSeverity = severityOf(config, CONFIG_RULE, 'warning');
  if (configSeverity !== 'off') {
    for (const issue of config.issues) {
      const where = locate?.('', issue.field) ?? {};
      out.push({ rule: CONFIG_RULE, severity: configSeverity, node: null, message: issue.message, cell: where.cell, field: issue.field, ...(where.line !== undefined ? { line: where.line } : {}) });
    }
  }
  return sortFindings(withoutRepeats(out), model);

}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The findings with each said once: a later one with the same rule, node, place (the cell,
 * else the plan field) and message as an earlier one is left out. Findings are grouped by
 * node; a node's few findings are compared one by one (the whole message only with those
 * alike in everything else), a node with many (a workbook's tree-wide problems) by key.
 */
export function withoutRepeats(findings: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  const seen = new Map<string | null, { readonly list: Finding[]; keys?: Set<string> }>();
  for (const f of findings) {
    const same = seen.get(f.node);
    if (same === undefined) {
      seen.set(f.node, { list: [f] });
    } else if (same.keys !== undefined) {
      const key = repeatKey(f);
      if (same.keys.has(key)) continue;
      same.keys.add(key);
    } else {
      if (same.list.some((g) => isRepeat(g, f))) continue;
      same.list.push(f);
      if (same.list.length > MANY_PER_NODE) same.keys = new Set(same.list.map(repeatKey));
    }
    out.push(f);
  }
  return out;
}

/** Beyond this many findings of one node, repeats are found by key. */
const MANY_PER_NODE = 16;

function repeatKey(f: Finding): string {
  return JSON.stringify([f.rule, f.node, f.cell ?? f.field ?? '', f.message]);
}

function isRepeat(a: Finding, b: Finding): boolean {
  return (
    a.rule === b.rule &&
    a.node === b.node &&
    (a.cell ?? a.field ?? '') === (b.cell ?? b.field ?? '') &&
    a.message.key === b.message.key &&
    JSON.stringify(a.message) === JSON.stringify(b.message)
  );
}

/**
 * The rule a plan problem is reported under. A KGI without a target and a KPI/KDI without
 * a backcast have no number to measure: the contract names that `smart-measurable`. They
 * stay errors whatever the settings say, because `build` cannot lay such a tree out.
 */
const NOT_MEASURABLE: ReadonlySet<string> = new Set(['plan.missingTarget', 'plan.missingBackcast']);
function ruleOfProblem(p: Problem): string {
  return NOT_MEASURABLE.has(p.message.key) ? 'smart-measurable' : p.code;
}

const RANK: Readonly<Record<RuleSeverity, number>> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then info; within each, the tree's own order (tree-wide findings first). */
export function sortFindings(findings: readonly Finding[], model: Model): Finding[] {
  // A node's place is its last row with that id (as `nodePlace` has it), a hypothesis's its first.
  const place = nodePlace(model);
  const hypothesisAt = hypothesisPlace(model);
  // Each finding's rank and place, found once, not at every comparison.
  const rank = new Array<number>(findings.length);
  const pos = new Array<number>(findings.length);
  const order = new Array<number>(findings.length);
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    rank[i] = RANK[f.severity];
    const hypothesis = f.node === null ? undefined : hypothesisAt.get(f.node);
    pos[i] = f.node === null ? -1 : (place.get(f.node) ?? (hypothesis === undefined ? -1 : model.nodes.length + hypothesis));
    order[i] = i;
  }
  order.sort((a, b) => rank[a] - rank[b] || pos[a] - pos[b] || a - b);
  return order.map((i) => findings[i]);
}

export function countBySeverity(findings: readonly Finding[]): Record<RuleSeverity, number> {
  const counts: Record<RuleSeverity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

export function hasErrorFindings(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

