import { promises as fs } from 'node:fs';
import path from 'node:path';
import { readAnalysis } from '../../app/analysis';
import { OperationError } from '../../app/errors';
import { applySafeFixes, type SafeFix } from '../../app/fixes';
import { checkPlan } from '../../app/targets';
import { render, t, type Lang } from '../../core/i18n';
import {
  applyChangesToPlanText,
  findingsJson,
  findingsText,
  hasErrorFindings,
  safeFixes,
  type Finding,
} from '../../core/rules';
import type { CliContext } from '../context';
import { loadInput, type Input } from '../loadInput';
import { loadPlanFile, planFormatOf } from '../loadPlan';
import { saveWorkbookFile } from '../workbookFile';

/** A fix that was written, for the report. */
interface Applied {
  readonly fix: SafeFix;
  /** Where it was written: the cell, or the plan field. */
  readonly where: string;
}

interface Checked {
  readonly findings: Finding[];
  /** The language of what is printed: `--lang`, else the plan's or workbook's, else the system's. */
  readonly lang: Lang;
}

/**
 * `kpi-tree lint PLAN|FILE.xlsx [--format text|json] [--lang ja|en] [--fix]`: checks every
 * KPI. Exit 1 when a finding is an error, 0 otherwise, 2 when the input cannot be read.
 * `--fix` writes the safe fixes (to the plan file, or to the workbook's cells, keeping a
 * .bak) and reports each; the other fixes are only suggested.
 */
export async function runLint(args: readonly string[], cli: CliContext): Promise<number> {
  const { options, io } = cli;
  const file = args[0] === undefined ? undefined : path.resolve(io.cwd, args[0]);
  const input = await loadInput(file);
  let checked = await check(cli, input);
  const outLang = checked.lang;

  const applied: Applied[] = [];
  const notes: string[] = [];
  if (options.fix && file !== undefined) {
    const fixes = safeFixes(checked.findings);
    if (fixes.length === 0) notes.push(t(outLang, 'rules.cli.noSafeFix'));
    else {
      const result =
        input.kind === 'plan'
          ? await fixPlanFile(file, fixes)
          : await fixWorkbookFile(cli, input.host, file, fixes);
      applied.push(...result.applied);
      for (const fix of result.unlocated)
        notes.push(t(outLang, 'rules.cli.fixUnlocated', { description: fix.description }));
      if (result.applied.length > 0) {
        notes.push(
          t(outLang, 'rules.cli.wroteFixes', { count: result.applied.length, file: args[0] ?? file }),
        );
        if (!result.refreshed) notes.push(t(outLang, 'rules.cli.checksNotRefreshed'));
        checked = await check(
          cli,
          input.kind === 'plan' ? { kind: 'plan', plan: await loadPlanFile(file) } : input,
        );
      }
    }
  }
  const { findings } = checked;

  if (options.format === 'json') {
    const json = findingsJson(findings, outLang);
    const fixed = applied.map(({ fix, where }) => ({
      rule: fix.finding.rule,
      node: fix.finding.node,
      where,
      description: render(outLang, fix.description),
      change: fix.change,
    }));
    io.out(JSON.stringify(options.fix ? { ...json, fixed } : json, null, 2));
    for (const n of notes) io.err(n);
  } else {
    const lines = [
      ...applied.map(({ fix, where }) =>
        t(outLang, 'rules.cli.fixed', { where, description: fix.description }),
      ),
      ...notes,
    ];
    io.out(
      `${lines.length > 0 ? `${lines.join('\n')}\n\n` : ''}${findingsText(findings, outLang, args[0] === undefined ? undefined : path.basename(args[0]))}`,
    );
  }
  return hasErrorFindings(findings) ? 1 : 0;
}

async function check(cli: CliContext, input: Input): Promise<Checked> {
  if (input.kind === 'plan') {
    const lang = cli.speak(input.plan.model.lang);
    return { findings: checkPlan(input.plan, lang), lang };
  }
  const analysis = await readAnalysis(cli.app(input.host));
  if (analysis.model === null) throw new OperationError(analysis.problems);
  return { findings: [...analysis.findings], lang: cli.speak(analysis.model.lang) };
}

interface FixResult {
  readonly applied: Applied[];
  readonly unlocated: SafeFix[];
  readonly refreshed: boolean;
}

/** Safe fixes into the plan's own text (comments and layout kept), written atomically. */
async function fixPlanFile(file: string, fixes: readonly SafeFix[]): Promise<FixResult> {
  const format = planFormatOf(file) ?? 'yaml';
  const text = await fs.readFile(file, 'utf8');
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const result = applyChangesToPlanText(
    text.slice(bom.length),
    format,
    fixes.map((f) => f.change),
  );
  const applied = fixes
    .filter((f) => result.applied.includes(f.change))
    .map((fix) => ({ fix, where: fix.finding.field ?? fix.change.node }));
  const unlocated = fixes.filter((f) => result.skipped.includes(f.change));
  if (applied.length > 0) await writeAtomically(file, bom + result.text);
  return { applied, unlocated, refreshed: true };
}

/**
 * Safe fixes into the workbook's cells, where the reader located them, and the Checks
 * sheet and row marks refreshed to match; the previous file is kept as FILE.bak. What
 * people typed is kept, as by sync.
 */
async function fixWorkbookFile(
  cli: CliContext,
  host: Extract<Input, { kind: 'workbook' }>['host'],
  file: string,
  fixes: readonly SafeFix[],
): Promise<FixResult> {
  const done = await applySafeFixes(cli.app(host), { only: fixes.map((f) => f.finding) });
  if (done.applied.length > 0) await saveWorkbookFile(host, file, { backup: true });
  return {
    applied: done.applied.map(({ fix, cell }) => ({ fix, where: cell })),
    unlocated: [...done.unlocated],
    refreshed: done.refreshed !== null,
  };
}

async function writeAtomically(file: string, text: string): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(tmp, text, 'utf8');
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw OperationError.of({ key: 'cli.writeFailed', params: { file, reason: (e as Error).message } });
  }
}
