import * as z from 'zod/mini';
import { _default as withDefault } from 'zod/mini';

/**
 * The plan file, version 1 (DESIGN.md §4), in zod's tree-shakable form (`zod/mini`): the
 * task pane reads every workbook's tree through it, so only the checks used are bundled. Fields are validated one by one so that
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

const limited = z.string().check(z.maxLength(CELL_TEXT_LIMIT));
/** Text people read (names, titles): kept exactly as written, leading spaces and tabs too; not blank. */
const text = z.string().check(
  z.maxLength(CELL_TEXT_LIMIT),
  z.superRefine((s, ctx) => {
    if (s.trim() === '')
      ctx.addIssue({ code: 'too_small', origin: 'string', minimum: 1, inclusive: true, input: s });
  }),
);
const scalar = z.pipe(z.union([limited, z.number()]), z.transform(String));
/** A short label (unit, owner): spaces around it are dropped. */
const optionalText = z.optional(z.pipe(scalar, z.transform((v: string) => v.trim())));
/** Free text (a rationale, a success factor, a note): kept exactly as written; blank is none. */
const freeText = z.optional(z.pipe(scalar, z.transform((v: string) => (v.trim() === '' ? '' : v))));
/** A number a spreadsheet can hold: not NaN, not ±Infinity (`z.number()` refuses both). */
const finite = z.number();

export const HypothesisSchema = z.strictObject({
  id: limited,
  name: text,
  value: finite,
  unit: optionalText,
  rationale: freeText,
  /** The value before the last recalibration, and the day it was replaced (`kpi-tree calibrate --apply`). */
  previous: z.optional(finite),
  updated: z.optional(limited),
  min: z.optional(finite),
  max: z.optional(finite),
});

export const KpiSchema = z.strictObject({
  id: limited,
  level: z.enum(LEVELS),
  name: text,
  parent: z.optional(limited),
  unit: optionalText,
  target: z.optional(finite),
  backcast: z.optional(scalar),
  owner: optionalText,
  deadline: z.optional(limited),
  controllable: z.optional(z.boolean()),
  better: z.optional(z.enum(['higher', 'lower'])),
  baseline: z.optional(finite),
  ksf: freeText,
  notes: freeText,
  round: z.optional(z.enum(['up', 'none'])),
  capacity_per_day: z.optional(z.number().check(z.positive())),
  rationale: freeText,
  aggregate: z.optional(z.enum(AGGREGATES)),
});

export const CalendarSchema = z.strictObject({
  holidays: withDefault(z.enum(['jp', 'none']), 'jp'),
  extra_holidays: withDefault(z.array(limited), []),
});

/**
 * A member of the team: their share of the team's KGI (0.5 = half) or a target of
 * their own, and hypothesis values of their own (blank: the team's). Which of share and
 * target, and whether the shares fit the team's goal, is checked by `buildModel`.
 */
export const MemberSchema = z.strictObject({
  id: limited,
  name: text,
  share: z.optional(finite),
  target: z.optional(finite),
  hypotheses: withDefault(z.record(z.string(), finite), {}),
});

const Severity = z.enum(['off', 'info', 'warning', 'error']);
export const ChecksSchema = z.strictObject({
  rules: withDefault(z.record(z.string(), Severity), {}),
  thresholds: withDefault(z.record(z.string(), finite), {}),
});

export const PlanSchema = z.strictObject({
  version: z.literal(1),
  title: text,
  month: limited,
  lang: z.optional(z.enum(['ja', 'en'])),
  calendar: withDefault(CalendarSchema, { holidays: 'jp', extra_holidays: [] }),
  hypotheses: withDefault(z.array(HypothesisSchema), []),
  kpis: z.array(KpiSchema).check(z.minLength(1)),
  members: withDefault(z.array(MemberSchema), []),
  checks: z.optional(ChecksSchema),
});

/** Every key a plan's mappings may hold, from the schemas above. */
export const PLAN_KEYS: readonly string[] = [
  ...new Set(
    [PlanSchema, CalendarSchema, HypothesisSchema, KpiSchema, MemberSchema, ChecksSchema].flatMap((schema) => Object.keys(schema.shape)),
  ),
];

export type PlanInput = z.input<typeof PlanSchema>;
export type Plan = z.output<typeof PlanSchema>;
export type PlanKpi = z.output<typeof KpiSchema>;
export type PlanHypothesis = z.output<typeof HypothesisSchema>;
export type PlanMember = z.output<typeof MemberSchema>;
