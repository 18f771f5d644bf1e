import { z } from 'zod';

/**
 * The plan file, version 1 (DESIGN.md §4). Fields are validated one by one so that
 * every problem can be reported with its path; structure (parents, cycles, names in
 * expressions) is checked afterwards by `buildModel`, which needs the whole plan.
 */
export const LEVELS = ['KGI', 'KPI', 'KDI', 'KCI'] as const;
export type Level = (typeof LEVELS)[number];

/**
 * How a node's value adds up over time: a sum (calls, contracts, revenue) is split across
 * the weeks and days; an average (a rate, a unit price) holds for each of them.
 */
export const AGGREGATES = ['sum', 'average'] as const;
export type Aggregate = (typeof AGGREGATES)[number];

/** A spreadsheet cell holds at most this many characters: longer text would be cut, so it is refused. */
export const CELL_TEXT_LIMIT = 32767;

const limited = z.string().max(CELL_TEXT_LIMIT);
/** Text people read (names, titles): kept exactly as written, leading spaces and tabs too; not blank. */
const text = limited.superRefine((s, ctx) => {
  if (s.trim() === '')
    ctx.addIssue({ code: 'too_small', origin: 'string', minimum: 1, inclusive: true, input: s });
});
const scalar = z.union([limited, z.number()]).transform(String);
/** A short label (unit, owner): spaces around it are dropped. */
const optionalText = scalar.transform((v) => v.trim()).optional();
/** Free text (a rationale, a success factor, a note): kept exactly as written; blank is none. */
const freeText = scalar.transform((v) => (v.trim() === '' ? '' : v)).optional();
const finite = z.number().finite();

export const HypothesisSchema = z.strictObject({
  id: limited,
  name: text,
  value: finite,
  unit: optionalText,
  rationale: freeText,
  /** The value before the last recalibration, and the day it was replaced (`kpi-tree calibrate --apply`). */
  previous: finite.optional(),
  updated: limited.optional(),
  min: finite.optional(),
  max: finite.optional(),
});

export const KpiSchema = z.strictObject({
  id: limited,
  level: z.enum(LEVELS),
  name: text,
  parent: limited.optional(),
  unit: optionalText,
  target: finite.optional(),
  backcast: scalar.optional(),
  owner: optionalText,
  deadline: limited.optional(),
  controllable: z.boolean().optional(),
  better: z.enum(['higher', 'lower']).optional(),
  baseline: finite.optional(),
  ksf: freeText,
  notes: freeText,
  round: z.enum(['up', 'none']).optional(),
  capacity_per_day: finite.positive().optional(),
  rationale: freeText,
  aggregate: z.enum(AGGREGATES).optional(),
});

export const CalendarSchema = z.strictObject({
  holidays: z.enum(['jp', 'none']).default('jp'),
  extra_holidays: z.array(limited).default([]),
});

/**
 * A member of the team: their share of the team's KGI (0.5 = half) or a target of
 * their own, and hypothesis values of their own (blank: the team's). Which of share and
 * target, and whether the shares fit the team's goal, is checked by `buildModel`.
 */
export const MemberSchema = z.strictObject({
  id: limited,
  name: text,
  share: finite.optional(),
  target: finite.optional(),
  hypotheses: z.record(z.string(), finite).default({}),
});

const Severity = z.enum(['off', 'info', 'warning', 'error']);
export const ChecksSchema = z.strictObject({
  rules: z.record(z.string(), Severity).default({}),
  thresholds: z.record(z.string(), finite).default({}),
});

export const PlanSchema = z.strictObject({
  version: z.literal(1),
  title: text,
  month: limited,
  lang: z.enum(['ja', 'en']).optional(),
  calendar: CalendarSchema.default({ holidays: 'jp', extra_holidays: [] }),
  hypotheses: z.array(HypothesisSchema).default([]),
  kpis: z.array(KpiSchema).min(1),
  members: z.array(MemberSchema).default([]),
  checks: ChecksSchema.optional(),
});

export type PlanInput = z.input<typeof PlanSchema>;
export type Plan = z.output<typeof PlanSchema>;
export type PlanKpi = z.output<typeof KpiSchema>;
export type PlanHypothesis = z.output<typeof HypothesisSchema>;
export type PlanMember = z.output<typeof MemberSchema>;
