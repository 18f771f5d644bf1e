/**
 * What the task pane loads before it is interactive, from the chunk map webpack.config.js
 * writes (`--env stats=FILE`): the files of the `taskpane` entry point (chunks behind a
 * dynamic `import()` — ExcelJS for standalone mode, the Office.js host — load later),
 * each gzipped as a server would send it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** The chunk map: each entry point's first files, each chunk's files and source modules. */
export interface ChunkMap {
  readonly entrypoints: Readonly<Record<string, readonly string[]>>;
  readonly chunks: readonly {
    readonly files: readonly string[];
    readonly initial: boolean;
    /** Source modules, paths from the repository's root; bytes before minification. */
    readonly modules: readonly { readonly path: string; readonly bytes: number }[];
  }[];
}

export interface PaneWeight {
  /** Output files loaded before the pane is interactive, relative to the built folder. */
  readonly files: readonly string[];
  readonly gzipBytes: number;
  readonly rawBytes: number;
  /** Share of the first view's source bytes (before minification) that are Fluent UI's code. */
  readonly fluentShare: number;
  /** Share that is React and React DOM. */
  readonly reactShare: number;
  /** Bytes loaded later, on demand (gzip). */
  readonly deferredGzipBytes: number;
}

export function readChunkMap(file: string): ChunkMap {
  return JSON.parse(readFileSync(file, 'utf8')) as ChunkMap;
}

/** The source modules in the given output files. */
export function modulesIn(map: ChunkMap, files: readonly string[]): string[] {
  return map.chunks
    .filter((c) => c.files.some((f) => files.includes(f)))
    .flatMap((c) => c.modules.map((m) => m.path));
}

export function paneWeight(builtDir: string, mapFile: string, entry = 'taskpane'): PaneWeight {
  const map = readChunkMap(mapFile);
  const first = map.entrypoints[entry];
  if (!first) throw new Error(`the chunk map has no entry point ${entry}`);
  const gzip = (file: string): number =>
    gzipSync(readFileSync(path.join(builtDir, file)), { level: 9 }).length;
  const raw = (file: string): number => readFileSync(path.join(builtDir, file)).length;
  let source = 0;
  let fluent = 0;
  let react = 0;
  for (const chunk of map.chunks.filter((c) => c.files.some((f) => first.includes(f)))) {
    for (const m of chunk.modules) {
      source += m.bytes;
      if (/node_modules\/(@fluentui|@griffel|tabster)\//.test(m.path)) fluent += m.bytes;
      if (/node_modules\/(react|react-dom|scheduler)\//.test(m.path)) react += m.bytes;
    }
  }
  const later = map.chunks.filter((c) => !c.initial).flatMap((c) => c.files);
  return {
    files: first,
    gzipBytes: first.reduce((n, f) => n + gzip(f), 0),
    rawBytes: first.reduce((n, f) => n + raw(f), 0),
    fluentShare: source === 0 ? 0 : fluent / source,
    reactShare: source === 0 ? 0 : react / source,
    deferredGzipBytes: later.reduce((n, f) => n + gzip(f), 0),
  };
}
