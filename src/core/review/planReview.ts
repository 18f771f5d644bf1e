import type { IsoDate } from '../brand';
import { LANGS, t, type Lang, type LocalizedText } from '../i18n';
import { layoutHistorySheet } from '../layout/historySheet';
import { layoutReviewSheet, reviewSheetName } from '../layout/reviewSheet';
import type { SheetSpec, StyleKey, WorkbookSpec } from '../layout/spec';
import { collectStyles } from '../layout/styles';
import type { Model } from '../model/types';
import { planTargets } from '../plan';
import type { WorkbookData } from '../reader/workbookData';
import { carryOver, completionRate } from './actions';
import { findReviewTabs, readReviewTab } from './readTab';
import { reviewRows } from './rows';
import type { ReviewAction } from './types';
import { isReviewWeek, resolveReviewWeek } from './week';

export interface ReviewPlanInput {
  readonly model: Model;
  readonly data: WorkbookData;
  readonly lang: Lang;
  readonly week: string;
  readonly generatedOn: IsoDate;
}

export interface ReviewPlan {
  /** The review tab and the history sheet, nothing else: other sheets are left as they are. */
  readonly spec: WorkbookSpec;
  readonly sheetName: string;
  /** True when the week already had a tab, which is refreshed in place. */
  readonly existed: boolean;
}

const sameAction = (a: ReviewAction, b: ReviewAction): boolean => a.issue === b.issue && a.action === b.action && a.fromWeek === b.fromWeek;

/** The whole pure review pipeline behind `kpi-tree review` and the add-in's review generator. */
export function planReview(input: ReviewPlanInput): ReviewPlan | LocalizedText {
  const { model, data, lang } = input;
  const planned = planTargets(model);
  if (planned.calendar === null || planned.backcast === null) return { key: 'review.noPlan' };
  const week = resolveReviewWeek(input.week, planned.calendar, model.calendar.holidays === 'jp' && model.calendar.list === undefined);
  if (!isReviewWeek(week)) return week;

  const sheetOf = (name: string) => data.sheets.find((s) => s.name === name);
  const tabs = findReviewTabs(data);
  const existing = tabs.find((tab) => tab.week === week.label);
  const sheetName = existing?.sheet ?? reviewSheetName(lang, week.label);
  const own = existing ? readReviewTab(sheetOf(existing.sheet) ?? { name: existing.sheet, rows: [] }) : undefined;
  const previousTab = tabs.filter((tab) => tab.week < week.label).pop();
  const previous = previousTab ? readReviewTab(sheetOf(previousTab.sheet) ?? { name: previousTab.sheet, rows: [] }) : undefined;
  const carried = previous && previousTab ? carryOver(previous.actions, previousTab.week) : [];
  const ownActions = (own?.actions ?? []).map((a) => (a.fromWeek ? a : { ...a, fromWeek: week.label }));
  const actions = [...carried.filter((c) => !ownActions.some((a) => sameAction(a, c))), ...ownActions];

  const rows = reviewRows(model, planned.backcast, week);
  const planWeeks = new Set<string>(planned.calendar.weeks.map((w) => w.label));
  const earlierTabs = (week.index >= 0 ? tabs.filter((tab) => tab.week < week.label && planWeeks.has(tab.week)) : []).map((tab) => ({
    sheet: tab.sheet,
    nodeRows: readReviewTab(sheetOf(tab.sheet) ?? { name: tab.sheet, rows: [] }).ids.length,
  }));
  const review = layoutReviewSheet({
    lang,
    sheetName,
    week,
    rows,
    generatedOn: input.generatedOn,
    typed: own?.typed ?? new Map(),
    actions,
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
  return { spec: { sheets, names: [], styles: collectStyles(keys) }, sheetName, existed: existing !== undefined };
}
