/**
 * What the task pane loads before it is interactive, from esbuild's metafile of the
 * built pane: the entry script and every chunk it imports statically (chunks behind a
 * dynamic `import()` — ExcelJS for standalone mode, the Office.js host — load later),
 * each gzipped as a server would send it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

interface Metafile {
  readonly outputs: Readonly<
    Record<
      string,
      {
        readonly bytes: number;
        readonly imports: readonly { readonly path: string; readonly kind: string }[];
        readonly inputs: Readonly<Record<string, { readonly bytesInOutput: number }>>;
      }
    >
  >;
}

export interface PaneWeight {
  /** Output files loaded before the pane is interactive, relative to the built folder. */
  readonly files: readonly string[];
  readonly gzipBytes: number;
  readonly rawBytes: number;
  /** Share of those bytes (before compression) that are Fluent UI's code. */
  readonly fluentShare: number;
  /** Share that is React and React DOM. */
  readonly reactShare: number;
  /** Bytes loaded later, on demand (gzip). */
  readonly deferredGzipBytes: number;
}

/** `dist/web/taskpane.js`-style output keys, relative to the built folder. */
function relative(key: string, builtDir: string, root: string): string {
  return path.relative(builtDir, path.resolve(root, key));
}

export function paneWeight(builtDir: string, root: string, entry = 'taskpane.js'): PaneWeight {
  const meta = JSON.parse(readFileSync(path.join(builtDir, 'meta.json'), 'utf8')) as Metafile;
  const outputs = new Map(Object.entries(meta.outputs).filter(([k]) => k.endsWith('.js')).map(([k, v]) => [relative(k, builtDir, root), v]));
  const first = new Set<string>();
  const visit = (file: string): void => {
    if (first.has(file)) return;
    const out = outputs.get(file);
    if (!out) throw new Error(`the metafile has no output ${file}`);
    first.add(file);
    for (const i of out.imports) if (i.kind === 'import-statement') visit(relative(i.path, builtDir, root));
  };
  visit(entry);
  const gzip = (file: string): number => gzipSync(readFileSync(path.join(builtDir, file)), { level: 9 }).length;
  let raw = 0;
  let fluent = 0;
  let react = 0;
  for (const file of first) {
    const out = outputs.get(file)!;
    for (const [input, { bytesInOutput }] of Object.entries(out.inputs)) {
      raw += bytesInOutput;
      if (input.includes('node_modules/@fluentui/') || input.includes('node_modules/@griffel/') || input.includes('node_modules/tabster/')) fluent += bytesInOutput;
      if (/node_modules\/(react|react-dom|scheduler)\//.test(input)) react += bytesInOutput;
    }
  }
  const loadedFirst = [...first];
  const later = [...outputs.keys()].filter((f) => !first.has(f) && f !== 'commands.js' && f !== 'dialog.js');
  return {
    files: loadedFirst,
    gzipBytes: loadedFirst.reduce((n, f) => n + gzip(f), 0),
    rawBytes: raw,
    fluentShare: raw === 0 ? 0 : fluent / raw,
    reactShare: raw === 0 ? 0 : react / raw,
    deferredGzipBytes: later.reduce((n, f) => n + gzip(f), 0),
  };
}
