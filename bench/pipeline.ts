/**
 * The pure work behind a build and a review, as the CLI and the add-in do it: plan or
 * workbook data in, the WorkbookSpec the command writes out, with the stages of a build
 * timed one by one. Nothing here touches a host.
 */
import type { IsoDate } from '../src/core/brand';
import type { Lang } from '../src/core/i18n';
import { withChecks } from '../src/core/workbook/checksSheet';
import type { WorkbookSpec } from '../src/core/layout/spec';
import { loadPlanText } from '../src/core/model/parsePlan';
import type { Model } from '../src/core/model/types';
import { readWorkbook, type ReadWorkbookResult } from '../src/core/reader/readWorkbook';
import type { WorkbookData } from '../src/core/reader/workbookData';
import { oneOnOneSpec as coreOneOnOneSpec } from '../src/core/review/oneOnOneSpec';
import { reviewSpec as coreReviewSpec } from '../src/core/review/reviewSpec';
import { lintModel } from '../src/core/rules';
import { layoutWholeWorkbook } from '../src/core/workbook/layoutWorkbook';

/** The steps of `buildSpec`, in order, for a breakdown of where the time goes. */
export const BUILD_STAGES = ['parse', 'targets+layout', 'checks', 'checks sheet'] as const;
export type BuildStage = (typeof BUILD_STAGES)[number];

/** Reached the end of a stage: the caller reads its clock. */
export type Lap = (stage: BuildStage) => void;

export class BenchInputError extends Error {
  override readonly name = 'BenchInputError';
}

/**
 * `build`: plan text (YAML) → parse and validate → targets (backcast, calendar) and layout
 * → checks → the Checks sheet and row marks. The whole core pipeline of a new workbook.
 */
export function buildSpec(planText: string, lang: Lang, lap: Lap = () => undefined): WorkbookSpec {
  const loaded = loadPlanText(planText, 'yaml');
  lap('parse');
  if (loaded.model === null)
    throw new BenchInputError(`plan did not load: ${JSON.stringify(loaded.problems)}`);
  const whole = layoutWholeWorkbook(loaded.model, lang, loaded.problems, loaded.locateNode);
  lap('targets+layout');
  if (whole.spec === null) throw new BenchInputError(`plan has errors: ${JSON.stringify(whole.problems)}`);
  const findings = lintModel(loaded.model, { backcast: whole.backcast, problems: whole.problems, lang });
  lap('checks');
  const spec = withChecks(whole.spec, findings, lang);
  lap('checks sheet');
  return spec;
}

function readBack(data: WorkbookData, lang: Lang): ReadWorkbookResult & { model: Model } {
  const read = readWorkbook(data, lang);
  if (read.model === null)
    throw new BenchInputError(`workbook did not read back: ${JSON.stringify(read.problems)}`);
  return { ...read, model: read.model };
}

export interface ReviewRequest {
  readonly week: string;
  readonly generatedOn: IsoDate;
  /** The plan to review against; default the workbook's own tree. */
  readonly model?: Model;
}

/** `review`: the week's review tab and the history sheet, from the workbook's tree and tabs. */
export function reviewSpec(data: WorkbookData, lang: Lang, request: ReviewRequest): WorkbookSpec {
  const model = request.model ?? readBack(data, lang).model;
  const review = coreReviewSpec({ model, data, lang, week: request.week, generatedOn: request.generatedOn });
  if ('key' in review) throw new BenchInputError(`review of ${request.week} refused: ${review.key}`);
  return review.spec;
}

export interface OneOnOneRequest extends ReviewRequest {
  /** The member: their id or name. */
  readonly member: string;
}

/** `oneonone`: a member's 1on1 tab for a week, from the workbook's tree and tabs. */
export function oneOnOneSpec(data: WorkbookData, lang: Lang, request: OneOnOneRequest): WorkbookSpec {
  const model = request.model ?? readBack(data, lang).model;
  const made = coreOneOnOneSpec({ model, data, lang, member: request.member, week: request.week, generatedOn: request.generatedOn });
  if ('key' in made) throw new BenchInputError(`1on1 of ${request.member} in ${request.week} refused: ${made.key}`);
  return made.spec;
}
