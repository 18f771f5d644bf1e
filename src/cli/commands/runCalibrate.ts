import path from 'node:path';
import { readAnalysis } from '../../app/analysis';
import { applyCalibration, calibrationOf, type Calibration, type CalibrationReport } from '../../app/calibrate';
import { OperationError } from '../../app/errors';
import { t, type Lang } from '../../core/i18n';
import type { CliContext } from '../context';
import { openWorkbookFile, updateWorkbookFile } from '../workbookFile';

/**
 * `kpi-tree calibrate FILE.xlsx [--format text|json] [--apply [--all]]`: each rate
 * hypothesis against the rate the month's actuals give so far, with its sample and 95 %
 * (Wilson) interval. `--apply` writes the trusted proposals (every one with `--all`) into
 * the hypothesis cells, keeping the value each replaced and the date on the Hypotheses
 * sheet, and the previous file as FILE.bak.
 */
export async function runCalibrate(args: readonly string[], cli: CliContext): Promise<number> {
  const { options, io } = cli;
  const file = args[0];
  if (file === undefined)
    throw OperationError.of({ key: 'cli.missingArgument', params: { what: 'FILE.xlsx' } });
  if (options.all && !options.apply)
    throw OperationError.of({ key: 'cli.missingArgument', params: { what: '--apply' } });
  const full = path.resolve(io.cwd, file);
  let report: CalibrationReport;
  let applied: readonly Calibration[] | null = null;
  let lang: Lang;
  if (options.apply) {
    const done = await updateWorkbookFile(cli, full, file, {}, async (host) => {
      const app = cli.app(host);
      const result = await applyCalibration(app, await readAnalysis(app), { all: options.all });
      return { result, write: result.applied.length > 0 };
    });
    ({ report, applied, lang } = { ...done, lang: cli.speak(done.lang) });
  } else {
    const analysis = await readAnalysis(cli.app(await openWorkbookFile(full, file)));
    report = calibrationOf(analysis);
    lang = cli.speak(analysis.read.lang);
  }
  if (options.format === 'json') {
    io.out(JSON.stringify(calibrationJson(report, applied), null, 2));
    return 0;
  }
  for (const line of calibrationText(report, lang)) io.out(line);
  if (applied === null) {
    if (report.hypotheses.some((c) => c.trusted)) io.out(t(lang, 'calibrate.proposeApply'));
    return 0;
  }
  if (applied.length === 0) io.out(t(lang, 'calibrate.appliedNone'));
  for (const c of applied)
    io.out(t(lang, 'calibrate.applied', { name: c.name, current: percent(c.current), proposed: percent(c.proposed) }));
  if (applied.length > 0) io.out(t(lang, 'calibrate.wrote', { file, backup: `${file}.bak` }));
  return 0;
}

/** `{"hypotheses": [{id, current, proposed, numerator, denominator, low, high, trusted, applied}]}`. */
export function calibrationJson(report: CalibrationReport, applied: readonly Calibration[] | null): unknown {
  const done = new Set(applied?.map((c) => c.id) ?? []);
  return {
    hypotheses: report.hypotheses.map((c) => ({
      id: c.id,
      name: c.name,
      current: c.current,
      proposed: c.proposed,
      numerator: c.numerator,
      denominator: c.denominator,
      low: c.low === null ? null : round(c.low, 4),
      high: c.high === null ? null : round(c.high, 4),
      trusted: c.trusted,
      applied: done.has(c.id),
    })),
    underived: report.underived,
    rule: report.rule,
  };
}

const round = (x: number, digits: number): number => Math.round(x * 10 ** digits) / 10 ** digits;
const percent = (x: number | null): string => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
const count = (x: number | null): string => (x === null ? '—' : String(round(x, 2)));

/** One line per rate hypothesis, then the rule and the hypotheses no rate can be derived for. */
export function calibrationText(report: CalibrationReport, lang: Lang): string[] {
  const lines = report.hypotheses.map((c) =>
    c.proposed === null
      ? t(lang, 'calibrate.noSample', {
          name: c.name,
          id: c.id,
          current: percent(c.current),
          numeratorName: c.numeratorName,
          denominatorName: c.denominatorName,
        })
      : t(lang, 'calibrate.line', {
          name: c.name,
          id: c.id,
          current: percent(c.current),
          proposed: percent(c.proposed),
          numeratorName: c.numeratorName,
          numerator: count(c.numerator),
          denominatorName: c.denominatorName,
          denominator: count(c.denominator),
          low: percent(c.low),
          high: percent(c.high),
          verdict: { key: c.trusted ? 'calibrate.trusted' : 'calibrate.untrusted' },
        }),
  );
  if (report.hypotheses.length === 0) lines.push(t(lang, 'calibrate.none'));
  else
    lines.push(
      t(lang, 'calibrate.rule', { minSample: report.rule.minSample, maxWidth: round(report.rule.maxWidth * 100, 1) }),
    );
  if (report.underived.length > 0)
    lines.push(t(lang, 'calibrate.underived', { names: report.underived.join(lang === 'ja' ? '、' : ', ') }));
  return lines;
}
