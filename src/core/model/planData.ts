import type { z } from 'zod';
import type { LocalizedText } from '../i18n';
import { buildModel } from './buildModel';
import { formatPath, nodeLocator, type Locator, type NodeLocator, type SourcePath } from './locate';
import { checkPlan } from './planCheck';
import type { Plan } from './planSchema';
import type { Problem } from './problem';
import type { Model } from './types';

/**
 * A plan read from its data, once a reader has turned the text into it: the schema field by
 * field, then the tree. No YAML reader is needed here, so the task pane, which starts from
 * templates bundled as data, keeps the YAML readers out of its first view (`parsePlan.ts`
 * reads text).
 */

export interface LoadedPlan {
  /** The model; null when the file could not be read as a plan at all. */
  readonly model: Model | null;
  readonly problems: Problem[];
  /** Locates a node's field (or, with an empty id, a top-level field) in the source. */
  readonly locateNode?: NodeLocator;
}

/** A plan's data (JSON or YAML as read): the schema, then the tree; `locate` places each problem. */
export function loadPlanData(raw: unknown, locate: Locator): LoadedPlan {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return planFailure({ key: 'plan.notAnObject' });
  }
  const parsed = checkPlan(raw);
  if (!parsed.success) {
    return { model: null, problems: parsed.error.issues.map((issue) => schemaProblem(issue, raw, locate)) };
  }
  return planToModel(parsed.data, locate);
}

/** A plan that could not be read at all: one problem, on its line when the text gives one. */
export function planFailure(message: LocalizedText, line?: number): LoadedPlan {
  return { model: null, problems: [{ code: 'syntax', severity: 'error', message, line }] };
}

/** Where a field is, when the data came with no text to find its line in. */
export const unlocated: Locator = (path) => ({ field: formatPath(path) });

function planToModel(plan: Plan, locate: Locator): LoadedPlan {
  const { model, problems } = buildModel(plan, locate);
  return { model, problems, locateNode: nodeLocator(plan.kpis, locate, plan.members) };
}

function valueAt(raw: unknown, path: SourcePath): unknown {
  let cur: unknown = raw;
  for (const part of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[part];
  }
  return cur;
}

function typeName(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'list';
  return typeof v;
}

/** One zod issue → one located problem, naming the node when it is inside `kpis`. */
export function schemaProblem(issue: z.core.$ZodIssue, raw: unknown, locate: Locator): Problem {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  let message: LocalizedText;
  switch (issue.code) {
    case 'invalid_type': {
      const received = valueAt(raw, path);
      message =
        received === undefined
          ? { key: 'plan.schema.required' }
          : issue.expected === 'number' && typeof received === 'number' // NaN or ±Infinity (YAML .nan / .inf)
            ? { key: 'plan.schema.notFinite' }
            : { key: 'plan.schema.type', params: { expected: issue.expected, received: typeName(received) } };
      break;
    }
    case 'unrecognized_keys':
      message = { key: 'plan.schema.unknownKey', params: { key: issue.keys.join(', ') } };
      break;
    case 'invalid_value':
      message =
        path.length === 1 && path[0] === 'version'
          ? { key: 'plan.schema.version' }
          : { key: 'plan.schema.enum', params: { options: issue.values.map(String).join(' | ') } };
      break;
    case 'too_small':
      message =
        issue.origin === 'number' ? { key: 'plan.schema.positive' } : { key: 'plan.schema.empty' };
      break;
    case 'too_big': {
      const received = valueAt(raw, path);
      message =
        issue.origin === 'string' && typeof received === 'string'
          ? { key: 'plan.schema.tooLong', params: { length: received.length, max: Number(issue.maximum) } }
          : { key: 'plan.schema.other', params: { detail: issue.message } };
      break;
    }
    default:
      message = { key: 'plan.schema.other', params: { detail: issue.message } };
  }
  const fieldPath = issue.code === 'unrecognized_keys' ? [...path, issue.keys[0]] : path;
  const nodeId = path[0] === 'kpis' || path[0] === 'hypotheses' ? valueAt(raw, [path[0], path[1] ?? -1, 'id']) : undefined;
  return {
    code: 'schema',
    severity: 'error',
    message,
    node: typeof nodeId === 'string' ? nodeId : undefined,
    ...locate(fieldPath),
  };
}
