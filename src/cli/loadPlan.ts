import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { PlanInput } from '../app/context';
import { OperationError } from '../app/errors';
import { loadPlanText, type PlanFormat } from '../core/model/parsePlan';
import { declaredLanguage } from '../core/model/planLanguage';
import type { Problem } from '../core/model/problem';

/** A plan file read: its model, every problem with its line, and where each field stands. */
export interface LoadedPlan extends PlanInput {
  readonly problems: Problem[];
}

export function planFormatOf(file: string): PlanFormat | null {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  if (ext === '.json') return 'json';
  return null;
}

/** Reads a plan file. Refused (exit 2) when it cannot be read as a plan at all. */
export async function loadPlanFile(file: string): Promise<LoadedPlan> {
  const format = planFormatOf(file);
  if (format === null) throw OperationError.of({ key: 'plan.unknownFormat', params: { file } });
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    throw OperationError.of({ key: 'plan.fileUnreadable', params: { file, reason: (e as Error).message } });
  }
  return planFromText(text, format);
}

/** A plan from its text (a leading BOM allowed). Refused (exit 2) when it cannot be read as a plan at all. */
export function planFromText(text: string, format: PlanFormat = 'yaml'): LoadedPlan {
  const loaded = loadPlanText(text.replace(/^\uFEFF/, ''), format);
  if (loaded.model === null) throw new OperationError(loaded.problems, declaredLanguage(text));
  return { model: loaded.model, problems: loaded.problems, locate: loaded.locateNode };
}
