/**
 * The shape of `bench/results.json` (issue 8), which other tools read. Every key names its
 * unit: `…Ms` milliseconds, `…Bytes`/`bytes` bytes, `syncs` and `volatileFormulas` counts,
 * `ratio`/`recalcRatio`/`fluentShare` plain ratios. Strict: a key added or missing is a
 * change of the contract, not a detail.
 */
import { z } from 'zod';

const count = z.number().int().nonnegative();
const amount = z.number().nonnegative();

export const MachineSchema = z.strictObject({
  cores: count,
  cpuModel: z.string(),
  memoryGB: amount,
  node: z.string(),
  os: z.string(),
  /** The 1-minute load average when the run started: a shared machine makes times noisy. */
  loadAverage: amount,
});

export const COMMANDS = ['build', 'check', 'review'] as const;
export type Command = (typeof COMMANDS)[number];

export const OfficeFigureSchema = z.strictObject({
  command: z.enum(COMMANDS),
  nodes: count,
  /** `context.sync()` calls of the whole command (every host call it makes). */
  syncs: count,
  /** The largest single request of the command, estimated bytes of its JSON. */
  maxPayloadBytes: count,
});

export const CoreFigureSchema = z.strictObject({
  nodes: count,
  /** Median milliseconds of parse + validate + backcast + checks + layout. */
  ms: amount,
  /** `ms` over the median of `JSON.parse(JSON.stringify(spec))` of the same spec. */
  ratio: amount,
});

export const WorkbookFigureSchema = z.strictObject({
  nodes: count,
  reviewTabs: count,
  /** Median milliseconds to serialise and write the .xlsx. */
  writeMs: amount,
  bytes: count,
  /** Median milliseconds of LibreOffice recalculating the file on load (see README). */
  recalcMs: amount,
  /** `recalcMs` over the same for the values-only copy. */
  recalcRatio: amount,
  volatileFormulas: count,
});

/** Part 4 of the issue: the task pane's first-view JavaScript and time to interactive. */
export const PaneFigureSchema = z.strictObject({
  gzipBytes: count,
  ttiMs: amount,
  fluentShare: z.number().min(0).max(1),
});

export const ResultsSchema = z.strictObject({
  machine: MachineSchema,
  /** The commit measured; `+dirty` when files other than the results differed from it. */
  commit: z.string().min(7),
  office: z.array(OfficeFigureSchema),
  core: z.array(CoreFigureSchema),
  workbook: WorkbookFigureSchema,
  pane: PaneFigureSchema,
});

export type Machine = z.infer<typeof MachineSchema>;
export type OfficeFigure = z.infer<typeof OfficeFigureSchema>;
export type CoreFigure = z.infer<typeof CoreFigureSchema>;
export type WorkbookFigure = z.infer<typeof WorkbookFigureSchema>;
export type PaneFigure = z.infer<typeof PaneFigureSchema>;
export type Results = z.infer<typeof ResultsSchema>;

/** The measured parts of the results, one per section module. */
export interface Figures {
  readonly office: OfficeFigure[];
  readonly core: CoreFigure[];
  readonly workbook: WorkbookFigure;
  readonly pane: PaneFigure;
}
export type SectionKey = keyof Figures;
