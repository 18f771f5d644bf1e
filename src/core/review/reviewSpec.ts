import type { IsoDate } from '../brand';
import type { LocalizedText, Lang } from '../i18n';
import { absRange } from '../layout/a1';
import { reviewSheetName } from '../layout/reviewColumns';
import {
  compareIdentities,
  reviewIdentityName,
  sameIdentity,
  type ReviewIdentity,
} from '../layout/reviewIdentity';
import type { DefinedName, SheetSpec, StyleKey, WorkbookSpec } from '../layout/spec';
import { sheetNameKey } from '../layout/sheetNames';
import { collectStyles } from '../layout/styles';
import type { NodeLocator } from '../model/locate';
import type { Problem } from '../model/problem';
import type { Model } from '../model/types';
import { computeTargets } from '../backcast/targets';
import type { WorkbookData } from '../reader/workbookData';
import { carryOver, completionRate } from './actions';
import { weekDays } from './figures';
import type { ReviewTab } from './findTabs';
import { historySheet, type HistoryTab } from './historyOf';
import { layoutReviewTab } from './layoutTab';
import { withTeamActuals, type MemberReview } from './layoutMembers';
import { oneOnOneActions } from './oneOnOneRead';
import { readReviewTab } from './readTab';
import { earlierTabsOf, outlookThresholds, readTabs, weekFigures } from './tabsRead';
import { refreshTab } from './refresh';
import { rateFigures, rateRows } from './rateLinks';
import { gapTableOf } from './layoutGap';
import { reviewRows } from './rows';
import { showsOf } from './shows';
import { isReviewWeek, jpHolidaysApply, resolveReviewWeek } from './week';
import { weekMilestones } from './weekMilestones';
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
  /** Write the tab live again even though it is closed (reopening it). */
  readonly reopen?: boolean;
}

export interface ReviewSheets {
  /** The review tab and the history sheet, and the tab's identity. */
  readonly spec: WorkbookSpec;
  readonly sheetName: string;
  /** True when the week had a tab already, refreshed in place. */
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
  return {
    key: 'review.damagedTree',
    params: {
      count: blockers.length,
      where: first?.cell ?? first?.field ?? '-',
      problem: first ? first.message : '-',
    },
  };
}

/** A spec that writes nothing. */
export const NOTHING: WorkbookSpec = { sheets: [], names: [], styles: {} };

/** A name for a new tab: the usual one, or, when a sheet holds it (a week of two months), one that says the month. */
function freshSheetName(lang: Lang, id: ReviewIdentity, data: WorkbookData): string {
  const taken = new Set(data.sheets.map((s) => sheetNameKey(s.name)));
  const base = reviewSheetName(lang, id.week);
  const candidates = [base, `${base} ${id.month}`];
  for (let n = 2; candidates.length < 12; n++) candidates.push(`${base} ${id.month} (${n})`);
  return candidates.find((c) => !taken.has(sheetNameKey(c))) ?? `${base} ${id.month} ${Date.now()}`;
}

/** The identity's defined name over a tab's region: the ID column, from the top to the end of the action table. */
export function identityName(id: ReviewIdentity, sheet: string, idColumn: number, end: number): DefinedName {
  return { name: reviewIdentityName(id), sheet, range: absRange(1, idColumn, end, idColumn) };
}

/**
 * The whole pure review pipeline behind `kpi-tree review` and the add-in's review
 * generator. Refused, as a message, for a closed week (unless reopening it) and for a week
 * whose tab was made for another month: both keep their numbers.
 */
export function reviewSpec(input: ReviewSpecInput): ReviewSheets | LocalizedText {
  const { model, data, lang } = input;
  const targets = computeTargets(model, input.locate);
  if (targets.calendar === null || targets.backcast === null) return { key: 'review.noPlan' };
  const blockers = errorsOf([...(input.problems ?? []), ...targets.problems]);
  if (blockers.length > 0) return damagedTree(blockers);
  const week = resolveReviewWeek(input.week, targets.calendar, jpHolidaysApply(model));
  if (!isReviewWeek(week)) return week;
  const identity: ReviewIdentity = { week: week.label, month: week.month };

  const all = readTabs(data);
  const { tabs } = all;
  const existing = tabs.find((tab) => sameIdentity(tab, identity));
  const own = existing ? all.read(existing) : undefined;
  if (existing && own?.closed && !input.reopen)
    return { key: 'review.keptClosed', params: { sheet: existing.sheet } };
  // A tab made while its month was the plan's keeps the numbers of that month: a refresh under another month would blank them.
  if (existing && week.index < 0)
    return {
      key: 'review.keptOtherMonth',
      params: { sheet: existing.sheet, month: existing.month, plan: targets.calendar.month },
    };
  const sheetName = existing?.sheet ?? freshSheetName(lang, identity, data);
  const previousTab = tabs.filter((tab) => compareIdentities(tab, identity) < 0).pop();
  const previous = previousTab ? all.read(previousTab) : undefined;
  const carried = [
    ...(previous && previousTab ? carryOver(previous.actions, previousTab.week) : []),
    ...oneOnOneActions(data, week.label, (id) => model.members.find((m) => m.id === id)?.name ?? id),
  ];
  const earlier = earlierTabsOf(all, week);
  const earlierTabs = earlier.map((tab) => {
    const read = all.read(tab);
    return {
      sheet: tab.sheet,
      week: tab.week,
      nodeRows: read.ids.length,
      firstRow: read.shape.firstRow,
      idColumn: read.shape.columns.id,
      actualColumn: read.shape.columns.actual,
    };
  });
  const weeksToDate =
    week.index >= 0 ? targets.calendar.weeks.slice(0, week.index + 1).map((w) => w.label as string) : [];
  const missingWeeks = targets.calendar.weeks
    .slice(0, Math.max(week.index, 0))
    .filter((w) => w.workdays > 0 && !earlier.some((tab) => tab.week === w.label))
    .map((w) => w.label as string);
  const treeRows = reviewRows(model, targets.backcast, week);
  const { rows, actions, own: ownCells } = refreshTab(treeRows, carried, week.label, own);

  const days = weekDays(targets.calendar, week.index);
  const team: MemberReview = {
    members: model.members,
    found: own?.shape.memberColumns ?? [],
    typed: own?.memberTyped ?? new Map(),
  };
  const figures = weekFigures(
    model,
    targets.calendar,
    week,
    rows,
    all,
    own && withTeamActuals(own, team, rows),
  );
  const rateTable = rateRows(model, new Set(rows.map((r) => r.id)));

  const laid = layoutReviewTab({
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
    columns: own?.columns,
    newTab: own === undefined,
    days,
    weeksToDate,
    thresholds: outlookThresholds(model),
    shows: showsOf(figures, lang),
    missingWeeks,
    milestones: weekMilestones(model, targets.calendar, targets.backcast, week, data, lang),
    rates: rateTable,
    rateShows: rateFigures(rateTable, figures),
    members: team,
    gap: week.index >= 0 ? gapTableOf(model, rows, figures, lang) : null,
  });

  const tab: ReviewTab = { ...identity, sheet: sheetName, end: laid.end };
  const historyTabs: HistoryTab[] = [...tabs.filter((x) => !sameIdentity(x, identity)), tab]
    .sort(compareIdentities)
    .map((x) =>
      x === tab
        ? {
            tab: x,
            read: own ?? readReviewTab({ name: sheetName, rows: [] }),
            written: { ids: rows.map((r) => r.id), columns: laid.columns.node, closed: false },
          }
        : { tab: x, read: all.read(x) },
    );
  const sheets: SheetSpec[] = [laid.sheet, historySheet(lang, data, historyTabs)];
  return {
    spec: withPageSetup(
      {
        sheets,
        names: [identityName(identity, sheetName, laid.columns.node.id, laid.end)],
        styles: stylesOf(sheets),
      },
      { lang, title: model.title, month: model.month, generatedOn: input.generatedOn },
    ),
    sheetName,
    existed: existing !== undefined,
  };
}

export function stylesOf(sheets: readonly SheetSpec[]): WorkbookSpec['styles'] {
  const keys = new Set<StyleKey>();
  for (const sheet of sheets) for (const r of sheet.rows) for (const c of r) if (c?.s) keys.add(c.s);
  return collectStyles(keys);
}
