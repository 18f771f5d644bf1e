/**
 * The month's milestones (day 10, 20 and 25) as the model holds them: the numbers people
 * type for each check, and the coverage multiple the day-10 check asks of the pipeline.
 */

/** The milestones, in the order of the month. */
export const MILESTONE_DAYS = [10, 20, 25] as const;
export type MilestoneDay = (typeof MILESTONE_DAYS)[number];

/**
 * What people type for each check: day 10, the pipeline amount and the KGI's actual to
 * date; day 20, decision-maker meetings held and planned; day 25, deals still open and how
 * many of them have their final agreement (approval and contract date) known.
 */
export const MILESTONE_INPUTS = [
  'pipeline',
  'wonToDate',
  'meetingsHeld',
  'meetingsPlanned',
  'openDeals',
  'agreementsKnown',
] as const;
export type MilestoneInput = (typeof MILESTONE_INPUTS)[number];

/** The day-10 check's default coverage: a pipeline of three times what is left to win. */
export const DEFAULT_COVERAGE = 3;

export interface MilestoneSettings {
  /** The Settings sheet's `milestones.coverage`; unset: `DEFAULT_COVERAGE`. */
  readonly coverage?: number;
  /** The numbers typed on the Milestones sheet for the plan's month, by input. */
  readonly inputs?: Readonly<Partial<Record<MilestoneInput, number>>>;
}
