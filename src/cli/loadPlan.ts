import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { NodeLocator } from '../core/model/locate';
import { loadPlanText, type PlanFormat } from '../core/model/parsePlan';
import type { Problem } from '../core/model/problem';
import type { Model } from '../core/model/types';
import { InputError } from './errors';

export interface LoadedInput {
  readonly model: Model;
  readonly problems: Problem[];
  readonly locate?: NodeLocator;
}

export function planFormatOf(file: string): PlanFormat | null {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  if (ext === '.json') return 'json';
  return null;
}

/** Reads a plan file. Throws InputError when it cannot be read as a plan at all. */
export async function loadPlanFile(file: string): Promise<LoadedInput> {
  const format = planFormatOf(file);
  if (format === null) throw InputError.of({ key: 'plan.unknownFormat', params: { file } });
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    throw InputError.of({ key: 'plan.fileUnreadable', params: { file, reason: (e as Error).message } });
  }
  const loaded = loadPlanText(text.replace(/^\uFEFF/, ''), format);
  if (loaded.model === null) throw new InputError(loaded.problems);
  return { model: loaded.model, problems: loaded.problems, locate: loaded.locateNode };
}
