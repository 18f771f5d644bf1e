import path from 'node:path';
import { readAnalysis } from '../../app/analysis';
import { OperationError } from '../../app/errors';
import { applySafeFixes, type SafeFix } from '../../app/fixes';
import { checkPlan } from '../../app/targets';
import { render, t, type Lang } from '../../core/i18n';
import { findingsJson, findingsText, hasErrorFindings, safeFixes, type Finding } from '../../core/rules';
import { applyChangesToPlanText } from '../../core/rules/planFix';
import type { CliContext } from '../context';
import type { MemoryHost } from '../../hosts/xlsx/memoryHost';
import { updateFile } from '../files/update';
import { loadInput, type Input } from '../loadInput';
import { planFormatOf, planFromText, type LoadedPlan } from '../loadPlan';
import { updateWorkbookFile } from '../workbookFile';

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

/** What a lint run prints and exits with: printed only once any fix is safely written. */
interface Report {
  readonly code: number;
  readonly out: string;
  readonly err: readonly string[];
}

/**
 * `kpi-tree lint PLAN|FILE.xlsx [--format text|json] [--lang ja|en] [--fix]`: checks every
 * KPI. Exit 1 when a finding is an error, 0 otherwise, 2 when the input cannot be read.
 * `--fix` writes the safe fixes (to the plan file, or to the workbook's cells, keeping a
 * .bak) and reports each; the other fixes are only suggested. With `--fix` the file is
 * read, fixed and written under its lock, as every writing command does.
 */
export async function runLint(args: readonly string[], cli: CliContext): Promise<number> {
  const { options, io } = cli;
  const shownAs = args[0];
  const file = shownAs === undefined ? undefined : path.resolve(io.cwd, shownAs);
  let report: Report;
  if (!options.fix || file === undefined || shownAs === undefined) {
    report = await lint(cli, args, await loadInput(file, shownAs), null);
  } else if (planFormatOf(file) !== null) {
    report = await updateFile(cli, file, shownAs, async (bytes) => {
      if (bytes === null)
        throw OperationError.of({
          key: 'plan.fileUnreadable',
          params: { file: shownAs, reason: 'ENOENT: no such file' },
        });
      const text = bytes.toString('utf8');
      let fixed: string | undefined;
      const format = planFormatOf(file) ?? 'yaml';
      const done = await lint(
        cli,
        args,
        { kind: 'plan', plan: planFromText(text, format) },
        async (fixes) => {
          const result = fixPlanText(text, file, fixes);
          fixed = result.text;
          return result;
        },
      );
      return { result: done, bytes: fixed === undefined ? null : Buffer.from(fixed, 'utf8'), backup: false };
    });
  } else {
    report = await updateWorkbookFile(cli, file, shownAs, {}, async (host) => {
      let wrote = false;
      const done = await lint(cli, args, { kind: 'workbook', host }, async (fixes) => {
        const result = await fixWorkbook(cli, host, fixes);
        wrote = result.applied.length > 0;
        return result;
      });
      return { result: done, write: wrote };
    });
  }
  if (report.out !== '') io.out(report.out);
  for (const line of report.err) io.err(line);
  return report.code;
}

/** Checks the input and, given `fix`, applies its safe fixes and checks again. */
async function lint(
  cli: CliContext,
  args: readonly string[],
  input: Input,
  fix: ((fixes: readonly SafeFix[]) => Promise<FixResult>) | null,
): Promise<Report> {
  const { options } = cli;
  let checked = await check(cli, input);
  const outLang = checked.lang;

  const applied: Applied[] = [];
  const notes: string[] = [];
  if (fix !== null) {
    const fixes = safeFixes(checked.findings);
    if (fixes.length === 0) notes.push(t(outLang, 'rules.cli.noSafeFix'));
    else {
      const result = await fix(fixes);
      applied.push(...result.applied);
      for (const unlocated of result.unlocated)
        notes.push(t(outLang, 'rules.cli.fixUnlocated', { description: unlocated.description }));
      if (result.applied.length > 0) {
        notes.push(t(outLang, 'rules.cli.wroteFixes', { count: result.applied.length, file: args[0] ?? '' }));
        if (!result.refreshed) notes.push(t(outLang, 'rules.cli.checksNotRefreshed'));
        checked = await check(cli, result.plan !== undefined ? { kind: 'plan', plan: result.plan } : input);
      }
    }
  }
  const { findings } = checked;
  const code = hasErrorFindings(findings) ? 1 : 0;

  if (options.format === 'json') {
    const json = findingsJson(findings, outLang);
    const fixed = applied.map(({ fix: done, where }) => ({
      rule: done.finding.rule,
      node: done.finding.node,
      where,
      description: render(outLang, done.description),
      change: done.change,
    }));
    return { code, out: JSON.stringify(options.fix ? { ...json, fixed } : json, null, 2), err: notes };
  }
  const lines = [
    ...applied.map(({ fix: done, where }) =>
      t(outLang, 'rules.cli.fixed', { where, description: done.description }),
    ),
    ...notes,
  ];
  const text = findingsText(findings, outLang, args[0] === undefined ? undefined : path.basename(args[0]));
  return { code, out: `${lines.length > 0 ? `${lines.join('\n')}\n\n` : ''}${text}`, err: [] };
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
  /** The fixed plan's text, and the plan read from it (plan files only). */
  readonly text?: string;
  readonly plan?: LoadedPlan;
}

/** Safe fixes into the plan's own text (comments and layout kept). */
function fixPlanText(text: string, file: string, fixes: readonly SafeFix[]): FixResult {
  const format = planFormatOf(file) ?? 'yaml';
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
  if (applied.length === 0) return { applied, unlocated, refreshed: true };
  const fixed = bom + result.text;
  return { applied, unlocated, refreshed: true, text: fixed, plan: planFromText(fixed, format) };
}

/**
 * Safe fixes into the workbook's cells, where the reader located them, and the Checks
 * sheet and row marks refreshed to match. What people typed is kept, as by sync.
 */
async function fixWorkbook(cli: CliContext, host: MemoryHost, fixes: readonly SafeFix[]): Promise<FixResult> {
  const done = await applySafeFixes(cli.app(host), { only: fixes.map((f) => f.finding) });
  return {
    applied: done.applied.map(({ fix, cell }) => ({ fix, where: cell })),
    unlocated: [...done.unlocated],
    refreshed: done.refreshed !== null,
  };
}
