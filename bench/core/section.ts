/**
 * Part 2: core throughput. The whole pure pipeline of a build (`buildSpec`: parse and
 * validate the YAML plan, backcast, lay out, check, Checks sheet), median of several
 * runs after a warm-up, and as a ratio to `JSON.parse(JSON.stringify(spec))` of the spec
 * it produced: the floor of touching that much data once. Each run's fresh pages of
 * memory are counted, and one is priced before the runs: on a virtual machine they are
 * a share of the time that moves with the machine, not with the code.
 */
import { performance } from 'node:perf_hooks';
import type { WorkbookSpec } from '../../src/core/layout/spec';
import { freshPageUs, pageFaults } from '../memory';
import { BUILD_STAGES, buildSpec, type BuildStage } from '../pipeline';
import { planText } from '../plans';
import type { CoreFigure } from '../results';
import type { Section } from '../section';
import { grouped } from '../table';
import { median, tenth, timed } from '../timing';

export const TARGET = { nodes: 10000, ms: 200, ratio: 3 } as const;
const WARM_UP_RUNS = 2;
const MAX_RUNS = 200;

interface Row extends CoreFigure {
  readonly runs: number;
  readonly floorMs: number;
  readonly stages: Readonly<Record<BuildStage, number>>;
}

interface Sample {
  readonly ms: number;
  readonly stages: Record<BuildStage, number>;
  readonly pageFaults: number;
}

/** One timed run of the pipeline, with the time of each stage and the fresh pages it took. */
function runOnce(text: string): Sample & { spec: WorkbookSpec } {
  const stages = {} as Record<BuildStage, number>;
  const faultsBefore = pageFaults();
  const start = performance.now();
  let last = start;
  const spec = buildSpec(text, 'ja', (stage) => {
    const now = performance.now();
    stages[stage] = now - last;
    last = now;
  });
  return { ms: last - start, stages, pageFaults: pageFaults() - faultsBefore, spec };
}

/**
 * Warm-up, then pipeline and floor in turn (so a busy patch of a shared machine slows
 * both alike): `runs` pairs at least, more for small trees until `minMs` have passed.
 * Each floor copies the spec its own run just made, which is then let go: a build holds
 * one spec at a time, as the CLI does, and no run pays for a heap kept over from another.
 */
function measureSize(nodes: number, runs: number, minMs: number): Row {
  const text = planText(nodes);
  for (let i = 0; i < WARM_UP_RUNS; i++) runOnce(text);
  const pageUs = freshPageUs();
  const samples: Sample[] = [];
  const floor: number[] = [];
  const start = performance.now();
  while (samples.length < MAX_RUNS && (samples.length < runs || performance.now() - start < minMs)) {
    const { spec, ...sample } = runOnce(text);
    samples.push(sample);
    floor.push(timed(() => JSON.parse(JSON.stringify(spec)) as unknown).ms);
  }
  const ms = median(samples.map((s) => s.ms));
  const floorMs = median(floor);
  const stages = Object.fromEntries(
    BUILD_STAGES.map((st) => [st, median(samples.map((s) => s.stages[st]))]),
  ) as Record<BuildStage, number>;
  return {
    nodes,
    ms: tenth(ms),
    ratio: tenth(ms / floorMs),
    runs: samples.length,
    floorMs: tenth(floorMs),
    stages,
    pageFaults: Math.round(median(samples.map((s) => s.pageFaults))),
    freshPageUs: pageUs === null ? null : tenth(pageUs),
  };
}

function verdict(r: Row): string {
  if (r.nodes !== TARGET.nodes)
    return r.ratio < TARGET.ratio ? 'ratio met' : `ratio MISSED by ${tenth(r.ratio - TARGET.ratio)}`;
  const misses = [
    r.ms >= TARGET.ms
      ? `time MISSED by ${grouped(r.ms - TARGET.ms)} ms (×${tenth(r.ms / TARGET.ms)})`
      : 'time met',
    r.ratio >= TARGET.ratio ? `ratio MISSED by ${tenth(r.ratio - TARGET.ratio)}` : 'ratio met',
  ];
  return misses.join(', ');
}

export const coreSection: Section<'core'> = {
  key: 'core',
  async measure(options) {
    const rows: Row[] = [];
    for (const nodes of options.sizes) {
      options.log(`core: ${nodes} nodes`);
      rows.push(measureSize(nodes, options.coreRuns, options.minCoreMs));
    }
    return {
      figures: rows.map(({ nodes, ms, ratio, pageFaults, freshPageUs }) => ({
        nodes,
        ms,
        ratio,
        pageFaults,
        freshPageUs,
      })),
      tables: [
        {
          title:
            'Core throughput (median ms of parse + validate + backcast + checks + layout; fresh pages: the page faults of a run, each priced on the machine just before the runs)',
          header: [
            'nodes',
            'runs',
            'ms',
            'JSON floor ms',
            'ratio',
            ...BUILD_STAGES.map((s) => `${s} ms`),
            'fresh pages',
            'µs a page',
            'of it ≈ ms',
            `target ${grouped(TARGET.nodes)} nodes < ${TARGET.ms} ms, ratio < ${TARGET.ratio}`,
          ],
          rows: rows.map((r) => [
            grouped(r.nodes),
            String(r.runs),
            String(r.ms),
            String(r.floorMs),
            `${r.ratio}×`,
            ...BUILD_STAGES.map((s) => String(tenth(r.stages[s]))),
            grouped(r.pageFaults),
            r.freshPageUs === null ? '—' : String(r.freshPageUs),
            r.freshPageUs === null ? '—' : String(tenth((r.pageFaults * r.freshPageUs) / 1000)),
            verdict(r),
          ]),
        },
      ],
    };
  },
};
