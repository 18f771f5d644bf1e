import { defaultOptions, parseArgs, UsageError } from '../../../bench/options';

const defaults = defaultOptions('/repo');

test('defaults: the sizes and the workbook of issue 8', () => {
  expect(defaults.sizes).toEqual([10, 100, 1000, 10000]);
  expect(defaults.workbook).toMatchObject({ nodes: 1000, reviewTabs: 52 });
  expect(defaults.resultsFile).toBe('/repo/bench/results.json');
});

test('flags override the defaults', () => {
  const o = parseArgs(
    [
      '--sizes',
      '10,100',
      '--runs',
      '3',
      '--review-tabs',
      '4',
      '--recalc-runs',
      '1',
      '--workbook-nodes',
      '50',
    ],
    defaults,
  );
  expect(o.sizes).toEqual([10, 100]);
  expect(o.coreRuns).toBe(3);
  expect(o.workbook).toEqual({ nodes: 50, reviewTabs: 4, recalcRuns: 1, writeRuns: 3 });
});

test.each([[['--sizes', '10,x']], [['--runs', '0']], [['--runs', '1,2']], [['--fast']], [['--out']]])(
  '%j is a usage error',
  (argv) => {
    expect(() => parseArgs(argv, defaults)).toThrow(UsageError);
  },
);
