import type { BackcastResult } from './backcast/compute';
import type { Lang } from './i18n';
import type { Problem } from './model/problem';
import type { Model } from './model/types';
import { computeTargets } from './backcast/targets';
import { readWorkbook, type ReadWorkbookResult } from './reader/readWorkbook';
import type { WorkbookData } from './reader/workbookData';
import { lintModel, type Finding } from './rules';

/** What the task pane shows of a workbook: its tree read back, the targets and the findings. */
export interface WorkbookAnalysis {
  readonly data: WorkbookData;
  readonly read: ReadWorkbookResult;
  /** Null when the workbook holds no KPI tree (yet): the pane offers to start one. */
  readonly model: Model | null;
  readonly backcast: BackcastResult | null;
  readonly findings: readonly Finding[];
  /** Reading and computing problems (each located at its cell). */
  readonly problems: readonly Problem[];
}

/** Reads a workbook's data the way `kpi-tree lint FILE.xlsx` does: the same findings, the same cells. */
export function analyzeWorkbook(data: WorkbookData, lang: Lang): WorkbookAnalysis {
  const read = readWorkbook(data, lang);
  if (read.model === null) return { data, read, model: null, backcast: null, findings: [], problems: read.problems };
  const targets = computeTargets(read.model, read.locate);
  const problems = [...read.problems, ...targets.problems];
  const findings = lintModel(read.model, { backcast: targets.backcast, problems, locate: read.locate, lang: read.lang });
  return { data, read, model: read.model, backcast: targets.backcast, findings, problems };
}
