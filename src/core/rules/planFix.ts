import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode, type Pair } from 'yaml';
import type { TreeChange } from './types';

export interface PlanFixResult {
  readonly text: string;
  readonly applied: readonly TreeChange[];
  /** Changes whose node is not in the plan's `kpis`. */
  readonly skipped: readonly TreeChange[];
}

interface Edit {
  readonly at: number;
  readonly end: number;
  readonly text: string;
}

const PLAIN = /^[A-Za-z0-9_\-\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]+$/;
const RESERVED = /^(?:true|false|yes|no|on|off|null|~|[-+]?[0-9.]+(?:e[-+]?\d+)?|0x[0-9a-f]+|\.inf|\.nan)$/i;

function scalarText(value: string | boolean, json: boolean): string {
  if (typeof value === 'boolean') return String(value);
  if (!json && PLAIN.test(value) && !RESERVED.test(value) && !/^-/.test(value)) return value;
  return JSON.stringify(value);
}

/**
 * Writes changes into a plan's text surgically, so comments, alignment and flow
 * mappings stay as the person wrote them: an existing value is replaced in place, a
 * missing key is appended to the node's mapping. JSON plans are YAML too, and are kept
 * valid JSON.
 */
export function applyChangesToPlanText(text: string, format: 'yaml' | 'json', changes: readonly TreeChange[]): PlanFixResult {
  const json = format === 'json';
  const doc = parseDocument(text);
  const kpis = doc.get('kpis', true);
  const items = isSeq(kpis) ? kpis.items : [];
  const edits: Edit[] = [];
  const applied: TreeChange[] = [];
  const skipped: TreeChange[] = [];
  for (const change of changes) {
    const item = items.find((it) => isMap(it) && String(it.get('id')) === change.node);
    if (!isMap(item)) {
      skipped.push(change);
      continue;
    }
    const pairs = item.items as Pair<YamlNode, YamlNode | null>[];
    const value = scalarText(change.value, json);
    const existing = pairs.find((p) => isScalar(p.key) && String(p.key.value) === change.field);
    if (existing?.value?.range) {
      edits.push({ at: existing.value.range[0], end: existing.value.range[1], text: value });
      applied.push(change);
      continue;
    }
    const last = pairs[pairs.length - 1];
    const lastEnd = last?.value?.range?.[1] ?? last?.key?.range?.[1];
    const firstKeyStart = pairs[0]?.key?.range?.[0];
    if (lastEnd === undefined || firstKeyStart === undefined) {
      skipped.push(change);
      continue;
    }
    const key = json ? JSON.stringify(change.field) : change.field;
    if (item.flow) {
      edits.push({ at: lastEnd, end: lastEnd, text: `, ${key}: ${value}` });
    } else {
      const indent = firstKeyStart - (text.lastIndexOf('\n', firstKeyStart - 1) + 1);
      let at = lastEnd;
      if (text[at - 1] === '\n') at -= 1;
      else {
        const eol = text.indexOf('\n', at);
        at = eol === -1 ? text.length : eol;
      }
      const crlf = text[at - 1] === '\r';
      if (crlf) at -= 1;
      edits.push({ at, end: at, text: `${crlf ? '\r\n' : '\n'}${' '.repeat(indent)}${key}: ${value}` });
    }
    applied.push(change);
  }
  let out = text;
  for (const e of [...edits].sort((a, b) => b.at - a.at)) out = out.slice(0, e.at) + e.text + out.slice(e.end);
  return { text: out, applied, skipped };
}
