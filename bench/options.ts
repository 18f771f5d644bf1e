/** What a bench run measures: `npm run bench -- [--sizes 10,100] [--runs 7] …`. */
import path from 'node:path';

export interface WorkbookOptions {
  readonly nodes: number;
  readonly reviewTabs: number;
  /** LibreOffice recalculations timed per file (median taken). */
  readonly recalcRuns: number;
  /** Writes of the .xlsx timed (median taken). */
  readonly writeRuns: number;
}

/** The team workbook: one plan of `nodesPerMember` nodes handed out to `members` members, a year of weekly tabs, 1on1 tabs. */
export interface TeamOptions {
  readonly members: number;
  readonly nodesPerMember: number;
  readonly weeklyTabs: number;
  readonly recalcRuns: number;
  readonly writeRuns: number;
}

export interface BenchOptions {
  /** Tree sizes for the Office.js and core figures. */
  readonly sizes: readonly number[];
  /** Core pipeline runs timed per size, at least (small trees run for at least `minCoreMs`). */
  readonly coreRuns: number;
  readonly minCoreMs: number;
  readonly workbook: WorkbookOptions;
  readonly team: TeamOptions;
  /** The repository (for the commit) and where results.json and scratch files go. */
  readonly root: string;
  readonly resultsFile: string;
  readonly scratchDir: string;
  readonly log: (line: string) => void;
}

export function defaultOptions(root: string): BenchOptions {
  return {
    sizes: [10, 100, 1000, 10000],
    coreRuns: 7,
    minCoreMs: 1000,
    workbook: { nodes: 1000, reviewTabs: 52, recalcRuns: 3, writeRuns: 3 },
    team: { members: 10, nodesPerMember: 30, weeklyTabs: 52, recalcRuns: 3, writeRuns: 3 },
    root,
    resultsFile: path.join(root, 'bench', 'results.json'),
    scratchDir: path.join(root, 'bench', 'out'),
    log: (line) => process.stderr.write(`${line}\n`),
  };
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

function positiveInts(flag: string, text: string | undefined): number[] {
  const values = (text ?? '').split(',').map((s) => Number(s.trim()));
  if (values.length === 0 || values.some((v) => !Number.isInteger(v) || v < 1))
    throw new UsageError(`${flag} takes positive integers separated by commas, got "${text ?? ''}"`);
  return values;
}

const positiveInt = (flag: string, text: string | undefined): number => {
  const values = positiveInts(flag, text);
  if (values.length !== 1) throw new UsageError(`${flag} takes one positive integer, got "${text ?? ''}"`);
  return values[0];
};

/** Command-line flags over the defaults. */
export function parseArgs(argv: readonly string[], defaults: BenchOptions): BenchOptions {
  let options = defaults;
  let workbook = defaults.workbook;
  let team = defaults.team;
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i];
    const value = argv[i + 1];
    switch (flag) {
      case '--sizes':
        options = { ...options, sizes: positiveInts(flag, value) };
        break;
      case '--runs':
        options = { ...options, coreRuns: positiveInt(flag, value) };
        break;
      case '--workbook-nodes':
        workbook = { ...workbook, nodes: positiveInt(flag, value) };
        break;
      case '--review-tabs':
        workbook = { ...workbook, reviewTabs: positiveInt(flag, value) };
        break;
      case '--recalc-runs':
        workbook = { ...workbook, recalcRuns: positiveInt(flag, value) };
        team = { ...team, recalcRuns: positiveInt(flag, value) };
        break;
      case '--team-members':
        team = { ...team, members: positiveInt(flag, value) };
        break;
      case '--team-nodes':
        team = { ...team, nodesPerMember: positiveInt(flag, value) };
        break;
      case '--team-tabs':
        team = { ...team, weeklyTabs: positiveInt(flag, value) };
        break;
      case '--out':
        if (value === undefined) throw new UsageError('--out takes a file');
        options = { ...options, resultsFile: path.resolve(value) };
        break;
      default:
        throw new UsageError(
          `unknown flag ${flag} (flags: --sizes, --runs, --workbook-nodes, --review-tabs, --recalc-runs, --team-members, --team-nodes, --team-tabs, --out)`,
        );
    }
  }
  return { ...options, workbook, team };
}
