import type { WorkbookAnalysis } from '../core/analyze';
import { monthSeries, type MonthSeries } from '../core/review/monthSeries';

/** The month as a picture: every reviewed node's weeks, and the node shown first. */
export interface MonthChart {
  /** Every KGI, KPI and KDI, in the tree's order. */
  readonly nodes: readonly MonthSeries[];
  /** The node the chart opens on: the KGI (else the first node). */
  readonly initial: string;
}

/**
 * The month's target, actuals and forecast by week, seen from `week`, for the chart of the
 * pane's Review view (read from the workbook the pane has read; nothing is written). Null
 * without a usable plan.
 */
export function monthChart(analysis: WorkbookAnalysis, week: string): MonthChart | null {
  if (analysis.model === null) return null;
  const nodes = monthSeries(analysis.model, analysis.data, week);
  if (nodes === null || nodes.length === 0) return null;
  const kgi = nodes.find((n) => n.level === 'KGI') ?? nodes[0];
  return { nodes, initial: kgi.id };
}
