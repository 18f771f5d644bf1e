/**
 * `npm run bench [-- --sizes 10,100 --runs 7 --workbook-nodes 1000 --review-tabs 52
 * --recalc-runs 3 --out FILE]`: measures, prints the tables, writes bench/results.json.
 * Targets missed are reported, not failed: this is a benchmark, not a test.
 */
import path from 'node:path';
import { defaultOptions, parseArgs, UsageError } from './options';
import { runBench } from './run';
import { formatTable } from './table';

// Bundled to bench/out/bench.cjs: the repository is two levels up.
const ROOT = path.resolve(__dirname, '..', '..');

async function main(argv: readonly string[]): Promise<number> {
  const options = parseArgs(argv, defaultOptions(ROOT));
  const { results, tables } = await runBench(options);
  const m = results.machine;
  const header = [
    `KPI Tree bench — commit ${results.commit}`,
    `machine: ${m.cores} cores ${m.cpuModel}, ${m.memoryGB} GB, Node ${m.node}, ${m.os}, load average ${m.loadAverage} at start`,
  ];
  process.stdout.write(
    `${[...header, '', ...tables.map(formatTable).join('\n\n').split('\n')].join('\n')}\n`,
  );
  if (!results.pane)
    process.stdout.write('\nTask pane: not measured yet (measured once the pane bundle exists)\n');
  process.stdout.write(
    `\nwrote ${path.relative(process.cwd(), options.resultsFile) || options.resultsFile}\n`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
    if (error instanceof Error && !(error instanceof UsageError) && error.stack)
      process.stderr.write(`${error.stack}\n`);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
