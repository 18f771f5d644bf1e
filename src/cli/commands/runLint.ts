import { promises as fs } from 'node:fs';
import path from 'node:path';
import { toExcelSerial } from '../../core/calendar/date';
import { render, t, type Lang } from '../../core/i18n';
import {
  applyChangesToPlanText,
  changeCellValue,
  findingsJson,
  findingsText,
  hasErrorFindings,
  lintModel,
  parseSheetAddress,
  safeFixes,
  type Finding,
  type Fix,
} from '../../core/rules';
import { readWorkbook } from '../../core/reader/readWorkbook';
import { readWorkbookFile, writeWorkbookFile } from '../../hosts/xlsx/file';
import { readWorkbookData } from '../../hosts/xlsx/readData';
import { InputError } from '../errors';
import type { Io } from '../io';
import { loadInput } from '../loadInput';
import { planFormatOf, type LoadedInput } from '../loadPlan';
import type { CliOptions } from '../main';
import { applyModel } from './writeModel';

type SafeFix = Fix & { readonly finding: Finding };

/** A fix that was written, for the report. */
interface Applied {
  readonly fix: SafeFix;
  /** Where it was written: the cell, or the plan field. */
  readonly where: string;
}

/**
 * `kpi-tree lint PLAN|FILE.xlsx [--format text|json] [--lang ja|en] [--fix]`: checks every
 * KPI. Exit 1 when a finding is an error, 0 otherwise, 2 when the input cannot be read.
 * `--fix` writes the safe fixes (to the plan file, or to the workbook's cells, keeping a
 * .bak) and reports each; the other fixes are only suggested.
 */
export async function runLint(args: readonly string[], options: CliOptions, io: Io, lang: Lang): Promise<number> {
  const file = args[0] === undefined ? undefined : path.resolve(io.cwd, args[0]);
  let input = await loadInput(file, lang);
  const outLang = options.lang ?? input.model.lang ?? lang;
  let findings = check(input, outLang);

  const applied: Applied[] = [];
  const notes: string[] = [];
  if (options.fix && file !== undefined) {
    const fixes = safeFixes(findings);
    if (fixes.length === 0) notes.push(t(outLang, 'rules.cli.noSafeFix'));
    else {
      const format = planFormatOf(file);
      const result = format !== null ? await fixPlanFile(file, format, fixes) : await fixWorkbookFile(file, fixes, input.model.lang ?? outLang);
      applied.push(...result.applied);
      for (const fix of result.unlocated) notes.push(t(outLang, 'rules.cli.fixUnlocated', { description: fix.description }));
      if (result.applied.length > 0) {
        notes.push(t(outLang, 'rules.cli.wroteFixes', { count: result.applied.length, file: args[0] ?? file }));
        if (!result.refreshed) notes.push(t(outLang, 'rules.cli.checksNotRefreshed'));
        input = await loadInput(file, lang);
        findings = check(input, outLang);
      }
    }
  }

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
      ...applied.map(({ fix, where }) => t(outLang, 'rules.cli.fixed', { where, description: fix.description })),
      ...notes,
    ];
    io.out(`${lines.length > 0 ? `${lines.join('\n')}\n\n` : ''}${findingsText(findings, outLang, args[0] === undefined ? undefined : path.basename(args[0]))}`);
  }
  return hasErrorFindings(findings) ? 1 : 0;
}

function check(input: LoadedInput, lang: Lang): Finding[] {
  return lintModel(input.model, { problems: input.problems, locate: input.locate, lang });
}

/** Safe fixes into the plan's own text (comments and layout kept), written atomically. */
async function fixPlanFile(file: string, format: 'yaml' | 'json', fixes: readonly SafeFix[]): Promise<{ applied: Applied[]; unlocated: Fix[]; refreshed: boolean }> {
  const text = await fs.readFile(file, 'utf8');
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const result = applyChangesToPlanText(text.slice(bom.length), format, fixes.map((f) => f.change));
  const applied = fixes.filter((f) => result.applied.includes(f.change)).map((fix) => ({ fix, where: fix.finding.field ?? fix.change.node }));
  const unlocated = fixes.filter((f) => result.skipped.includes(f.change));
  if (applied.length > 0) await writeAtomically(file, bom + result.text);
  return { applied, unlocated, refreshed: true };
}

/**
 * Safe fixes into the workbook's cells, where the reader located them, and the Checks
 * sheet and row marks refreshed to match; the previous file is kept as FILE.bak. What
 * people typed is kept, as by sync.
 */
async function fixWorkbookFile(file: string, fixes: readonly SafeFix[], lang: Lang): Promise<{ applied: Applied[]; unlocated: Fix[]; refreshed: boolean }> {
  const workbook = await readWorkbookFile(file);
  const applied: Applied[] = [];
  const unlocated: Fix[] = [];
  for (const fix of fixes) {
    const at = fix.cell === undefined ? null : parseSheetAddress(fix.cell);
    const sheet = at === null ? undefined : workbook.getWorksheet(at.sheet);
    if (at === null || sheet === undefined || fix.cell === undefined) {
      unlocated.push(fix);
      continue;
    }
    const value = changeCellValue(fix.change, lang);
    sheet.getCell(at.address).value = value !== null && typeof value === 'object' ? toExcelSerial(value.date) : value;
    applied.push({ fix, where: fix.cell });
  }
  let refreshed = true;
  if (applied.length > 0) {
    // The Checks sheet and the row marks would still list what was just fixed: lay the
    // workbook out again from its fixed tree, as sync does, keeping what people typed.
    const data = readWorkbookData(workbook);
    const read = readWorkbook(data, lang);
    refreshed = read.model !== null && applyModel(workbook, read.model, read.problems, read.locate, { read, data }, read.lang).applied;
    try {
      await writeWorkbookFile(workbook, file, { backup: true });
    } catch (e) {
      throw InputError.of({ key: 'cli.writeFailed', params: { file, reason: (e as Error).message } });
    }
  }
  return { applied, unlocated, refreshed };
}

async function writeAtomically(file: string, text: string): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(tmp, text, 'utf8');
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw InputError.of({ key: 'cli.writeFailed', params: { file, reason: (e as Error).message } });
  }
}
