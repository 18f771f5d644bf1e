/**
 * The team example's review tab for 2026-W50, made by the core from the plan's text and
 * what the workbook already holds (its sheets and names, as a host reads them back): what
 * the member tests of the review tab start from.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import type { IsoDate } from '../../src/core/brand';
import type { Lang } from '../../src/core/i18n';
import type { Cell, DefinedName, SheetSpec, WorkbookSpec } from '../../src/core/layout/spec';
import { loadPlanText } from '../../src/core/model/parsePlan';
import type { SheetData } from '../../src/core/reader/workbookData';
import { reviewSpec, type ReviewSheets } from '../../src/core/review';

const EXAMPLES = join(__dirname, '..', '..', 'examples');
const example = (file: string): string => readFileSync(join(EXAMPLES, file), 'utf8');

/** The team example's plan text in each language. */
export const TEAM_TEXT: Readonly<Record<Lang, string>> = {
  ja: example('team.yaml'),
  en: example('team.en.yaml'),
};
/** The one-person funnel example's plan text. */
export const SOLO_TEXT = example('sales-funnel.yaml');

/** The review of 2026-W50 for the plan in `text`, over the sheets and names given. */
export function reviewW50(
  text: string,
  lang: Lang,
  sheets: readonly SheetData[] = [],
  names: readonly DefinedName[] = [],
): ReviewSheets {
  const loaded = loadPlanText(text, 'yaml');
  if (loaded.model === null) throw new Error('not a plan');
  const result = reviewSpec({
    model: loaded.model,
    problems: loaded.problems,
    data: { sheets: [...sheets], names: [...names] },
    lang,
    week: '2026-W50',
    generatedOn: '2026-12-11' as IsoDate,
  });
  if ('key' in result) throw new Error(result.key);
  return result;
}

/** The review tab of a spec. */
export const reviewTabOf = (spec: WorkbookSpec): SheetSpec =>
  spec.sheets.find((s) => s.key.startsWith('review:')) as SheetSpec;

/** A cell's text, or '' when it holds none. */
export const cellText = (c: Cell | null | undefined): string => (typeof c?.v === 'string' ? c.v : '');
