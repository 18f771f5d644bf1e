import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { formatPath, type Locator } from './locate';
import { loadPlanData, planFailure, type LoadedPlan } from './planData';
import { plainYaml } from './plainYaml';

export type { LoadedPlan } from './planData';

export type PlanFormat = 'yaml' | 'json';

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
      return planFailure({ key: 'plan.jsonSyntax', params: { reason: (e as Error).message } }, at ? lineAt(text, Number(at[1])) : undefined);
    }
  } else {
    const plain = plainYaml(text);
    if (plain !== null) raw = plain.data;
    else {
      const { doc, lineCounter } = located();
      if (doc.errors.length > 0) {
        const err = doc.errors[0];
        const line = lineCounter.linePos(err.pos[0]).line;
        return planFailure(tooDeep(err.message) ? { key: 'plan.yamlTooDeep' } : { key: 'plan.yamlSyntax', params: { reason: err.message.split('\n')[0] } }, line);
      }
      try {
        raw = doc.toJS({ maxAliasCount: 100 });
      } catch (e) {
        // An alias bomb (`&a [*b, *b, …]` nested) or a nesting past the stack: no plan is either.
        const reason = (e as Error).message;
        return planFailure(/alias/i.test(reason) ? { key: 'plan.yamlAliases' } : tooDeep(reason) ? { key: 'plan.yamlTooDeep' } : { key: 'plan.yamlSyntax', params: { reason } });
      }
    }
  }
  return loadPlanData(raw, locate);
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

function tooDeep(reason: string): boolean {
  return /call stack|too much recursion|nest/i.test(reason);
}
