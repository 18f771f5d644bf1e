/**
 * The hand check of a plan's nodes and hypotheses gives exactly what the schema gives:
 * the same data, key for key and in the same order, for every plan the schema accepts,
 * and the schema's own problems for every plan it refuses.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import fc from 'fast-check';
import * as yaml from 'yaml';
import { checkPlan, plainPlan } from '../../../src/core/model/planCheck';
import { HypothesisSchema, KpiSchema, PlanSchema } from '../../../src/core/model/planSchema';
import { realisticPlan } from '../../support/plans';

const EXAMPLES = join(__dirname, '..', '..', '..', 'examples');

/** The result as text that keeps what `toStrictEqual` ignores: key order, and keys present as undefined. */
const exact = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) => (x === undefined ? '<undefined>' : x));

function agrees(raw: unknown): void {
  const ours = checkPlan(raw);
  const zod = PlanSchema.safeParse(raw);
  expect(ours.success).toBe(zod.success);
  if (ours.success && zod.success) {
    expect(ours.data).toStrictEqual(zod.data);
    expect(exact(ours.data)).toBe(exact(zod.data));
  } else {
    expect(ours.error?.issues).toEqual(zod.error?.issues);
  }
}

describe('checkPlan', () => {
  it('checks the example plans by hand, with the schema’s result', () => {
    const files = readdirSync(EXAMPLES).filter((f) => /\.ya?ml$/.test(f));
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const f of files) {
      const raw: unknown = yaml.parse(readFileSync(join(EXAMPLES, f), 'utf8'));
      expect({ f, fast: plainPlan(raw) !== undefined }).toEqual({ f, fast: true });
      agrees(raw);
    }
  });

  it('checks by hand every field the schema has, so none is dropped or left to zod unseen', () => {
    // A right value for each field of a node and a hypothesis: a field added to the schema needs one here.
    const kpiSample: Record<string, unknown> = {
      id: 'calls',
      level: 'KDI',
      name: '架電数',
      parent: 'kgi',
      unit: '件',
      target: 5,
      backcast: 'kgi',
      owner: '山田',
      deadline: '2026-12-28',
      controllable: true,
      better: 'higher',
      baseline: 3,
      ksf: '訪問',
      notes: 'メモ',
      round: 'up',
      capacity_per_day: 40,
      rationale: '実績',
      aggregate: 'sum',
    };
    const hypothesisSample: Record<string, unknown> = {
      id: 'rate',
      name: '成約率',
      value: 0.2,
      unit: '%',
      rationale: '実績',
      previous: 0.25,
      updated: '2026-11-30',
      min: 0.1,
      max: 0.3,
    };
    expect(Object.keys(kpiSample).sort()).toEqual(Object.keys(KpiSchema.shape).sort());
    expect(Object.keys(hypothesisSample).sort()).toEqual(Object.keys(HypothesisSchema.shape).sort());
    const raw = {
      version: 1,
      title: 'T',
      month: '2026-12',
      hypotheses: [hypothesisSample],
      kpis: [{ id: 'kgi', level: 'KGI', name: '売上', target: 100 }, kpiSample],
    };
    const fast = plainPlan(raw);
    expect(fast?.kpis[1]).toEqual(kpiSample);
    expect(fast?.hypotheses[0]).toEqual(hypothesisSample);
    agrees(raw);
  });

  it('checks a 2,000-node plan by hand, with the schema’s result', () => {
    const raw: unknown = JSON.parse(JSON.stringify(realisticPlan(2000)));
    expect(plainPlan(raw)).toBeDefined();
    agrees(raw);
  });

  it.each([
    ['a blank name', { name: '  ' }],
    ['a number as a unit, padded', { unit: 12 }],
    ['a padded unit and owner', { unit: ' 件 ', owner: ' 山田 ' }],
    ['a blank note', { notes: ' \t' }],
    ['a number as a backcast', { backcast: 3 }],
    ['an unknown key', { colour: 'red' }],
    ['a field present as undefined', { parent: undefined, target: undefined }],
    ['a target of Infinity', { target: Infinity }],
    ['a target of NaN', { target: NaN }],
    ['a capacity of 0', { capacity_per_day: 0 }],
    ['a level in lower case', { level: 'kpi' }],
    ['a text over a cell’s limit', { notes: 'x'.repeat(32768) }],
    ['an id that is a number', { id: 7 }],
    ['a __proto__ key', JSON.parse('{"__proto__": {"x": 1}}') as object],
    [
      'a node with no prototype',
      Object.assign(Object.create(null) as object, { id: 'calls', level: 'KDI', name: 'Calls' }),
    ],
  ])('gives the schema’s answer for %s', (_what, change) => {
    const plan = realisticPlan(5) as { kpis: object[] };
    const raw = { ...plan, kpis: plan.kpis.map((k, i) => (i === 2 ? { ...k, ...change } : k)) };
    agrees(JSON.parse(JSON.stringify(raw)) as unknown);
    agrees(raw);
  });

  it('gives the schema’s answer for plans with fields of every kind, right and wrong', () => {
    const anyValue = fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.constantFrom(
        '',
        ' ',
        ' x ',
        'KGI',
        'KPI',
        'KDI',
        'KCI',
        'higher',
        'lower',
        'up',
        'none',
        'sum',
        'average',
        'jp',
      ),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      fc.array(fc.integer(), { maxLength: 2 }),
    );
    // Values each field takes when right, so that whole plans pass the hand check often.
    const right: Record<string, fc.Arbitrary<unknown>> = {
      parent: fc.constantFrom('a', 'kgi'),
      unit: fc.constantFrom('件', ' 円 ', 7),
      target: fc.double({ noNaN: true, noDefaultInfinity: true }),
      backcast: fc.constantFrom('kgi / rate', 12),
      owner: fc.constantFrom('山田', ' 佐藤 ', ''),
      deadline: fc.constant('2026-12-31'),
      controllable: fc.boolean(),
      better: fc.constantFrom('higher', 'lower'),
      baseline: fc.integer(),
      ksf: fc.constantFrom('訪問', ' ', 3),
      notes: fc.constantFrom('メモ', ''),
      round: fc.constantFrom('up', 'none'),
      capacity_per_day: fc.constantFrom(1, 0.5),
      rationale: fc.constantFrom('実績', ' '),
      aggregate: fc.constantFrom('sum', 'average'),
      value: fc.double({ noNaN: true, noDefaultInfinity: true }),
      previous: fc.integer(),
      updated: fc.constant('2026-11-30'),
      min: fc.integer(),
      max: fc.integer(),
    };
    const fields = (keys: readonly string[]): fc.Arbitrary<Record<string, unknown>> =>
      fc
        .array(
          fc
            .constantFrom(...keys)
            .chain((key) =>
              fc.tuple(
                fc.constant(key),
                right[key] === undefined
                  ? anyValue
                  : fc.oneof({ arbitrary: right[key], weight: 9 }, { arbitrary: anyValue, weight: 1 }),
              ),
            ),
          { maxLength: 4 },
        )
        .map((pairs) => Object.fromEntries(pairs));
    const kpiKeys = [
      'id',
      'level',
      'name',
      'parent',
      'unit',
      'target',
      'backcast',
      'owner',
      'deadline',
      'controllable',
      'better',
      'baseline',
      'ksf',
      'notes',
      'round',
      'capacity_per_day',
      'rationale',
      'aggregate',
      'extra',
    ];
    const hypothesisKeys = [
      'id',
      'name',
      'value',
      'unit',
      'rationale',
      'previous',
      'updated',
      'min',
      'max',
      'extra',
    ];
    const kpi = fc
      .record({ id: fc.constant('a'), level: fc.constantFrom('KGI', 'KPI'), name: fc.constant('A') })
      .chain((base) => fields(kpiKeys).map((extra) => ({ ...base, ...extra })));
    const hypothesis = fc
      .record({ id: fc.constant('h'), name: fc.constant('H'), value: fc.constant(0.5) })
      .chain((base) => fields(hypothesisKeys).map((extra) => ({ ...base, ...extra })));
    const mostly = <T>(usual: T, ...others: T[]): fc.Arbitrary<T> =>
      fc.oneof(
        { arbitrary: fc.constant(usual), weight: 8 },
        { arbitrary: fc.constantFrom(...others), weight: 1 },
      );
    const plan = fc
      .record(
        {
          version: mostly<unknown>(1, 2, '1'),
          title: mostly('T', '', ' '),
          month: fc.constant('2026-12'),
          lang: mostly<unknown>('ja', 'en', 'fr', undefined),
          calendar: mostly<object>({}, { holidays: 'none' }, { holidays: 'us' }),
          hypotheses: fc.oneof(
            { arbitrary: fc.array(hypothesis, { maxLength: 3 }), weight: 8 },
            { arbitrary: fc.constant('none'), weight: 1 },
          ),
          kpis: fc.array(kpi, { minLength: 1, maxLength: 3 }),
          members: mostly<object[]>([], [{ id: 'm', name: 'M', share: 0.5 }], [{ id: 'm' }]),
          checks: mostly<object>({ rules: { 'tree-too-deep': 'off' } }, { rules: { x: 'loud' } }),
        },
        { requiredKeys: ['kpis', 'version', 'title', 'month'] },
      )
      .chain((p) => mostly<object>(p, { ...p, other: 1 }, { ...p, kpis: [] }));
    let byHand = 0;
    fc.assert(
      fc.property(plan, (raw) => {
        if (plainPlan(raw) !== undefined) byHand++;
        agrees(raw);
      }),
      { numRuns: 2000 },
    );
    // The hand check itself was held to the schema, not only the fallback.
    expect(byHand).toBeGreaterThan(100);
  });
});
