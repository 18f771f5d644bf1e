const ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Text shown on one line of a report: line breaks and tabs in a name (typed with
 * Alt+Enter in a cell, say) appear as `\n`, `\r`, `\t`, and other control characters as
 * `\u001b`, so one node or one finding is always one line.
 */
export function oneLine(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f\u0085\u2028\u2029]/g,
    (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
