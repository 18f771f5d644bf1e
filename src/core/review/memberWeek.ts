import { targetsOfMember } from '../backcast/members';
import { computeTargets } from '../backcast/targets';
import { directions } from '../model/direction';
import { sameIdentity } from '../layout/reviewIdentity';
import { memberFinder } from '../model/members';
import type { Model } from '../model/types';
import type { UnitKind } from '../model/units';
import type { WorkbookData } from '../reader/workbookData';
import { achievement, statusOf } from './diagnose';
import { readTabs } from './tabsRead';
import type { BackcastResult } from '../backcast/compute';
import { t, type Lang } from '../i18n';
import type { Direction } from '../model/direction';
import type { MemberTypedActual } from './memberActuals';
import type { ReadReviewTab } from './readTab';
import type { ReviewWeek, Status } from './types';
import { isReviewWeek, jpHolidaysApply, resolveReviewWeek } from './week';
import { memberPace, type MemberPace } from './memberPace';
import { earlierTabsOf, type TabsRead } from './tabsRead';
import type { ReviewTab } from './findTabs';
import type { MonthCalendar } from '../calendar';

/** One node of a member's week: their own target, what they typed in the week's tab, and the verdict; their month so far. */
export interface MemberWeekRow extends Partial<MemberPace> {
  readonly id: string;
  readonly name: string;
  readonly unitKind: UnitKind;
  readonly target: number | null;
  readonly actual: number | null;
  readonly achievement: number | null;
  readonly status: Status | null;
}

const REVIEWED = new Set(['KGI', 'KPI', 'KDI']);

/**
 * A member's week as the pane shows it: every KGI/KPI/KDI with the member's weekly target
 * (a rate: their month's rate) and the actual typed in their own column of the week's
 * review tab (by its header, wherever it stands), judged against their own target; with
 * their month so far (`memberPace`: remaining, forecast, hint in `lang`). Empty for someone
 * not on the team.
 */
export function memberWeek(
  model: Model,
  data: WorkbookData,
  label: string,
  memberId: string,
  lang: Lang = 'ja',
): MemberWeekRow[] {
  const member = model.members.find((m) => m.id === memberId);
  if (member === undefined) return [];
  const { calendar, backcast } = computeTargets(model);
  if (calendar === null || backcast === null) return [];
  const week = resolveReviewWeek(label, calendar, jpHolidaysApply(model));
  if (!isReviewWeek(week)) return [];
  return memberWeekRows({ model, backcast, calendar, week, all: readTabs(data), memberId: member.id, lang });
}

/** A member's week from what the caller has computed and read already: the plan's targets and the workbook's tabs. */
export function memberWeekRows(input: {
  readonly model: Model;
  readonly backcast: BackcastResult;
  readonly calendar: MonthCalendar;
  readonly week: ReviewWeek;
  readonly all: TabsRead;
  readonly memberId: string;
  readonly lang: Lang;
}): MemberWeekRow[] {
  const { model, backcast, week, all, memberId } = input;
  const tab = all.tabs.find((x) => sameIdentity(x, { week: week.label, month: week.month }));
  const typed = typedBy(model, tab ? all.read(tab) : undefined, memberId);
  const rows = weekRows(model, backcast, week, memberId, typed, directions(model));
  const pace = memberPace({
    ...input,
    actuals: numbersOf(typed),
    earlier: earlierOf(model, all, week, memberId),
  });
  return rows.map((r) => ({ ...r, ...pace.get(r.id) }));
}

/** What a member typed in their own columns of a tab (by the member their block belongs to, whatever its header says now). */
export function typedBy(
  model: Model,
  read: ReadReviewTab | undefined,
  memberId: string,
): ReadonlyMap<string, MemberTypedActual> | undefined {
  const find = memberFinder(model.members);
  return [...(read?.memberTyped ?? [])].find(([key]) => find(key)?.id === memberId)?.[1];
}

/** The numbers among what a member typed, by node id. */
export function numbersOf(typed: ReadonlyMap<string, MemberTypedActual> | undefined): Map<string, number> {
  const out = new Map<string, number>();
  for (const [id, v] of typed ?? []) if (typeof v.actual === 'number') out.set(id, v.actual);
  return out;
}

/** A member's actuals in the month's tabs before the week, by node id. */
export function earlierOf(model: Model, all: TabsRead, week: ReviewWeek, memberId: string): Map<string, number[]> {
  return numbersAcross(model, all, earlierTabsOf(all, week), memberId);
}

/** The numbers a member typed in their own columns of `tabs`, by node id, a tab's number each. */
export function numbersAcross(
  model: Model,
  all: TabsRead,
  tabs: Iterable<ReviewTab>,
  memberId: string,
): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const tab of tabs)
    for (const [id, n] of numbersOf(typedBy(model, all.read(tab), memberId))) out.set(id, [...(out.get(id) ?? []), n]);
  return out;
}

/**
 * What a tab's member columns show, as the core computes it: a member's target,
 * achievement and status word by the name or id of their columns' header and the node id
 * (for closing the tab at the numbers it shows). Undefined for someone not on the team.
 */
export function memberFigures(
  model: Model,
  read: ReadReviewTab | undefined,
  week: ReviewWeek,
  backcast: BackcastResult,
  lang: Lang,
): (who: string, id: string, kind: 'target' | 'achievement' | 'status') => number | string | undefined {
  const find = memberFinder(model.members);
  const better = directions(model);
  const cache = new Map<string, Map<string, MemberWeekRow>>();
  const rowsOf = (memberId: string): Map<string, MemberWeekRow> => {
    const known = cache.get(memberId);
    if (known) return known;
    const typed = typedBy(model, read, memberId);
    const rows = new Map(weekRows(model, backcast, week, memberId, typed, better).map((r) => [r.id, r]));
    cache.set(memberId, rows);
    return rows;
  };
  return (who, id, kind) => {
    const member = find(who);
    if (member === undefined) return undefined;
    const row = rowsOf(member.id).get(id);
    if (row === undefined) return undefined;
    if (kind === 'status') return row.status === null ? '' : t(lang, `review.status.${row.status}`);
    return row[kind] ?? '';
  };
}

function weekRows(
  model: Model,
  backcast: BackcastResult,
  week: ReviewWeek,
  memberId: string,
  typed: ReadonlyMap<string, MemberTypedActual> | undefined,
  better: ReadonlyMap<string, Direction>,
): MemberWeekRow[] {
  const targets = new Map(targetsOfMember(backcast, memberId).map((n) => [n.id, n]));
  return model.nodes
    .filter((n) => REVIEWED.has(n.level))
    .map((n): MemberWeekRow => {
      const t = targets.get(n.id);
      const target =
        t === undefined || week.index < 0
          ? null
          : t.aggregate === 'sum'
            ? (t.weekly?.[week.index] ?? null)
            : t.monthly;
      const v = typed?.get(n.id)?.actual;
      const actual = typeof v === 'number' ? v : null;
      const way = better.get(n.id) ?? 'higher';
      const rate = achievement(actual, target, way);
      return {
        id: n.id,
        name: n.name,
        unitKind: n.unitKind,
        target,
        actual,
        achievement: rate,
        status: statusOf(rate, way, actual, target),
      };
    });
}
