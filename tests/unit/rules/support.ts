import * as fs from 'fs';
import * as path from 'path';
import { render } from '../../../src/core/i18n';
import { loadPlanText } from '../../../src/core/model/parsePlan';
import type { Model } from '../../../src/core/model/types';
import { lintModel, type Finding, type LintModelOptions } from '../../../src/core/rules';

export const FIXTURES = path.join(__dirname, '../../fixtures/rules');

/** Lints a plan's text as `kpi-tree lint` does: its problems, its locator, its language. */
export function lintText(text: string, format: 'yaml' | 'json' = 'yaml', options: LintModelOptions = {}): { model: Model; findings: Finding[] } {
  const loaded = loadPlanText(text, format);
  if (loaded.model === null) throw new Error(`not a plan: ${JSON.stringify(loaded.problems)}`);
  const findings = lintModel(loaded.model, { problems: loaded.problems, locate: loaded.locateNode, lang: loaded.model.lang ?? 'en', ...options });
  return { model: loaded.model, findings };
}

export function lintFile(file: string, options: LintModelOptions = {}): { model: Model; findings: Finding[] } {
  return lintText(fs.readFileSync(file, 'utf8'), file.endsWith('.json') ? 'json' : 'yaml', options);
}

/** A finding as fixtures describe it: both languages rendered, absent cells as null. */
export function view(f: Finding): Record<string, unknown> {
  return {
    rule: f.rule,
    severity: f.severity,
    node: f.node,
    cell: f.cell ?? null,
    message: render('en', f.message),
    message_ja: render('ja', f.message),
    fix: f.fix ? { safe: f.fix.safe, change: f.fix.change, cell: f.fix.cell ?? null } : null,
  };
}
