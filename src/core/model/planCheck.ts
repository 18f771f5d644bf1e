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
const oneOf =
  (values: readonly string[]): Field =>
  (v) =>
    typeof v === 'string' && values.includes(v) ? v : UNSURE;
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

const keysOf = (shape: Shape): ReadonlySet<string> => new Set(shape.map(([key]) => key));
const KPI_KEYS = keysOf(KPI_SHAPE);
const HYPOTHESIS_KEYS = keysOf(HYPOTHESIS_SHAPE);

/** An object of exactly this shape, its fields as zod gives them back; undefined when unsure. */
function plainObject(v: unknown, shape: Shape, keys: ReadonlySet<string>): Raw | undefined {
  if (!isPlainObject(v)) return undefined;
  for (const key in v) if (!keys.has(key)) return undefined;
  const out: Raw = {};
  for (const [key, field, optional] of shape) {
    if (!(key in v)) {
      if (optional) continue;
      return undefined;
    }
    const value = v[key];
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

const plainKpi = (v: unknown): PlanKpi | undefined =>
  plainObject(v, KPI_SHAPE, KPI_KEYS) as PlanKpi | undefined;
const plainHypothesis = (v: unknown): PlanHypothesis | undefined =>
  plainObject(v, HYPOTHESIS_SHAPE, HYPOTHESIS_KEYS) as PlanHypothesis | undefined;
