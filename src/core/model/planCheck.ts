import * as z from 'zod/mini';
import {
  AGGREGATES,
  CELL_TEXT_LIMIT,
  LEVELS,
  PlanSchema,
  type Plan,
  type PlanHypothesis,
  type PlanKpi,
} from './planSchema';

/**
 * The plan schema's answer, the same as `PlanSchema.safeParse`, with the bulk of a plan —
 * its nodes and hypotheses — checked by hand: a plan of 10,000 nodes has 100,000 fields,
 * and zod's general machinery spends most of a build's validation time on them. A node or
 * hypothesis the hand check is not sure of (anything out of the ordinary, not only what
 * is wrong) sends the whole plan to zod, which reports every problem with its path. The
 * rest of the plan (title, month, calendar, members, checks) always goes through zod.
 */
export function checkPlan(raw: unknown): ReturnType<typeof PlanSchema.safeParse> {
  const fast = plainPlan(raw);
  return fast === undefined ? PlanSchema.safeParse(raw) : { success: true, data: fast };
}

/** The plan without its nodes and hypotheses: what zod still checks on the fast path. */
const RestSchema = z.omit(PlanSchema, { kpis: true, hypotheses: true });

export function plainPlan(raw: unknown): Plan | undefined {
  if (!isPlainObject(raw)) return undefined;
  const kpis = raw.kpis;
  if (!Array.isArray(kpis) || kpis.length === 0) return undefined;
  const hypotheses = raw.hypotheses === undefined ? [] : raw.hypotheses;
  if (!Array.isArray(hypotheses)) return undefined;
  const plainHypothesis = checkerOf(HYPOTHESIS_SHAPE, HYPOTHESIS_PLACES) as (
    v: unknown,
  ) => PlanHypothesis | undefined;
  const plainKpi = checkerOf(KPI_SHAPE, KPI_PLACES) as (v: unknown) => PlanKpi | undefined;
  const outHypotheses: PlanHypothesis[] = new Array<PlanHypothesis>(hypotheses.length);
  for (let i = 0; i < hypotheses.length; i++) {
    const h = plainHypothesis(hypotheses[i]);
    if (h === undefined) return undefined;
    outHypotheses[i] = h;
  }
  const outKpis: PlanKpi[] = new Array<PlanKpi>(kpis.length);
  for (let i = 0; i < kpis.length; i++) {
    const k = plainKpi(kpis[i]);
    if (k === undefined) return undefined;
    outKpis[i] = k;
  }
  const rest: Record<string, unknown> = {};
  for (const key of Object.keys(raw)) if (key !== 'kpis' && key !== 'hypotheses') rest[key] = raw[key];
  const checked = RestSchema.safeParse(rest);
  if (!checked.success) return undefined;
  const r = checked.data;
  // The keys in the schema's order, present as zod leaves them.
  return {
    version: r.version,
    title: r.title,
    month: r.month,
    ...('lang' in r ? { lang: r.lang } : {}),
    calendar: r.calendar,
    hypotheses: outHypotheses,
    kpis: outKpis,
    members: r.members,
    ...('checks' in r ? { checks: r.checks } : {}),
  };
}

type Raw = Record<string, unknown>;

function isPlainObject(v: unknown): v is Raw {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** Not sure: zod decides. */
const UNSURE = Symbol('unsure');
type Field = (v: unknown) => unknown;

const limited: Field = (v) => (typeof v === 'string' && v.length <= CELL_TEXT_LIMIT ? v : UNSURE);
const text: Field = (v) =>
  typeof v === 'string' && v.length <= CELL_TEXT_LIMIT && v.trim() !== '' ? v : UNSURE;
const finite: Field = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : UNSURE);
const scalar: Field = (v) =>
  typeof v === 'string'
    ? v.length <= CELL_TEXT_LIMIT
      ? v
      : UNSURE
    : typeof v === 'number' && Number.isFinite(v)
      ? String(v)
      : UNSURE;
const trimmed: Field = (v) => {
  const s = scalar(v);
  return s === UNSURE ? UNSURE : (s as string).trim();
};
const free: Field = (v) => {
  const s = scalar(v);
  return s === UNSURE ? UNSURE : (s as string).trim() === '' ? '' : s;
};
/** One of `values`, given back as the list's own string: the many nodes of a plan then share one. */
const oneOf =
  (values: readonly string[]): Field =>
  (v) => {
    const at = typeof v === 'string' ? values.indexOf(v) : -1;
    return at < 0 ? UNSURE : values[at];
  };
const bool: Field = (v) => (typeof v === 'boolean' ? v : UNSURE);
const positive: Field = (v) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : UNSURE);

/** A field's check, and whether it may be left out (zod's `optional`: absent, or present as undefined). */
type Shape = readonly (readonly [key: string, field: Field, optional: boolean])[];

const KPI_SHAPE: Shape = [
  ['id', limited, false],
  ['level', oneOf(LEVELS), false],
  ['name', text, false],
  ['parent', limited, true],
  ['unit', trimmed, true],
  ['target', finite, true],
  ['backcast', scalar, true],
  ['owner', trimmed, true],
  ['deadline', limited, true],
  ['controllable', bool, true],
  ['better', oneOf(['higher', 'lower']), true],
  ['baseline', finite, true],
  ['ksf', free, true],
  ['notes', free, true],
  ['round', oneOf(['up', 'none']), true],
  ['capacity_per_day', positive, true],
  ['rationale', free, true],
  ['aggregate', oneOf(AGGREGATES), true],
];

const HYPOTHESIS_SHAPE: Shape = [
  ['id', limited, false],
  ['name', text, false],
  ['value', finite, false],
  ['unit', trimmed, true],
  ['rationale', free, true],
  ['previous', finite, true],
  ['updated', limited, true],
  ['min', finite, true],
  ['max', finite, true],
];

/** Each key of a shape by its place in it; `plainObject` marks the places a node fills as the bits of one number. */
function placesOf(shape: Shape): ReadonlyMap<string, number> {
  if (shape.length > 31)
    throw new Error(`a shape of ${shape.length} fields does not fit the bits of one number`);
  return new Map(shape.map(([key], at) => [key, at]));
}
const KPI_PLACES = placesOf(KPI_SHAPE);
const HYPOTHESIS_PLACES = placesOf(HYPOTHESIS_SHAPE);

/**
 * An object of exactly this shape, its fields as zod gives them back (in the shape's
 * order); undefined when unsure. The object's own keys are read once, into their places:
 * a node has a handful of the shape's many fields.
 */
function plainObject(
  v: unknown,
  shape: Shape,
  places: ReadonlyMap<string, number>,
  values: unknown[],
): Raw | undefined {
  if (!isPlainObject(v)) return undefined;
  // Which places hold a value, as bits (a shape has fewer than 31 fields); only those of `values` are read.
  let present = 0;
  for (const key in v) {
    const at = places.get(key);
    if (at === undefined) return undefined;
    values[at] = v[key];
    present |= 1 << at;
  }
  const out: Raw = {};
  for (let at = 0; at < shape.length; at++) {
    const [key, field, optional] = shape[at];
    if ((present & (1 << at)) === 0) {
      if (optional) continue;
      return undefined;
    }
    const value = values[at];
    if (value === undefined) {
      if (!optional) return undefined;
      out[key] = undefined;
      continue;
    }
    const checked = field(value);
    if (checked === UNSURE) return undefined;
    out[key] = checked;
  }
  return out;
}

/** The check of one kind of object, with room for one object's values at a time (it reads only the places it filled). */
function checkerOf(shape: Shape, places: ReadonlyMap<string, number>): (v: unknown) => Raw | undefined {
  const values = new Array<unknown>(shape.length);
  return (v) => plainObject(v, shape, places, values);
}
