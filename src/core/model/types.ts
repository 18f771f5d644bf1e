import type { HypothesisId, IsoDate, IsoMonth, KpiId, MemberId } from '../brand';
import type { Formula } from '../formula/ast';
import type { Lang } from '../i18n';
import type { Level } from './planSchema';
import type { UnitKind } from './units';

export type { Level } from './planSchema';

export interface Hypothesis {
  readonly id: HypothesisId;
  readonly name: string;
  readonly value: number;
  readonly unit?: string;
  readonly rationale?: string;
  readonly min?: number;
  readonly max?: number;
}

/**
 * A member of the team. Their KGI is `share` × the team's KGI, or `target` (exactly one
 * is set); every target below follows from it through the tree, with their own
 * hypothesis values where they have them.
 */
export interface Member {
  readonly id: MemberId;
  readonly name: string;
  readonly share?: number;
  readonly target?: number;
  /** The member's own hypothesis values, by hypothesis id; the team's value where absent. */
  readonly hypotheses: Readonly<Record<string, number>>;
}

export interface Backcast {
  /** The expression as the user wrote it. */
  readonly source: string;
  /** Its AST, or null when it does not parse (a problem is reported). */
  readonly expr: Formula | null;
}

export interface KpiNode {
  readonly id: KpiId;
  readonly level: Level;
  readonly name: string;
  /** The parent's id; null for the KGI and for nodes whose parent is missing. */
  readonly parent: KpiId | null;
  readonly unit?: string;
  readonly unitKind: UnitKind;
  /** The KGI's monthly target (a literal). */
  readonly target?: number;
  readonly backcast?: Backcast;
  readonly owner?: string;
  readonly deadline?: IsoDate;
  readonly controllable?: boolean;
  readonly baseline?: number;
  readonly ksf?: string;
  readonly notes?: string;
  /** Counts round up at each level; currency and rates are never rounded. */
  readonly round: 'up' | 'none';
  readonly capacityPerDay?: number;
  /** 0 for the KGI; nodes cut off from the KGI keep the depth of their own chain. */
  readonly depth: number;
  readonly children: readonly KpiId[];
}

export interface CalendarOptions {
  readonly holidays: 'jp' | 'none';
  readonly extraHolidays: readonly IsoDate[];
  /**
   * The holiday list exactly as it stands on a workbook's Calendar sheet, names and
   * order kept. When present it is the whole truth: people may add company days off
   * and remove a national holiday the team works on.
   */
  readonly list?: readonly { readonly date: IsoDate; readonly name: string }[];
}

/**
 * Checks settings as written: the plan's `checks:` block (typed by its schema) or the
 * workbook's Settings sheet (text people typed). `resolveConfig` validates them and
 * reports what it cannot use, with its cell.
 */
export interface ChecksConfig {
  readonly rules: Readonly<Record<string, string>>;
  readonly thresholds: Readonly<Record<string, number | string>>;
}

/** The KPI tree with its hypotheses and calendar: what a plan or a workbook says. */
export interface Model {
  readonly title: string;
  readonly month: IsoMonth;
  readonly lang?: Lang;
  readonly calendar: CalendarOptions;
  readonly hypotheses: readonly Hypothesis[];
  /** Depth-first from the KGI, children in the order written; unreachable nodes last. */
  readonly nodes: readonly KpiNode[];
  /** The team's members, in the order written; empty for a plan of the team as a whole. */
  readonly members: readonly Member[];
  readonly checks: ChecksConfig;
}

export function nodeById(model: Model): ReadonlyMap<string, KpiNode> {
  return new Map(model.nodes.map((n) => [n.id as string, n]));
}

export function kgiOf(model: Model): KpiNode | undefined {
  return model.nodes.find((n) => n.level === 'KGI');
}
