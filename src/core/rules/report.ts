import { render, t, type Lang } from '../i18n';
import { oneLine } from '../text/oneLine';
import { displayWidth, padEnd } from '../text/width';
import { countBySeverity } from './lint';
import { ruleTitle } from './titles';
import { SEVERITY_ORDER, type Finding, type RuleSeverity } from './types';

const SEVERITY_KEY = { error: 'common.error', warning: 'common.warning', info: 'common.info' } as const;

/** A check's name in `lang` (外部要因に左右される KPI), or its id when it has none. */
export function ruleName(lang: Lang, rule: string): string {
  const key = ruleTitle(rule);
  return key === undefined ? rule : t(lang, key);
}

/** A check as the CLI's text names it: its name first, its id as a secondary label (活動と成果のバランス（activity-result-balance）). */
export function ruleLabel(lang: Lang, rule: string): string {
  return ruleTitle(rule) === undefined ? rule : t(lang, 'rules.cli.ruleLabel', { name: ruleName(lang, rule), rule });
}

export function severityLabel(lang: Lang, severity: RuleSeverity): string {
  return t(lang, SEVERITY_KEY[severity]);
}

/** Where a finding is: its cell, else its plan field; with the plan's file and line when known. */
export function findingLocation(lang: Lang, f: Finding, source?: string): string {
  const base = f.cell ?? f.field ?? '-';
  if (f.line === undefined) return base;
  return source ? `${base} (${source}:${f.line})` : t(lang, 'rules.cli.atLine', { where: base, line: f.line });
}

/**
 * Compiler-style text: errors, then warnings, then info, one line each
 * (`'KPI Tree'!C7  warning  Specific (SMART) (smart-specific)  …`), a fix or suggestion indented below,
 * and a summary line.
 */
export function findingsText(findings: readonly Finding[], lang: Lang, source?: string): string {
  if (findings.length === 0) return `${t(lang, 'rules.cli.clean')}\n`;
  const rows = findings.map((f) => ({ f, where: findingLocation(lang, f, source), severity: severityLabel(lang, f.severity), rule: ruleLabel(lang, f.rule) }));
  const whereWidth = Math.max(...rows.map((r) => displayWidth(r.where)));
  const severityWidth = Math.max(...rows.map((r) => displayWidth(r.severity)));
  const ruleWidth = Math.max(...rows.map((r) => displayWidth(r.rule)));
  const blocks: string[] = [];
  for (const severity of SEVERITY_ORDER) {
    const group = rows.filter((r) => r.f.severity === severity);
    if (group.length === 0) continue;
    const lines: string[] = [];
    for (const { f, where, severity: label, rule } of group) {
      lines.push(`${padEnd(where, whereWidth)}  ${padEnd(label, severityWidth)}  ${padEnd(rule, ruleWidth)}  ${oneLine(render(lang, f.message))}`);
      if (f.fix) {
        const description = oneLine(render(lang, f.fix.description));
        lines.push(`${' '.repeat(whereWidth + 2)}${t(lang, f.fix.safe ? 'rules.cli.safeFix' : 'rules.cli.suggestion', { description })}`);
      }
    }
    blocks.push(lines.join('\n'));
  }
  return `${blocks.join('\n\n')}\n\n${summaryText(findings, lang)}\n`;
}

export function summaryText(findings: readonly Finding[], lang: Lang): string {
  const c = countBySeverity(findings);
  return t(lang, 'rules.cli.summary', { errors: c.error, warnings: c.warning, infos: c.info });
}

/** One finding as JSON: the message rendered in `lang`, with its key and parameters for tools. */
export function findingJson(f: Finding, lang: Lang): Record<string, unknown> {
  return {
    rule: f.rule,
    ruleName: ruleName(lang, f.rule),
    severity: f.severity,
    node: f.node,
    cell: f.cell ?? null,
    ...(f.field !== undefined ? { field: f.field } : {}),
    ...(f.line !== undefined ? { line: f.line } : {}),
    message: render(lang, f.message),
    messageKey: f.message.key,
    params: f.message.params ?? {},
    ...(f.fix
      ? {
          fix: {
            description: render(lang, f.fix.description),
            descriptionKey: f.fix.description.key,
            change: f.fix.change,
            safe: f.fix.safe,
            cell: f.fix.cell ?? null,
          },
        }
      : {}),
  };
}

/** `kpi-tree lint --format json`: `{"findings": […], "summary": {…}}`. */
export function findingsJson(findings: readonly Finding[], lang: Lang): { findings: Record<string, unknown>[]; summary: Record<RuleSeverity, number> } {
  return { findings: findings.map((f) => findingJson(f, lang)), summary: countBySeverity(findings) };
}
