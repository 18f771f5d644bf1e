/**
 * Named thresholds of the checks, with their defaults. A team changes them in the
 * plan's `checks.thresholds` or the workbook's settings; names are a contract.
 */
export const DEFAULT_THRESHOLDS = {
  /** smart-specific: a name shorter than this many characters says too little. */
  min_name_length: 3,
  /** smart-achievable: target ÷ baseline above this needs a stated basis. */
  max_target_ratio: 1.5,
  /** smart-achievable: a rate hypothesis outside [rate_min, rate_max] is implausible, unless it states its own min/max. */
  rate_min: 0.01,
  rate_max: 0.9,
  /** too-many-kpis: more than this many KPIs/KDIs per owner is a warning… */
  max_kpis_per_owner: 5,
  /** …and this many or more is an error. */
  error_kpis_per_owner: 10,
  /** too-many-kpis: more than this many nodes at one level (KPI or KDI) in the whole tree. */
  max_nodes_per_level: 15,
  /** too-many-kpis: more than this many KPIs and KDIs together in the whole tree is a warning… */
  max_kpis_in_tree: 15,
  /** …and this many or more is an error. */
  error_kpis_in_tree: 20,
  /** too-many-children: more children than this under one node. */
  max_children: 7,
  /** tree-too-deep: more levels than this, the KGI being level 1. */
  max_depth: 5,
} as const;

export type ThresholdName = keyof typeof DEFAULT_THRESHOLDS;
export type Thresholds = Readonly<Record<ThresholdName, number>>;

/** What a valid value of each threshold looks like. */
export type ThresholdKind = 'positive' | 'count' | 'rate';
export const THRESHOLD_KIND: Readonly<Record<ThresholdName, ThresholdKind>> = {
  min_name_length: 'count',
  max_target_ratio: 'positive',
  rate_min: 'rate',
  rate_max: 'rate',
  max_kpis_per_owner: 'count',
  error_kpis_per_owner: 'count',
  max_nodes_per_level: 'count',
  max_kpis_in_tree: 'count',
  error_kpis_in_tree: 'count',
  max_children: 'count',
  max_depth: 'count',
};

export const THRESHOLD_NAMES = Object.keys(DEFAULT_THRESHOLDS) as ThresholdName[];

export function isThresholdName(name: string): name is ThresholdName {
  return Object.prototype.hasOwnProperty.call(DEFAULT_THRESHOLDS, name);
}

export function validThreshold(kind: ThresholdKind, value: number): boolean {
  if (!Number.isFinite(value)) return false;
  switch (kind) {
    case 'positive':
      return value > 0;
    case 'count':
      return Number.isInteger(value) && value >= 1;
    case 'rate':
      return value > 0 && value <= 1;
  }
}
