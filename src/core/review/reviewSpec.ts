import type { IsoDate } from '../brand';
import { LANGS, t, type Lang, type LocalizedText } from '../i18n';
import { layoutHistorySheet } from '../layout/historySheet';
import { layoutReviewSheet } from './layoutTab';
import type { SheetSpec, StyleKey, WorkbookSpec } from '../layout/spec';
import { collectStyles } from '../layout/styles';
import type { NodeLocator } from '../model/locate';
import type { Problem } from '../model/problem';
import type { Model } from '../model/types';
import { computeTargets } from '../backcast/targets';
import type { WorkbookData } from '../reader/workbookData';
import { carryOver, completionRate } from './actions';
import { findReviewTabs, readReviewTab } from './readTab';
import { refreshTab } from './refresh';
import { reviewRows } from './rows';
import { isReviewWeek, jpHolidaysApply, resolveReviewWeek } from './week';
import { reviewSheetName } from '../layout/reviewColumns';
import { withPageSetup } from '../workbook/printSetup';

export interface ReviewSpecInput {
  readonly model: Model;
  /** What reading the workbook found; an error among them (a damaged tree) stops the review. */
  readonly problems?: readonly Problem[];
  /** Locates the model's fields in the workbook, so target problems name their cells. */
  readonly locate?: NodeLocator;
  readonly data: WorkbookData;
  readonly lang: Lang;
  readonly week: string;
  readonly generatedOn: IsoDate;
}

export interface ReviewSheets {
  /** The review tab and the history sheet, nothing else: other sheets are left as they are. */
  readonly spec: WorkbookSpec;
  readonly sheetName: string;
  /** True when the week already had a tab, which is refreshed in place. */
  readonly existed: boolean;
}

/**
 * The errors that keep a review from being made: a tree read back damaged (a cycle, an
 * unknown name, a blank name…) would give targets that are not the team's. The same
 * errors `build` and `sync` refuse.
 */
export function reviewBlockers(model: Model, problems: readonly Problem[], locate?: NodeLocator): Problem[] {
  return errorsOf([...problems, ...computeTargets(model, locate).problems]);
}

function errorsOf(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => p.severity === 'error');
}

/** The one-line reason a damaged tree gets no review, naming the first cell to fix. */
export function damagedTree(blockers: readonly Problem[]): LocalizedText {
  const first = blockers[0];
  return { key: 'review.damagedTree', params: { count: blockers.length, where: first?.cell ?? first?.field ?? '-', problem: first ? first.message : '-' } };
}

/** The whole pure review pipeline behind `kpi-tree review` and the add-in's review generator. */
export function reviewSpec(input: ReviewSpecInput): ReviewSheets | LocalizedText {
  const { model, data, lang } = input;
  const targets = computeTargets(model, input.locate);
  if (targets.calendar === null || targets.backcast === null) return { key: 'review.noPlan' };
  const blockers = errorsOf([...(input.problems ?? []), ...targets.problems]);
  if (blockers.length > 0) return damagedTree(blockers);
  const week = resolveReviewWeek(input.week, targets.calendar, jpHolidaysApply(model));
  if (!isReviewWeek(week)) return week;

  const sheetOf = (name: string) => data.sheets.find((s) => s.name === name);
  const tabs = findReviewTabs(data);
  const existing = tabs.find((tab) => tab.week === week.label);
  const sheetName = existing?.sheet ?? reviewSheetName(lang, week.label);
  const own = existing ? readReviewTab(sheetOf(existing.sheet) ?? { name: existing.sheet, rows: [] }) : undefined;
  const previousTab = tabs.filter((tab) => tab.week < week.label).pop();
  const previous = previousTab ? readReviewTab(sheetOf(previousTab.sheet) ?? { name: previousTab.sheet, rows: [] }) : undefined;
  const carried = previous && previousTab ? carryOver(previous.actions, previousTab.week) : [];
  const planWeeks = new Set<string>(targets.calendar.weeks.map((w) => w.label));
  const earlierTabs = (week.index >= 0 ? tabs.filter((tab) => tab.week < week.label && planWeeks.has(tab.week)) : []).map((tab) => ({
    sheet: tab.sheet,
    week: tab.week,
    nodeRows: readReviewTab(sheetOf(tab.sheet) ?? { name: tab.sheet, rows: [] }).ids.length,
  }));
  const treeRows = reviewRows(model, targets.backcast, week, earlierTabs.map((tab) => tab.week));
  const { rows, actions, own: ownCells } = refreshTab(treeRows, carried, week.label, own);

  const review = layoutReviewSheet({
    lang,
    sheetName,
    week,
    rows,
    generatedOn: input.generatedOn,
    typed: own?.typed ?? new Map(),
    actions,
    own: ownCells,
    previousCompletion: previous ? completionRate(previous.actions) : null,
    earlierTabs,
  });

  const historyName = LANGS.map((l) => t(l, 'review.history.sheet')).find((n) => sheetOf(n)) ?? t(lang, 'review.history.sheet');
  const entries = [...tabs.filter((tab) => tab.week !== week.label), { sheet: sheetName, week: week.label }]
    .sort((a, b) => (a.week < b.week ? -1 : 1))
    .map((tab) => ({
      ...tab,
      ids: tab.sheet === sheetName ? rows.map((r) => r.id) : readReviewTab(sheetOf(tab.sheet) ?? { name: tab.sheet, rows: [] }).ids,
    }));
  const history = layoutHistorySheet(lang, historyName, entries);

  const sheets: SheetSpec[] = [review, history];
  const keys = new Set<StyleKey>();
  for (const sheet of sheets) for (const r of sheet.rows) for (const c of r) if (c?.s) keys.add(c.s);
  const spec = withPageSetup(
    { sheets, names: [], styles: collectStyles(keys) },
    { lang, title: model.title, month: model.month, generatedOn: input.generatedOn },
  );
  return { spec, sheetName, existed: existing !== undefined };
}
