import ExcelJS from 'exceljs';
import type { NodeLocator } from '../../core/model/locate';
import { t, type Lang } from '../../core/i18n';
import type { Problem } from '../../core/model/problem';
import type { Model } from '../../core/model/types';
import { rebuildSpec } from '../../core/sync/rebuildSpec';
import { applySpec } from '../../hosts/xlsx/applySpec';
import { writeWorkbookFile } from '../../hosts/xlsx/file';
import { InputError } from '../errors';
import type { Io } from '../io';
import type { LoadedWorkbook } from '../loadInput';
import { formatProblem } from '../problems';

/**
 * Lays out a model and writes it: into a new workbook, or over an existing one in
 * place (keeping everything people typed, with FILE.bak as the previous generation).
 * Nothing is written when any problem is an error.
 */
export async function writeModel(
  model: Model,
  problems: readonly Problem[],
  locate: NodeLocator | undefined,
  target: { file: string; shownAs: string; existing?: LoadedWorkbook },
  workbookLang: Lang,
  io: Io,
  lang: Lang,
): Promise<void> {
  const existing = target.existing;
  const workbook = existing?.workbook ?? new ExcelJS.Workbook();
  const laid = applyModel(workbook, model, problems, locate, existing, workbookLang);
  if (!laid.applied) throw new InputError(laid.problems.filter((p) => p.severity === 'error'));
  for (const p of laid.problems) io.err(formatProblem(lang, p));
  if (!existing) workbook.creator = 'KPI Tree';
  try {
    await writeWorkbookFile(workbook, target.file, { backup: existing !== undefined });
  } catch (e) {
    throw InputError.of({ key: 'cli.writeFailed', params: { file: target.shownAs, reason: (e as Error).message } });
  }
  io.out(t(lang, 'cli.wrote', { file: target.shownAs }));
}

/**
 * Lays a model out over a workbook in memory: every generated part, the Checks sheet and
 * the row marks, keeping what people typed. Touches nothing (`applied: false`) when an
 * error among the problems keeps the workbook from being built.
 */
export function applyModel(
  workbook: ExcelJS.Workbook,
  model: Model,
  problems: readonly Problem[],
  locate: NodeLocator | undefined,
  existing: Pick<LoadedWorkbook, 'read' | 'data'> | undefined,
  workbookLang: Lang,
): { applied: boolean; problems: Problem[] } {
  const planned = rebuildSpec(model, problems, locate, workbookLang, existing);
  if (planned.spec === null) return { applied: false, problems: planned.problems };
  applySpec(workbook, planned.spec);
  return { applied: true, problems: planned.problems };
}
