import type { BackcastResult } from '../backcast/compute';
import type { IsoDate } from '../brand';
import type { NodeLocator } from '../model/locate';
import type { Lang } from '../i18n';
import { withChecks } from '../workbook/checksSheet';
import type { WorkbookSpec } from '../layout/spec';
import type { Problem } from '../model/problem';
import type { Model } from '../model/types';
import type { ReadWorkbookResult } from '../reader/readWorkbook';
import type { WorkbookData } from '../reader/workbookData';
import { lintModel, type Finding } from '../rules';
import { placeSheets } from './placeSheets';
import { rebuild } from './rebuild';
import { layoutWholeWorkbook } from '../workbook/layoutWorkbook';
import { withPageSetup } from '../workbook/printSetup';

export interface WorkbookRebuild {
  /** Null when a problem is an error: nothing is written. */
  readonly spec: WorkbookSpec | null;
  readonly problems: Problem[];
  /** The checks' findings, also when nothing can be written (a cycle is a finding, not a crash). */
  readonly findings: Finding[];
  readonly backcast: BackcastResult | null;
}

/**
 * The whole workbook for a model, with its checks: a new one, or a rebuild of an existing
 * workbook in place (people's input kept). The pure half of `build`, `sync` and the
 * add-in's rebuild; the host only applies the spec. Every sheet gets its page setup, with
 * `generatedOn` (the day of the build) in the footer.
 */
export function rebuildSpec(
  model: Model,
  problems: readonly Problem[],
  locate: NodeLocator | undefined,
  lang: Lang,
  existing?: { readonly read: ReadWorkbookResult; readonly data: WorkbookData },
  generatedOn?: IsoDate,
): WorkbookRebuild {
  // A workbook with a member sheet keeps it, even when its last member has gone.
  const whole = layoutWholeWorkbook(model, lang, problems, locate, { memberSheet: existing?.read.members != null });
  const findings = lintModel(model, { backcast: whole.backcast, problems: whole.problems, lang });
  const { backcast } = whole;
  if (whole.spec === null) return { spec: null, problems: whole.problems, findings, backcast };
  // Checks are marked after the rebuild: findings point at the rows and sheets as they will stand.
  const laidOut = existing ? rebuild(whole.spec, existing.read, existing.data).spec : whole.spec;
  const placed = placeSheets(laidOut, existing);
  // The Checks sheet is placed once it exists; the other sheets keep the names they got.
  const checked = placeSheets(withChecks(placed.spec, findings, lang), existing);
  const spec = withPageSetup(checked.spec, { lang, title: model.title, month: model.month, generatedOn });
  return { spec, problems: [...whole.problems, ...placed.problems, ...checked.problems], findings, backcast };
}
