import type { BackcastResult } from '../backcast/compute';
import { computeTargets } from '../backcast/targets';
import type { Lang } from '../i18n';
import { layoutCalendarSheet } from '../layout/calendarSheet';
import { layoutContext } from '../layout/context';
import { layoutHypothesesSheet } from '../layout/hypothesesSheet';
import { layoutMemberSheet } from '../layout/memberSheet';
import { tableStyle, type SheetSpec, type StyleKey, type WorkbookSpec } from '../layout/spec';
import { collectStyles } from '../layout/styles';
import { layoutTreeSheet } from '../layout/treeSheet';
import type { NodeLocator } from '../model/locate';
import { hasErrors, type Problem } from '../model/problem';
import type { Model } from '../model/types';
import { layoutMilestonesSheet } from './milestonesSheet';
import { layoutSettingsSheet } from './settingsSheet';

export interface LayoutOptions {
  /** Lay out the member sheet even without members (a workbook that has one keeps it, emptied). */
  readonly memberSheet?: boolean;
}

/** The whole generated workbook: KPI tree, hypotheses, members (when the plan has them), calendar, settings and milestones. */
export function layoutWorkbook(model: Model, backcast: BackcastResult, lang: Lang, options: LayoutOptions = {}): WorkbookSpec {
  const ctx = layoutContext(model, backcast, lang);
  const calendar = layoutCalendarSheet(ctx);
  const members = model.members.length > 0 || options.memberSheet ? layoutMemberSheet(ctx, calendar) : undefined;
  const tree = layoutTreeSheet(ctx, calendar, members);
  const hypotheses = layoutHypothesesSheet(ctx);
  const settings = layoutSettingsSheet(ctx);
  const milestones = layoutMilestonesSheet(ctx);
  const sheets = [tree.sheet, hypotheses.sheet, ...(members ? [members.sheet] : []), calendar.sheet, settings, milestones];
  const keys = new Set<StyleKey>();
  for (const sheet of sheets) addStyleKeys(sheet, keys);
  // One list at its full length (concat), not grown name by name as a spread of some 35,000 would be.
  const names = tree.names.concat(hypotheses.names, members?.names ?? [], calendar.names);
  return { sheets, names, styles: collectStyles(keys) };
}

/** The styles a sheet uses. Indexed loops, and a style repeated along a row or down a column added once: 300,000 cells at 10,000 nodes. */
function addStyleKeys(sheet: SheetSpec, keys: Set<StyleKey>): void {
  const { rows, table } = sheet;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    let last: StyleKey | undefined;
    for (let c = 0; c < row.length; c++) {
      const s = row[c]?.s;
      if (s && s !== last) {
        keys.add(s);
        last = s;
      }
    }
  }
  for (const column of table?.columns ?? []) {
    let last: StyleKey | undefined;
    for (let at = 0; at < (table?.length ?? 0); at++) {
      const s = tableStyle(column, at);
      if (s && s !== last) {
        keys.add(s);
        last = s;
      }
    }
  }
}

/** A model laid out whole: the spec (none when a problem is an error), its targets and every problem. */
export interface WholeWorkbook {
  readonly spec: WorkbookSpec | null;
  readonly backcast: BackcastResult | null;
  readonly problems: Problem[];
}

/**
 * Model → WorkbookSpec, the whole pure pipeline behind `build`, `sync` and the
 * add-in. Returns no spec when a problem is an error: nothing half-right is written.
 */
export function layoutWholeWorkbook(
  model: Model,
  lang: Lang,
  modelProblems: readonly Problem[] = [],
  locate?: NodeLocator,
  options: LayoutOptions = {},
): WholeWorkbook {
  const targets = computeTargets(model, locate);
  const problems = [...modelProblems, ...targets.problems];
  if (hasErrors(problems) || targets.backcast === null) return { spec: null, backcast: targets.backcast, problems };
  return { spec: layoutWorkbook(model, targets.backcast, lang, options), backcast: targets.backcast, problems };
}
