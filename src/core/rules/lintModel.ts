import type { BackcastResult } from '../backcast/compute';
import type { Model } from '../model/types';
import { computeTargets } from '../backcast/targets';
import { resolveConfig, type RawChecks } from './config';
import { lint, type LintOptions } from './lint';
import type { Finding } from './types';

export interface LintModelOptions extends LintOptions {
  /** The model's targets; computed (with their problems) when not given. */
  readonly backcast?: BackcastResult | null;
  /** Checks settings, lowest first; default the model's own (`checks:` of the plan or workbook). */
  readonly checks?: readonly (RawChecks | undefined)[];
}

/**
 * Everything `lint` needs, from a model and its reading problems: targets, config,
 * cells. What `kpi-tree lint`, `build` and the task pane call.
 */
export function lintModel(model: Model, options: LintModelOptions = {}): Finding[] {
  let backcast = options.backcast;
  let problems = options.problems ?? [];
  if (backcast === undefined) {
    const targets = computeTargets(model, options.locate);
    backcast = targets.backcast;
    problems = [...problems, ...targets.problems];
  }
  const config = resolveConfig(...(options.checks ?? [model.checks]));
  return lint(model, backcast, config, { ...options, problems });
}
