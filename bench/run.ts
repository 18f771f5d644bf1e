/** One bench run: every section measured, results.json written (and checked against its shape). */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { commit, machine } from './machine';
import type { BenchOptions } from './options';
import { ResultsSchema, type Results } from './results';
import { SECTIONS, type Sections } from './sections';
import type { Table } from './table';

export interface BenchRun {
  readonly results: Results;
  readonly tables: readonly Table[];
}

export async function runBench(options: BenchOptions, sections: Sections = SECTIONS): Promise<BenchRun> {
  const measuredOn = machine();
  const measuredAt = commit(options.root);
  const office = await sections.office.measure(options);
  const core = await sections.core.measure(options);
  const workbook = await sections.workbook.measure(options);
  const team = await sections.team.measure(options);
  const pane = await sections.pane.measure(options);
  const results = ResultsSchema.parse({
    machine: measuredOn,
    commit: measuredAt,
    office: office.figures,
    core: core.figures,
    workbook: workbook.figures,
    team: team.figures,
    pane: pane.figures,
  });
  await mkdir(path.dirname(options.resultsFile), { recursive: true });
  await writeFile(options.resultsFile, `${JSON.stringify(results, null, 2)}\n`, 'utf8');
  return { results, tables: [...office.tables, ...core.tables, ...workbook.tables, ...team.tables, ...pane.tables] };
}
