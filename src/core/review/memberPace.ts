import type { BackcastResult } from '../backcast/compute';
import { targetsOfMember } from '../backcast/members';
import type { MonthCalendar } from '../calendar';
import type { Lang } from '../i18n';
import type { Model } from '../model/types';
import { reviewFigures, weekDays, type NodeFigures, type Outlook } from './figures';
import { hintSentence } from './hintText';
import { rateRows } from './rateLinks';
import { reviewRows, weekTargets } from './rows';
import { outlookThresholds } from './tabsRead';
import type { ReviewRow, ReviewWeek } from './types';

/** A member's month as of a week: what is left of their target, and where their pace ends the month. */
export interface MemberPace {
  readonly mtdTarget: number | null;
  readonly mtdActual: number | null;
  /** What is left of their month's target after their actuals to date (a quantity; a rate has none). */
  readonly remaining: number | null;
  /** Their month-end at their pace so far (a rate: their average to date). */
  readonly forecast: number | null;
  readonly outlook: Outlook | null;
  /** The diagnosis of their own numbers, as one sentence like the team's hint; null when nothing is missed. */
  readonly hint: string | null;
}

/** The review's rows with a member's own targets in place of the team's (a rate: their month's rate). */
export function memberRows(
  model: Model,
  backcast: BackcastResult,
  week: ReviewWeek,
  memberId: string,
): ReviewRow[] {
  const mine = new Map(targetsOfMember(backcast, memberId).map((n) => [n.id as string, n]));
  return reviewRows(model, backcast, week).map((row) => {
    const t = mine.get(row.id);
    const monthly = t?.monthly ?? null;
    // A member's node without a month's target has no week's either.
    return {
      ...row,
      ...weekTargets(monthly === null ? null : (t?.weekly ?? null), monthly, row.additive, week),
    };
  });
}

export interface MemberPaceInput {
  readonly model: Model;
  readonly backcast: BackcastResult;
  readonly calendar: MonthCalendar;
  readonly week: ReviewWeek;
  readonly memberId: string;
  /** The member's actuals of this week, by node id. */
  readonly actuals: ReadonlyMap<string, number>;
  /** The member's actuals of the month's earlier weeks, by node id. */
  readonly earlier: ReadonlyMap<string, readonly number[]>;
  readonly lang: Lang;
}

/**
 * A member's re-plan as the team's is made (`reviewFigures`), from their own targets and
 * their own actuals: remaining, month-end forecast and its outlook, and the 量/質/設計 hint
 * read against their own targets and the hypotheses as they hold for them (their overrides).
 */
export function memberPace(input: MemberPaceInput): Map<string, MemberPace> {
  const { model, week, memberId } = input;
  const rows = memberRows(model, input.backcast, week, memberId);
  const own = model.members.find((m) => m.id === memberId)?.hypotheses ?? {};
  const rates = rateRows(model, new Set(rows.map((r) => r.id))).map((r) => ({
    ...r,
    value: own[r.id] ?? r.value,
  }));
  const figures = reviewFigures({
    rows,
    days: weekDays(input.calendar, week.index),
    actuals: input.actuals,
    earlier: input.earlier,
    thresholds: outlookThresholds(model),
    rates,
  });
  const out = new Map<string, MemberPace>();
  for (const [id, f] of figures) out.set(id, paceOf(f, input.lang));
  return out;
}

const paceOf = (f: NodeFigures, lang: Lang): MemberPace => ({
  mtdTarget: f.mtdTarget,
  mtdActual: f.mtdActual,
  remaining: f.remaining,
  forecast: f.forecast,
  outlook: f.outlook,
  hint: f.hint === null ? null : hintSentence(lang, f.hint),
});
