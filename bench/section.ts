/**
 * A section of the bench: one module per part of issue 8, each measuring its key of
 * results.json and printing its own tables. Adding a part is adding a module and a line
 * in `sections.ts`.
 */
import type { BenchOptions } from './options';
import type { Figures, SectionKey } from './results';
import type { Table } from './table';

export interface Measured<K extends SectionKey> {
  readonly figures: Figures[K];
  readonly tables: readonly Table[];
}

export interface Section<K extends SectionKey> {
  readonly key: K;
  measure(options: BenchOptions): Promise<Measured<K>>;
}
