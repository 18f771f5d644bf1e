import { z } from 'zod';

/**
 * The plan file, version 1 (DESIGN.md §4). Fields are validated one by one so that
 * every problem can be reported with its path; structure (parents, cycles, names in
 * expressions) is checked afterwards by `buildModel`, which needs the whole plan.
 */
export const LEVELS = ['KGI', 'KPI', 'KDI', 'KCI'] as const;
export type Level = (typeof LEVELS)[number];

const text = z.string().trim().min(1);
const optionalText = z
  .union([z.string(), z.number()])
  .transform((v) => String(v).trim())
  .optional();
const finite = z.number().finite();

export const HypothesisSchema = z.strictObject({
  id: z.string(),
  name: text,
  value: finite,
  unit: optionalText,
  rationale: optionalText,
  min: finite.optional(),
  max: finite.optional(),
});

export const KpiSchema = z.strictObject({
  id: z.string(),
  level: z.enum(LEVELS),
  name: text,
  parent: z.string().optional(),
  unit: optionalText,
  target: finite.optional(),
  backcast: z.union([z.string(), z.number()]).transform(String).optional(),
  owner: optionalText,
  deadline: z.string().optional(),
  controllable: z.boolean().optional(),
  better: z.enum(['higher', 'lower']).optional(),
  baseline: finite.optional(),
  ksf: optionalText,
  notes: optionalText,
  round: z.enum(['up', 'none']).optional(),
  capacity_per_day: finite.positive().optional(),
});

export const CalendarSchema = z.strictObject({
  holidays: z.enum(['jp', 'none']).default('jp'),
  extra_holidays: z.array(z.string()).default([]),
});

const Severity = z.enum(['off', 'info', 'warning', 'error']);
export const ChecksSchema = z.strictObject({
  rules: z.record(z.string(), Severity).default({}),
  thresholds: z.record(z.string(), finite).default({}),
});

export const PlanSchema = z.strictObject({
  version: z.literal(1),
  title: text,
  month: z.string(),
  lang: z.enum(['ja', 'en']).optional(),
  calendar: CalendarSchema.default({ holidays: 'jp', extra_holidays: [] }),
  hypotheses: z.array(HypothesisSchema).default([]),
  kpis: z.array(KpiSchema).min(1),
  checks: ChecksSchema.optional(),
});

export type PlanInput = z.input<typeof PlanSchema>;
export type Plan = z.output<typeof PlanSchema>;
export type PlanKpi = z.output<typeof KpiSchema>;
export type PlanHypothesis = z.output<typeof HypothesisSchema>;
