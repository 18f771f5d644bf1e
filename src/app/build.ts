import type { BackcastResult } from '../core/backcast/compute';
import type { IsoDate } from '../core/brand';
import type { Lang } from '../core/i18n';
import type { Problem } from '../core/model/problem';
import type { Model } from '../core/model/types';
import { readWorkbook, type ReadWorkbookResult } from '../core/reader/readWorkbook';
import type { WorkbookData } from '../core/reader/workbookData';
import type { Finding } from '../core/rules';
import { mergeTypedInputs } from '../core/sync/mergeInputs';
import { closeOtherMonths } from '../core/review/closeOtherMonths';
import { rebuildSpec } from '../core/sync/rebuildSpec';
import type { WorkbookSpec } from '../core/layout/spec';
import type { ApplyReport, Decision } from '../hosts/port';
import { notATree } from './analysis';
import type { AppContext, PlanInput, WriteOptions } from './context';
import { OperationError } from './errors';
import { sheetsLanguage } from './language';

/** What a build or a refresh wrote. */
export interface Written {
  readonly report: ApplyReport;
  readonly findings: readonly Finding[];
  /** Warnings of the plan and of the rebuild (a holiday calendar that runs out, a repaired name, …). */
  readonly problems: readonly Problem[];
  readonly backcast: BackcastResult | null;
  /** The language of the workbook's sheets. */
  readonly lang: Lang;
}

export interface BuildOptions extends WriteOptions {
  /** The sheets' language asked for explicitly (the CLI's `--lang`): it wins over the workbook's own. */
  readonly sheetsLang?: Lang;
  /**
   * Build only into a workbook that is new or already holds a KPI tree: a file of someone
   * else's is refused, untouched (the CLI's `build --out` onto an existing file). The pane
   * builds into whatever workbook is open.
   */
  readonly onlyOverATree?: boolean;
}

export type Outcome = Omit<Written, 'report'> | OperationError;

/**
 * Builds the KPI tree from a plan (a plan file, or a template filled in by the Start
 * form): into a workbook without one, or over the tree already there, where the plan
 * decides the tree and what people typed wins for their inputs. A plan with an error is
 * refused and nothing is written.
 */
export async function buildTree(
  ctx: AppContext,
  plan: PlanInput,
  options: BuildOptions = {},
): Promise<Written> {
  return writtenOf(
    await ctx.host.update<Outcome>((data) => {
      const read = readWorkbook(data, ctx.lang);
      if (read.model === null && options.onlyOverATree && data.sheets.length > 0)
        return { spec: null, result: new OperationError(read.problems, read.lang) };
      return decideBuild(ctx, plan, options, read, data);
    }, options.onProgress),
  );
}

/**
 * Regenerates the generated parts from the workbook's own tree (`kpi-tree sync`, the
 * pane's *Run checks*): a typed row gets its formulas, names and formats are repaired,
 * findings and marks are refreshed; everything people typed stays.
 */
export async function refreshWorkbook(ctx: AppContext, options: WriteOptions = {}): Promise<Written> {
  return writtenOf(
    await ctx.host.update<Outcome>((data) => {
      const read = readWorkbook(data, ctx.lang);
      return decideRefresh(read, data, ctx.today());
    }, options.onProgress),
  );
}

/**
 * The sheets a build of `model` writes into a workbook without a tree, in tab order:
 * what the Start view says it will make before anything is written. Empty when the
 * model cannot be built.
 */
export function sheetsOfNewWorkbook(model: Model, lang: Lang): string[] {
  const sheets = sheetsLanguage({ plan: model.lang, person: lang });
  return rebuildSpec(model, [], undefined, sheets).spec?.sheets.map((s) => s.name) ?? [];
}

export function decideBuild(
  ctx: AppContext,
  plan: PlanInput,
  options: BuildOptions,
  read: ReadWorkbookResult,
  data: WorkbookData,
): Decision<Outcome> {
  const hasTree = read.model !== null;
  const model = read.model !== null ? mergeTypedInputs(plan.model, read.model) : plan.model;
  const lang = sheetsLanguage({
    explicit: options.sheetsLang,
    workbook: hasTree ? read.lang : undefined,
    plan: plan.model.lang,
    person: ctx.lang,
  });
  const rebuilt = rebuildSpec(
    model,
    plan.problems ?? [],
    plan.locate,
    lang,
    hasTree ? { read, data } : undefined,
    ctx.today(),
  );
  const closed = withOtherMonthsClosed(rebuilt.spec, data, model.month, lang, ctx.today());
  return {
    spec: closed.spec,
    result: { findings: rebuilt.findings, problems: [...rebuilt.problems, ...closed.problems], backcast: rebuilt.backcast, lang },
  };
}

export function decideRefresh(read: ReadWorkbookResult, data: WorkbookData, today: IsoDate): Decision<Outcome> {
  if (read.model === null) return { spec: null, result: notATree(read.problems, read.lang) };
  const rebuilt = rebuildSpec(read.model, read.problems, read.locate, read.lang, { read, data }, today);
  const closed = withOtherMonthsClosed(rebuilt.spec, data, read.model.month, read.lang, today);
  return {
    spec: closed.spec,
    result: {
      findings: rebuilt.findings,
      problems: [...rebuilt.problems, ...closed.problems],
      backcast: rebuilt.backcast,
      lang: read.lang,
    },
  };
}

export function writtenOf({ result, report }: { result: Outcome; report: ApplyReport | null }): Written {
  if (result instanceof OperationError) throw result;
  if (report === null) throw OperationError.ofErrors(result.problems, result.lang);
  return { ...result, report };
}

/**
 * A rebuild for another month than its review tabs were made for also closes those tabs,
 * with the numbers they show (`closeOtherMonths`), in the same write.
 */
function withOtherMonthsClosed(
  spec: WorkbookSpec | null,
  data: WorkbookData,
  month: string,
  lang: Lang,
  today: IsoDate,
): { spec: WorkbookSpec | null; problems: Problem[] } {
  if (spec === null) return { spec, problems: [] };
  const closing = closeOtherMonths(data, month, lang, today);
  if (closing.spec === null) return { spec, problems: [] };
  return {
    spec: {
      sheets: [...spec.sheets, ...closing.spec.sheets],
      names: [...spec.names, ...closing.spec.names],
      styles: { ...spec.styles, ...closing.spec.styles },
    },
    problems: closing.problems,
  };
}
