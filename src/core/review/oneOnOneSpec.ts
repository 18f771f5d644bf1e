import type { IsoDate } from '../brand';
import { computeTargets } from '../backcast/targets';
import type { Lang, LocalizedText } from '../i18n';
import { t } from '../i18n';
import { absRange } from '../layout/a1';
import { oneOnOneIdentityName, oneOnOneSheetKey, type OneOnOneIdentity } from '../layout/oneOnOneIdentity';
import { compareIdentities } from '../layout/reviewIdentity';
import { uniqueSheetName } from '../layout/sheetNames';
import type { WorkbookSpec } from '../layout/spec';
import type { NodeLocator } from '../model/locate';
import { memberFinder } from '../model/members';
import type { Problem } from '../model/problem';
import type { Member, Model } from '../model/types';
import type { WorkbookData } from '../reader/workbookData';
import { withPageSetup } from '../workbook/printSetup';
import { actionStatus, completionRate, isBlankAction } from './actions';
import { findOneOnOneTabs, NOTHING_TYPED, readOneOnOneTab, type OneOnOneTyped } from './oneOnOneRead';
import { layoutOneOnOneTab, type ActualSource, type OneOnOneNode } from './oneOnOneTab';
import { damagedTree, stylesOf } from './reviewSpec';
import { reviewRows } from './rows';
import { actualsOf, readTabs } from './tabsRead';
import type { ReviewAction } from './types';
import { isReviewWeek, jpHolidaysApply, resolveReviewWeek } from './week';
import { weekDays } from './figures';
import { memberKeyOf } from './memberHeaders';
import { memberWeekRows, numbersOf, typedBy } from './memberWeek';

export interface OneOnOneSpecInput {
  readonly model: Model;
  readonly problems?: readonly Problem[];
  readonly locate?: NodeLocator;
  readonly data: WorkbookData;
  readonly lang: Lang;
  /** The member's id, or their name. */
  readonly member: string;
  readonly week: string;
  readonly generatedOn: IsoDate;
}

export interface OneOnOneSheets {
  readonly spec: WorkbookSpec;
  readonly sheetName: string;
  readonly member: Member;
  readonly week: string;
  /** True when the member's week had a tab already, refreshed in place. */
  readonly existed: boolean;
}

/** A 1on1 counts as held once something of it is recorded: an agenda answer, an outcome or an action. */
function recorded(typed: OneOnOneTyped): boolean {
  return (
    Object.values(typed.agenda).some((v) => v !== undefined) ||
    typed.outcomes.size > 0 ||
    typed.actions.length > 0
  );
}

/** The error the member option gets: no members at all, or one the workbook does not know. */
function memberProblem(model: Model, asked: string): LocalizedText {
  if (model.members.length === 0) return { key: 'oneonone.noMembers' };
  return {
    key: 'oneonone.unknownMember',
    params: { member: asked, known: model.members.map((m) => `${m.id} (${m.name})`).join(', ') },
  };
}

/**
 * The whole pure 1on1 pipeline behind `kpi-tree oneonone` and the pane: the member's tab
 * for a week of the plan, made or refreshed over what people typed in it. Refused, as a
 * message, for a damaged tree, a workbook without members, an unknown member and a week
 * outside the plan's month.
 */
export function oneOnOneSpec(input: OneOnOneSpecInput): OneOnOneSheets | LocalizedText {
  const { model, data, lang } = input;
  const targets = computeTargets(model, input.locate);
  if (targets.calendar === null || targets.backcast === null) return { key: 'review.noPlan' };
  const blockers = [...(input.problems ?? []), ...targets.problems].filter((p) => p.severity === 'error');
  if (blockers.length > 0) return damagedTree(blockers);
  const member = memberFinder(model.members)(input.member);
  if (member === undefined) return memberProblem(model, input.member);
  const week = resolveReviewWeek(input.week, targets.calendar, jpHolidaysApply(model));
  if (!isReviewWeek(week)) return week;
  if (week.index < 0)
    return { key: 'oneonone.notPlanWeek', params: { week: week.label, month: targets.calendar.month } };

  const identity: OneOnOneIdentity = { week: week.label, member: member.id };
  const existing = findOneOnOneTabs(data).find(
    (x) => x.week === identity.week && x.member === identity.member,
  );
  const sheetOf = (name: string) => data.sheets.find((s) => s.name === name);
  const sheet = existing ? sheetOf(existing.sheet) : undefined;
  const typed = existing && sheet ? readOneOnOneTab(sheet, existing.end) : NOTHING_TYPED;
  const sheetName =
    existing?.sheet ??
    uniqueSheetName(
      t(lang, 'oneonone.sheetName', { member: [...member.name].slice(0, 14).join(''), week: week.label }),
      data.sheets.map((s) => s.name),
    );

  const all = readTabs(data);
  const current = { week: week.label, month: week.month };
  const monthTabs = all.tabs.filter(
    (tab) => tab.month === week.month && compareIdentities(tab, current) <= 0,
  );
  const source = (tab: (typeof all.tabs)[number]): ActualSource => {
    const read = all.read(tab);
    return {
      sheet: tab.sheet,
      idColumn: read.shape.columns.id ?? 1,
      actualColumn: read.shape.columns.actual ?? 1,
      firstRow: read.shape.firstRow,
      lastRow: Math.max(read.shape.lastNodeRow, read.shape.firstRow),
      actuals: actualsOf(read),
    };
  };
  const usable = monthTabs.filter((tab) => {
    const shape = all.read(tab).shape;
    return shape.columns.id !== undefined && shape.columns.actual !== undefined;
  });
  const thisTab = usable.find((tab) => tab.week === week.label);
  const find = memberFinder(model.members);
  // The member's own actual column of each of the month's tabs, found by the member its block belongs to.
  const memberSources = usable.flatMap((tab): ActualSource[] => {
    const read = all.read(tab);
    const col = read.shape.memberColumns.find(
      (m) => m.kind === 'actual' && !m.former && find(memberKeyOf(m))?.id === member.id,
    )?.col;
    return col === undefined ? [] : [{ ...source(tab), actualColumn: col, actuals: numbersOf(typedBy(model, read, member.id)) }];
  });
  const pace = new Map(
    memberWeekRows({
      model,
      backcast: targets.backcast,
      calendar: targets.calendar,
      week,
      all,
      memberId: member.id,
      lang,
    }).map((r) => [r.id, r]),
  );
  const days = weekDays(targets.calendar, week.index);
  const previousTab = all.tabs.filter((tab) => compareIdentities(tab, current) < 0).pop();
  const previous = previousTab ? all.read(previousTab) : undefined;
  const latestTab = all.tabs.filter((tab) => compareIdentities(tab, current) <= 0).pop();

  const isMember = memberFinder([member]);
  const mine = (a: ReviewAction): boolean => isMember(a.owner) !== undefined;
  const openActions = latestTab
    ? all
        .read(latestTab)
        .actions.filter((a) => mine(a) && !isBlankAction(a) && actionStatus(a.status) !== 'done')
    : [];

  const j = model.members.indexOf(member);
  const byId = new Map(targets.backcast.nodes.map((n) => [n.id as string, n]));
  const units = new Map(model.nodes.map((n) => [n.id as string, n.unit]));
  const rows = reviewRows(model, targets.backcast, week);
  const owned = rows.filter((r) => isMember(r.owner) !== undefined);
  const shown = owned.length > 0 ? owned : rows;
  const nodes: OneOnOneNode[] = shown.map((row) => {
    const mineTargets = byId.get(row.id)?.byMember[j];
    const weekly = mineTargets?.weekly?.[week.index] ?? null;
    const monthly = mineTargets?.monthly ?? null;
    const mtd = !row.additive
      ? monthly
      : mineTargets?.weekly
        ? mineTargets.weekly.slice(0, week.index + 1).reduce((a, b) => a + b, 0)
        : null;
    const isOwned = isMember(row.owner) !== undefined;
    const commitment = isOwned ? previous?.typed.get(row.id)?.answers[2] : undefined;
    return {
      row,
      unit: units.get(row.id),
      monthly,
      weekly: row.additive ? weekly : monthly,
      mtd,
      owned: isOwned,
      ...(commitment === undefined ? {} : { commitment }),
      pace: {
        remaining: pace.get(row.id)?.remaining ?? null,
        forecast: pace.get(row.id)?.forecast ?? null,
        hint: pace.get(row.id)?.hint ?? null,
      },
    };
  });
  const previousMine = previous ? previous.actions.filter(mine) : [];
  const tabsOfMember = findOneOnOneTabs(data).filter((x) => x.member === member.id);
  const log = targets.calendar.weeks
    .slice(0, week.index + 1)
    .filter((w) => w.workdays > 0)
    .map((w) => {
      if (w.label === week.label) return { week: w.label, held: recorded(typed) };
      const tab = tabsOfMember.find((x) => x.week === w.label);
      const s = tab ? sheetOf(tab.sheet) : undefined;
      return {
        week: w.label as string,
        held: tab !== undefined && s !== undefined && recorded(readOneOnOneTab(s, tab.end)),
      };
    });

  const laid = layoutOneOnOneTab({
    lang,
    key: oneOnOneSheetKey(identity),
    sheetName,
    planTitle: model.title,
    member: { id: member.id, name: member.name },
    week,
    generatedOn: input.generatedOn,
    nodes,
    thisWeek: thisTab ? source(thisTab) : null,
    toDate: usable.map(source),
    memberToDate: memberSources,
    days: days === null ? null : { first: days.first, to: days.to },
    previousWeek: previousTab?.week ?? null,
    openActions,
    completion: completionRate(previousMine),
    typed,
    log,
  });
  const sheets = [laid.sheet];
  return {
    spec: withPageSetup(
      {
        sheets,
        names: [
          { name: oneOnOneIdentityName(identity), sheet: sheetName, range: absRange(1, 1, laid.end, 1) },
        ],
        styles: stylesOf(sheets),
      },
      { lang, title: model.title, month: model.month, generatedOn: input.generatedOn, member: member.name },
    ),
    sheetName,
    member,
    week: week.label,
    existed: existing !== undefined,
  };
}
