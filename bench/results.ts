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
  /** `context.sync()` calls of the whole command (every host call it makes), on the recording fake: an estimate. */
  syncs: count,
  /** The fewest syncs it could make: reads (ceil(response bytes ÷ 4 MB), at least 1) + ceil(write bytes ÷ 4 MB). */
  floorSyncs: count,
  /** `syncs` over `floorSyncs`. */
  syncRatio: amount,
  /** The largest single request of the command, estimated bytes of its JSON. */
  maxPayloadBytes: count,
});

export const CoreFigureSchema = z.strictObject({
  nodes: count,
  /** Median milliseconds of parse + validate + backcast + checks + layout. */
  ms: amount,
  /** `ms` over the median of `JSON.parse(JSON.stringify(spec))` of the same spec. */
  ratio: amount,
  /** Median minor page faults of one run: the fresh pages of memory it took (`bench/memory.ts`). */
  pageFaults: count,
  /** Microseconds one fresh page cost on the machine just before the runs; null when it could not be priced. */
  freshPageUs: amount.nullable(),
});

/** What a workbook file holds, each kind counted apart (`bench/workbook/formulas.ts`). */
const WorkbookCounts = {
  /** Cells holding a formula. */
  formulaCells: count,
  definedNames: count,
  /** Data-validation rules, however many cells each covers. */
  validations: count,
  /** Conditional-format rules. */
  conditionalFormats: count,
  /** Formula cells that call a volatile function. */
  volatileFormulas: count,
};

export const WorkbookFigureSchema = z.strictObject({
  nodes: count,
  reviewTabs: count,
  /** Review tabs closed (numbers kept as values); null while closing weeks is not built. */
  closedWeeks: count.nullable(),
  /** Median milliseconds to serialise and write the .xlsx. */
  writeMs: amount,
  bytes: count,
  /** Median milliseconds of LibreOffice recalculating the file on load (see README). */
  recalcMs: amount,
  /** `recalcMs` over the same for the values-only copy. */
  recalcRatio: amount,
  ...WorkbookCounts,
});

/**
 * The workbook a team keeps: one plan handed out to its members (`members:`), a year of
 * weekly review tabs, most closed, and each member's monthly 1on1 tabs.
 */
export const TeamFigureSchema = z.strictObject({
  members: count,
  /** Nodes of the plan, each with a target for every member. */
  nodesPerMember: count,
  /** Nodes of the tree (the plan's: the same as `nodesPerMember`). */
  nodes: count,
  weeklyTabs: count,
  closedWeeks: count.nullable(),
  /** 1on1 tabs written: one a member for every month the weekly tabs reach. */
  oneOnOneTabs: count,
  /** Milliseconds to make the whole year in memory (core and ExcelJS host). */
  buildMs: amount,
  writeMs: amount,
  bytes: count,
  recalcMs: amount,
  recalcRatio: amount,
  ...WorkbookCounts,
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
  team: TeamFigureSchema,
  pane: PaneFigureSchema,
});

export type Machine = z.infer<typeof MachineSchema>;
export type OfficeFigure = z.infer<typeof OfficeFigureSchema>;
export type CoreFigure = z.infer<typeof CoreFigureSchema>;
export type WorkbookFigure = z.infer<typeof WorkbookFigureSchema>;
export type TeamFigure = z.infer<typeof TeamFigureSchema>;
export type PaneFigure = z.infer<typeof PaneFigureSchema>;
export type Results = z.infer<typeof ResultsSchema>;

/** The measured parts of the results, one per section module. */
export interface Figures {
  readonly office: OfficeFigure[];
  readonly core: CoreFigure[];
  readonly workbook: WorkbookFigure;
  readonly team: TeamFigure;
  readonly pane: PaneFigure;
}
export type SectionKey = keyof Figures;
