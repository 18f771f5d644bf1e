import type { IsoDate, IsoMonth, IsoWeekLabel } from '../brand';
import type { Direction } from '../model/direction';
import type { Level } from '../model/types';

/** The cause the review names: 量 quantity, 質 quality, 設計 design. */
export type Cause = 'quantity' | 'quality' | 'design';

export type Status = 'achieved' | 'close' | 'missed';

/** Thresholds of the status column: achievement ≥ 100 % achieved, ≥ 80 % close, else missed. */
export const ACHIEVED = 1;
export const CLOSE = 0.8;

/** One KGI/KPI/KDI row of a review tab. */
export interface ReviewRow {
  readonly id: string;
  readonly name: string;
  readonly level: Level;
  readonly owner: string;
  /** Whether the node is a rate or yield (close rate, conversion): a miss with activity on target means quality. */
  readonly isRate: boolean;
  /**
   * Whether the node's weeks add up to its month (counts, amounts). A rate does not: its
   * target is the same rate every week, and its month-to-date actual is an average.
   */
  readonly additive: boolean;
  /** Excel number format of the node's values. */
  readonly numFmt: string;
  /** The node's unit as the plan writes it (件, 円), named in the diagnosis hint. */
  readonly unit?: string;
  /** Ids of the child nodes that are rows of the review too (KCI children are qualitative and left out). */
  readonly children: readonly string[];
  /** `lower` for a cap: achieved at or under its target. */
  readonly better: Direction;
  /** Whether the node's targets are whole numbers rounded up (counts): next week's target is too (down, for a cap). */
  readonly roundUp: boolean;
  /** This week's target as the core computes it; null when the week is not a week of the plan. */
  readonly weeklyTarget: number | null;
  /** The month's target (a rate: the rate); null outside the plan. */
  readonly monthlyTarget: number | null;
  /** To-date target: the plan's weeks of the month through this one (a rate: the rate); null outside the plan. */
  readonly mtdTarget: number | null;
}

export type ActionStatus = 'notStarted' | 'inProgress' | 'done';

/** One row of the action table. Texts are what people typed, kept as they typed them. */
export interface ReviewAction {
  readonly issue?: string;
  readonly action?: string;
  readonly owner?: string;
  readonly due?: IsoDate;
  /** The status as typed (either language); `actionStatus` interprets it. */
  readonly status?: string;
  /** The week the action was first raised. */
  readonly fromWeek?: string;
}

/** The week a review is for, placed against the plan's month. */
export interface ReviewWeek {
  readonly label: IsoWeekLabel;
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** Working days Monday–Sunday (within the plan month for a week of the plan). */
  readonly workdays: number;
  /** The month the week belongs to (the plan month for a week of the plan). */
  readonly month: IsoMonth;
  /** Position in the plan's weeks (WEEKS), or -1 for a week of an adjacent month. */
  readonly index: number;
}

/** What people typed into an existing review tab, by node id. */
export interface TypedEntries {
  readonly actual?: number | string;
  /** The answers to the three questions, then the cause of a miss (時間 / スキル / 環境). */
  readonly answers: readonly (string | undefined)[];
  /** A formula people wrote in the actual cell, kept as written. */
  readonly actualFormula?: string;
}
