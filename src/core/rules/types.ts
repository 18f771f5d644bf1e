import type { BackcastResult, NodeTargets } from '../backcast/compute';
import type { IsoDate } from '../brand';
import type { LocalizedText } from '../i18n';
import type { HypothesisField } from '../layout/hypothesesSheet';
import type { MemberField } from '../layout/memberColumns';
import type { NodeField } from '../layout/treeColumns';
import type { KpiNode, Level, Model, NodeIndex } from '../model/types';
import type { ThresholdName } from './thresholds';

/** How much a finding matters. `error` makes `kpi-tree lint` exit 1. */
export type RuleSeverity = 'error' | 'warning' | 'info';
/** A severity as configured: `off` silences the rule. */
export type SeveritySetting = RuleSeverity | 'off';

export const SEVERITY_ORDER: readonly RuleSeverity[] = ['error', 'warning', 'info'];

/** Plan fields of a node that a finding may point at; each is a cell of the tree sheet. */
export type { NodeField };

/** Fields of a hypothesis; each is a cell of the hypotheses sheet. */
export type { HypothesisField };

/** The cell a finding or a fix concerns, before it is turned into an address. */
export type CellTarget =
  | { readonly kind: 'node'; readonly node: string; readonly field: NodeField }
  | { readonly kind: 'hypothesis'; readonly id: string; readonly field: HypothesisField }
  /** A member's cell in the member table. */
  | { readonly kind: 'member'; readonly id: string; readonly field: MemberField };

/** Fields a quick fix may change. */
export type ChangeableField = 'deadline' | 'owner' | 'controllable' | 'level' | 'unit' | 'better';

/**
 * A change to the tree, as data: the CLI applies it to a plan file or a workbook cell,
 * the task pane to the sheet. Small on purpose; add a kind when a fix needs one.
 */
export type TreeChange =
  | { readonly kind: 'set-field'; readonly node: string; readonly field: 'deadline'; readonly value: IsoDate }
  | { readonly kind: 'set-field'; readonly node: string; readonly field: 'controllable'; readonly value: boolean }
  | { readonly kind: 'set-field'; readonly node: string; readonly field: 'level'; readonly value: Level }
  | { readonly kind: 'set-field'; readonly node: string; readonly field: 'owner' | 'unit'; readonly value: string }
  | { readonly kind: 'set-field'; readonly node: string; readonly field: 'better'; readonly value: 'higher' | 'lower' };

export interface Fix {
  readonly description: LocalizedText;
  readonly change: TreeChange;
  /** Only safe fixes are applied by `--fix`; the others need a person's judgement and are suggested. */
  readonly safe: boolean;
  /** The cell the change writes, when there is a workbook. */
  readonly cell?: string;
}

export interface Finding {
  /** The rule id (a contract: `smart-specific`, `tree-cycle`, …). */
  readonly rule: string;
  readonly severity: RuleSeverity;
  /** The node (or hypothesis) id concerned; null for the tree as a whole. */
  readonly node: string | null;
  readonly message: LocalizedText;
  /** Sheet-qualified A1 address of the cell concerned, e.g. `'KPI Tree'!C7`. */
  readonly cell?: string;
  /** Where the finding stands in a plan file, when linting one: `kpis[3].deadline`, line 12. */
  readonly field?: string;
  readonly line?: number;
  readonly fix?: Fix;
}

/** What a rule reports; `lint` adds the configured severity, the cell and the source location. */
export interface RuleHit {
  readonly node: string | null;
  /** The cell concerned. */
  readonly at?: CellTarget;
  readonly message: LocalizedText;
  /** Overrides the rule's default when the rule grades its findings (e.g. error for the KGI). */
  readonly severity?: RuleSeverity;
  readonly fix?: Omit<Fix, 'cell'>;
}

/** Whether a node of the tree is connected to the KGI through its parents (asked of the tree's own ids). */
export interface Connected {
  has(id: string): boolean;
}

/** Everything a rule may look at, computed once per lint. */
export interface RuleContext {
  readonly model: Model;
  /** Null when the month is unusable and nothing could be computed. */
  readonly backcast: BackcastResult | null;
  /** The targets of the node with this id. */
  readonly targetOf: (id: string) => NodeTargets | undefined;
  /** The targets of `model.nodes[at]`: found by its place, without a look-up by id. */
  readonly targetAt: (at: number) => NodeTargets | undefined;
  readonly byId: NodeIndex;
  readonly kgi: KpiNode | undefined;
  /** Nodes connected to the KGI through their parents. */
  readonly connected: Connected;
  /** Nodes (and hypotheses) that already have a structural error: rules do not pile on. */
  readonly broken: ReadonlySet<string>;
  /** The last day of the planned month, or null when the month is unusable. */
  readonly periodEnd: IsoDate | null;
  /** The month's last working day (weekends, holidays and days off excluded): where a deadline goes by default. */
  readonly lastWorkday: IsoDate | null;
  readonly threshold: (name: ThresholdName) => number;
  /** The node's own deadline, else its nearest ancestor's. */
  readonly effectiveDeadline: (id: string) => IsoDate | undefined;
}

export interface Rule {
  readonly id: string;
  readonly defaultSeverity: RuleSeverity;
  /** Set when the rule grades its own findings: the severity of the serious ones (e.g. error on the KGI). */
  readonly graded?: RuleSeverity;
  /** The thresholds the rule reads, for documentation and the settings sheet. */
  readonly thresholds: readonly ThresholdName[];
  readonly check: (ctx: RuleContext) => RuleHit[];
}
