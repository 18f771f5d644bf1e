import type { HypothesisId, IsoDate, IsoMonth, KpiId, MemberId } from '../brand';
import type { Formula } from '../formula/ast';
import type { Lang } from '../i18n';
import type { MilestoneSettings } from './milestones';
import type { Aggregate, Level } from './planSchema';
import type { UnitKind } from './units';

export type { Aggregate, Level } from './planSchema';

export interface Hypothesis {
  readonly id: HypothesisId;
  readonly name: string;
  readonly value: number;
  readonly unit?: string;
  readonly rationale?: string;
  /** The value before the last recalibration, and the day (YYYY-MM-DD) it was replaced. */
  readonly previous?: number;
  readonly updated?: string;
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
  /** The monthly target as typed: the KGI's, or a measured KCI's (a KCI with a target and no backcast). */
  readonly target?: number;
  readonly backcast?: Backcast;
  readonly owner?: string;
  readonly deadline?: IsoDate;
  readonly controllable?: boolean;
  /**
   * `lower` for a cap (churn, cost, lost deals: achieved at or under the target), as the
   * plan or the tree sheet says; unset follows the parent (`model/direction.ts`).
   */
  readonly better?: 'higher' | 'lower';
  readonly baseline?: number;
  readonly ksf?: string;
  readonly notes?: string;
  /** Counts round up at each level; currency and rates are never rounded. */
  readonly round: 'up' | 'none';
  readonly capacityPerDay?: number;
  /** The basis of the target, in the person's words (why this number is achievable). */
  readonly rationale?: string;
  /**
   * How the node adds up over the weeks and days: a sum is split across them; an average
   * (a rate, a unit price) holds for each. The override when one is written, else inferred.
   */
  readonly aggregate: Aggregate;
  /** The aggregate as written in the plan or the tree sheet; absent when it is inferred from unit and name. */
  readonly aggregateOverride?: Aggregate;
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
  /**
   * The review's outlook thresholds (the Settings sheet's `review.on_track` and
   * `review.at_risk`): the forecast's share of the month's target from which a node is on
   * track, or at risk. Unset: 100 % and 90 %.
   */
  readonly outlook?: { readonly onTrack?: number; readonly atRisk?: number };
  /**
   * When an observed rate is trusted enough to replace its hypothesis (the Settings sheet's
   * `calibrate.min_sample` and `calibrate.max_width`). Unset: 30 and 0.3.
   */
  readonly calibration?: { readonly minSample?: number; readonly maxWidth?: number };
  /** The day 10/20/25 milestones: the coverage multiple and the numbers typed for the month. */
  readonly milestones?: MilestoneSettings;
}

/** The nodes by id (a repeated id, in a damaged workbook read back, gives its last node). */
export interface NodeIndex {
  get(id: string): KpiNode | undefined;
  has(id: string): boolean;
}

/**
 * Each node list's index by id, made once: the stages of a build (targets, layout, checks)
 * share it. It reads the nodes' places (`nodePlace`), so a tree holds one map of its ids.
 */
export function nodeById(model: Pick<Model, 'nodes'>): NodeIndex {
  let byId = BY_ID.get(model.nodes);
  if (byId === undefined) {
    const { nodes } = model;
    const place = nodePlace(model);
    byId = {
      get: (id) => {
        const at = place.get(id);
        return at === undefined ? undefined : nodes[at];
      },
      has: (id) => place.has(id),
    };
    BY_ID.set(nodes, byId);
  }
  return byId;
}
const BY_ID = new WeakMap<readonly KpiNode[], NodeIndex>();

/** Each node's place in `model.nodes` by id, made once per node list, like `nodeById`. */
export function nodePlace(model: Pick<Model, 'nodes'>): ReadonlyMap<string, number> {
  let places = PLACES.get(model.nodes);
  if (places === undefined) PLACES.set(model.nodes, (places = new Map(model.nodes.map((n, i) => [n.id as string, i]))));
  return places;
}
const PLACES = new WeakMap<readonly KpiNode[], ReadonlyMap<string, number>>();

/**
 * Each hypothesis's place in `model.hypotheses` by id (the first, should an id repeat),
 * made once per list, like `nodePlace`: the targets, the readable backcasts and the checks
 * share it.
 */
export function hypothesisPlace(model: Pick<Model, 'hypotheses'>): ReadonlyMap<string, number> {
  let places = HYPOTHESIS_PLACES.get(model.hypotheses);
  if (places === undefined) {
    const made = new Map<string, number>();
    model.hypotheses.forEach((h, i) => made.has(h.id) || made.set(h.id, i));
    HYPOTHESIS_PLACES.set(model.hypotheses, (places = made));
  }
  return places;
}
const HYPOTHESIS_PLACES = new WeakMap<readonly Hypothesis[], ReadonlyMap<string, number>>();

/** A hypothesis by its id, found through `hypothesisPlace`; undefined for any other name. */
export type HypothesisLookup = (id: string) => Hypothesis | undefined;

export function hypothesisById(model: Pick<Model, 'hypotheses'>): HypothesisLookup {
  const place = hypothesisPlace(model);
  return (id) => {
    const at = place.get(id);
    return at === undefined ? undefined : model.hypotheses[at];
  };
}

export function kgiOf(model: Model): KpiNode | undefined {
  return model.nodes.find((n) => n.level === 'KGI');
}

/**
 * Whether a node's monthly target is typed rather than backcast: the KGI's always, and a
 * measured KCI's (one with a target and no backcast).
 */
export function hasTypedTarget(node: KpiNode): boolean {
  return (
    node.level === 'KGI' || (node.level === 'KCI' && node.backcast === undefined && node.target !== undefined)
  );
}
