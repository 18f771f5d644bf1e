import type { IsoDate } from '../brand';
import type { MonthCalendar } from '../calendar';
import { addDays, firstOfMonth } from '../calendar/date';
import {
  DEFAULT_COVERAGE,
  MILESTONE_DAYS,
  type MilestoneDay,
  type MilestoneInput,
  type MilestoneSettings,
} from '../model/milestones';

/** One milestone of the month: its day, the date it falls on, and the inputs its check reads. */
export interface Milestone {
  readonly day: MilestoneDay;
  /** The day itself, or the working day before it when it is a weekend or a holiday. */
  readonly date: IsoDate;
  readonly inputs: readonly MilestoneInput[];
}

export type MilestoneStatus = 'met' | 'notMet' | 'notEntered';

const INPUTS_OF: Readonly<Record<MilestoneDay, readonly MilestoneInput[]>> = {
  10: ['pipeline', 'wonToDate'],
  20: ['meetingsHeld', 'meetingsPlanned'],
  25: ['openDeals', 'agreementsKnown'],
};

/**
 * The month's 10th, 20th and 25th, each moved to the working day on or before it (the
 * calendar's holidays and weekends counted); a day with no working day on or before it in
 * the month stays where it is.
 */
export function milestonesOf(calendar: MonthCalendar): Milestone[] {
  const working = new Set<string>(calendar.workingDates);
  const first = firstOfMonth(calendar.month);
  return MILESTONE_DAYS.map((day) => {
    const nominal = addDays(first, day - 1);
    let date = nominal;
    while (!working.has(date) && date > first) date = addDays(date, -1);
    return { day, date: working.has(date) ? date : nominal, inputs: INPUTS_OF[day] };
  });
}

export function coverageOf(settings: MilestoneSettings | undefined): number {
  return settings?.coverage ?? DEFAULT_COVERAGE;
}

/** The pipeline the day-10 check asks for: the coverage multiple of the KGI left to win (never below zero). */
export function requiredPipeline(kgiTarget: number, wonToDate: number | undefined, coverage: number): number {
  return coverage * Math.max(0, kgiTarget - (wonToDate ?? 0));
}

/**
 * A milestone's status from the numbers typed, as its formula on the sheet judges it: not
 * entered until its main inputs are there; day 10 met when the pipeline reaches what is
 * required; day 20 when the meetings held reach those planned; day 25 when every open deal
 * has its final agreement known.
 */
export function milestoneStatus(
  day: MilestoneDay,
  settings: MilestoneSettings | undefined,
  kgiTarget: number | null,
): MilestoneStatus {
  const v = settings?.inputs ?? {};
  switch (day) {
    case 10:
      if (v.pipeline === undefined) return 'notEntered';
      return v.pipeline >= requiredPipeline(kgiTarget ?? 0, v.wonToDate, coverageOf(settings))
        ? 'met'
        : 'notMet';
    case 20:
      if (v.meetingsHeld === undefined || v.meetingsPlanned === undefined) return 'notEntered';
      return v.meetingsHeld >= v.meetingsPlanned ? 'met' : 'notMet';
    case 25:
      if (v.openDeals === undefined || v.agreementsKnown === undefined) return 'notEntered';
      return v.agreementsKnown >= v.openDeals ? 'met' : 'notMet';
  }
}
