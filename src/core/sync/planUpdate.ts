import type { BackcastResult, NodeLocator } from '../backcast/compute';
import type { Lang } from '../i18n';
import { withChecks } from '../layout/checksSheet';
import type { WorkbookSpec } from '../layout/spec';
import type { Problem } from '../model/problem';
import type { Model } from '../model/types';
import { planWorkbook } from '../plan';
import type { ReadWorkbookResult } from '../reader/readWorkbook';
import type { WorkbookData } from '../reader/workbookData';
import { lintModel, type Finding } from '../rules';
import { rebuildInPlace } from './rebuild';

export interface PlannedUpdate {
  /** Null when a problem is an error: nothing half-right is written. */
  readonly spec: WorkbookSpec | null;
  readonly problems: Problem[];
  readonly findings: Finding[];
  readonly backcast: BackcastResult | null;
}

/**
 * What `build`, `sync` and the add-in's Build and Run checks write: the laid-out
 * workbook, rebuilt in place over an existing one (keeping everything people typed), with
 * the Checks sheet and the row marks of its findings.
 */
export function planUpdate(
  model: Model,
  problems: readonly Problem[],
  locate: NodeLocator | undefined,
  lang: Lang,
  existing?: { readonly read: ReadWorkbookResult; readonly data: WorkbookData },
): PlannedUpdate {
  const planned = planWorkbook(model, lang, problems, locate);
  const findings = lintModel(model, { backcast: planned.backcast, problems: planned.problems, lang });
  if (planned.spec === null) return { spec: null, problems: planned.problems, findings, backcast: planned.backcast };
  // Checks are marked after the rebuild: findings point at the rows as they will stand.
  const laidOut = existing ? rebuildInPlace(planned.spec, existing.read, existing.data) : planned.spec;
  return { spec: withChecks(laidOut, findings, lang), problems: planned.problems, findings, backcast: planned.backcast };
}
