/**
 * The English example plans (`examples/*.en.yaml`) are translations of the Japanese ones:
 * the same tree, hypotheses, calendar and therefore the same targets, with every word a
 * person reads in English. A change to one language's template that is not made to the
 * other fails here.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { loadPlanText } from '../../../src/core/model/parsePlan';
import type { Model } from '../../../src/core/model/types';
import { looksLikeRate, numberFormatFor, unitKind } from '../../../src/core/model/units';
import { computeTargets } from '../../../src/core/backcast/targets';
import { describeProblems } from '../../support/plans';

const EXAMPLES = join(__dirname, '..', '..', '..', 'examples');
const PAIRS = ['sales-funnel', 'saas', 'route-sales', 'team'] as const;
/** Hiragana, Katakana and CJK ideographs. */
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

interface Loaded {
  readonly text: string;
  readonly model: Model;
  readonly planned: ReturnType<typeof computeTargets>;
  readonly errors: string;
}

function load(file: string): Loaded {
  const text = readFileSync(join(EXAMPLES, file), 'utf8');
  const loaded = loadPlanText(text, 'yaml');
  if (loaded.model === null) throw new Error(`${file} is not a plan:\n${describeProblems(loaded.problems)}`);
  const planned = computeTargets(loaded.model, loaded.locateNode);
  const errors = describeProblems([...loaded.problems, ...planned.problems].filter((p) => p.severity === 'error'));
  return { text, model: loaded.model, planned, errors };
}

/** Everything about a node except the words: what must not change in translation. */
function nodeShape(model: Model): unknown[] {
  return model.nodes.map((n) => ({
    id: n.id,
    level: n.level,
    parent: n.parent,
    depth: n.depth,
    children: n.children,
    backcast: n.backcast?.source,
    target: n.target,
    baseline: n.baseline,
    deadline: n.deadline,
    controllable: n.controllable,
    capacityPerDay: n.capacityPerDay,
    unitKind: n.unitKind,
    format: numberFormatFor(n.unit, n.unitKind),
    round: n.round,
    hasUnit: n.unit !== undefined,
    hasOwner: n.owner !== undefined,
    hasKsf: n.ksf !== undefined,
    hasNotes: n.notes !== undefined,
  }));
}

/**
 * A hypothesis is a rate by its unit, id or (in Japanese) a name ending in 率; what counts
 * is that it is one in both plans, not how it says so — an English name cannot end in 率.
 */
function hypothesisShape(model: Model): unknown[] {
  return model.hypotheses.map((h) => {
    const rate = looksLikeRate(h.id, h.unit, h.name);
    return {
      id: h.id,
      value: h.value,
      min: h.min,
      max: h.max,
      kind: rate ? 'rate' : unitKind(h.unit),
      format: rate ? '0.0%' : numberFormatFor(h.unit),
      hasRationale: h.rationale !== undefined,
    };
  });
}

describe.each(PAIRS)('examples/%s', (name) => {
  const ja = load(`${name}.yaml`);
  const en = load(`${name}.en.yaml`);

  it('both load with no error', () => {
    expect({ ja: ja.errors, en: en.errors }).toEqual({ ja: '', en: '' });
    expect(ja.model.lang).toBe('ja');
    expect(en.model.lang).toBe('en');
  });

  it('has the same month, calendar, tree and hypotheses', () => {
    expect(en.model.month).toBe(ja.model.month);
    expect(en.model.calendar).toEqual(ja.model.calendar);
    expect(nodeShape(en.model)).toEqual(nodeShape(ja.model));
    expect(hypothesisShape(en.model)).toEqual(hypothesisShape(ja.model));
    const members = (m: Model): unknown[] => m.members.map((x) => ({ id: x.id, share: x.share, target: x.target, hypotheses: x.hypotheses }));
    expect(members(en.model)).toEqual(members(ja.model));
  });

  it('computes the same monthly, per-working-day and weekly targets', () => {
    const targets = (l: Loaded): unknown => {
      const { calendar, backcast } = l.planned;
      if (calendar === null || backcast === null) throw new Error('no targets');
      return {
        workdays: calendar.workdays,
        weeks: calendar.weeks.map((w) => ({ label: w.label, start: w.start, end: w.end, workdays: w.workdays })),
        nodes: backcast.nodes.map((n) => ({
          id: n.id,
          unitKind: n.unitKind,
          round: n.round,
          monthly: n.monthly,
          perWorkday: n.perWorkday,
          weekly: n.weekly,
          byMember: n.byMember,
        })),
      };
    };
    expect(targets(en)).toEqual(targets(ja));
    expect(en.planned.backcast?.nodes.some((n) => n.monthly !== null)).toBe(true);
  });

  it('is written in English: no Japanese in any text, comments included', () => {
    const texts = [
      en.model.title,
      ...en.model.hypotheses.flatMap((h) => [h.name, h.unit, h.rationale]),
      ...en.model.nodes.flatMap((n) => [n.name, n.unit, n.owner, n.ksf, n.notes]),
      ...en.model.members.map((m) => m.name),
    ].filter((t): t is string => t !== undefined);
    expect(texts.filter((t) => JAPANESE.test(t))).toEqual([]);
    expect(en.text.split('\n').filter((line) => JAPANESE.test(line))).toEqual([]);
  });

  it('translates every name, and the Japanese plan is really the Japanese one', () => {
    const jaNames = new Map(ja.model.nodes.map((n) => [n.id, n.name]));
    for (const n of en.model.nodes) expect(n.name).not.toBe(jaNames.get(n.id));
    expect(ja.model.nodes.every((n) => JAPANESE.test(n.name))).toBe(true);
  });
});
