import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import type { LocalizedText } from '../i18n';
import { buildModel } from './buildModel';
import { formatPath, nodeLocator, type Locator, type NodeLocator, type SourcePath } from './locate';
import { checkPlan } from './planCheck';
import type { Plan } from './planSchema';
import { plainYaml } from './plainYaml';
import type { Problem } from './problem';
import type { Model } from './types';

export type PlanFormat = 'yaml' | 'json';

export interface LoadedPlan {
  /** The model; null when the file could not be read as a plan at all. */
  readonly model: Model | null;
  readonly problems: Problem[];
  /** Locates a node's field (or, with an empty id, a top-level field) in the source. */
  readonly locateNode?: NodeLocator;
}

/**
 * Reads a plan file's text: syntax, then the schema field by field, then the tree.
 * Every problem names its field, and its line where the text gives one.
 *
 * The text is read plainly first (`JSON.parse`, or the fast YAML reader); the YAML
 * document with source ranges, which gives lines, is built only when something asks
 * where a field is (a problem to report) or the plain reader cannot decide.
 */
export function loadPlanText(text: string, format: PlanFormat): LoadedPlan {
  const located = lazyLocated(text);
  const locate: Locator = (path) => located().locate(path);

  let raw: unknown;
  if (format === 'json') {
    try {
      raw = JSON.parse(text);
    } catch (e) {
      const at = /position (\d+)/.exec((e as Error).message);
      return fail({ key: 'plan.jsonSyntax', params: { reason: (e as Error).message } }, at ? lineAt(text, Number(at[1])) : undefined);
    }
  } else {
    const plain = plainYaml(text);
    if (plain !== null) raw = plain.data;
    else {
      const { doc, lineCounter } = located();
      if (doc.errors.length > 0) {
        const err = doc.errors[0];
        const line = lineCounter.linePos(err.pos[0]).line;
        return fail(tooDeep(err.message) ? { key: 'plan.yamlTooDeep' } : { key: 'plan.yamlSyntax', params: { reason: err.message.split('\n')[0] } }, line);
      }
      try {
        raw = doc.toJS({ maxAliasCount: 100 });
      } catch (e) {
        // An alias bomb (`&a [*b, *b, …]` nested) or a nesting past the stack: no plan is either.
        const reason = (e as Error).message;
        return fail(/alias/i.test(reason) ? { key: 'plan.yamlAliases' } : tooDeep(reason) ? { key: 'plan.yamlTooDeep' } : { key: 'plan.yamlSyntax', params: { reason } });
      }
    }
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return fail({ key: 'plan.notAnObject' });
  }

  const parsed = checkPlan(raw);
  if (!parsed.success) {
    return { model: null, problems: parsed.error.issues.map((issue) => schemaProblem(issue, raw, locate)) };
  }
  return planToModel(parsed.data, locate);
}

interface Located {
  readonly doc: Document.Parsed;
  readonly lineCounter: LineCounter;
  readonly locate: Locator;
}

/** The located YAML document of `text`, built the first time it is asked for. */
function lazyLocated(text: string): () => Located {
  let located: Located | undefined;
  return () => {
    if (located !== undefined) return located;
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const locate: Locator = (path) => {
      const node = doc.getIn(path as (string | number)[], true);
      const offset = isNode(node) && node.range ? node.range[0] : undefined;
      const parentNode = offset === undefined && path.length > 1 ? doc.getIn(path.slice(0, -1) as (string | number)[], true) : undefined;
      const at = offset ?? (isNode(parentNode) && parentNode.range ? parentNode.range[0] : undefined);
      return { field: formatPath(path), line: at === undefined ? undefined : lineCounter.linePos(at).line };
    };
    located = { doc, lineCounter, locate };
    return located;
  };
}

/** The 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

export function planToModel(plan: Plan, locate: Locator): LoadedPlan {
  const { model, problems } = buildModel(plan, locate);
  return { model, problems, locateNode: nodeLocator(plan.kpis, locate, plan.members) };
}

function tooDeep(reason: string): boolean {
  return /call stack|too much recursion|nest/i.test(reason);
}

function fail(message: LocalizedText, line?: number): LoadedPlan {
  return { model: null, problems: [{ code: 'syntax', severity: 'error', message, line }] };
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
