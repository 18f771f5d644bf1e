import { MEMBER_NODES, memberMonthlyName, memberWeeklyName, WEEKS } from '../backcast/formulas';
import { bin, call, name, num, ref, str, type Formula } from '../formula/ast';
import type { Lang } from '../i18n';
import { t } from '../i18n';
import { a1, range } from '../layout/a1';
import type { Grid } from '../layout/grid';
import type { ReviewNodeKey } from '../layout/reviewColumns';
import type { Cell, ConditionalFormat, Validation } from '../layout/spec';
import { memberFinder } from '../model/members';
import type { Member } from '../model/types';
import { achievementFormula, statusFormula, type Words } from './layoutNodes';
import type { MemberActuals, MemberTypedActual } from './memberActuals';
import {
  MEMBER_COLUMN_KINDS,
  memberHeader,
  memberKeyOf,
  type FoundMemberColumn,
  type MemberColumnKind,
} from './memberHeaders';
import type { AnchoredCell, ReadReviewTab } from './readTab';
import type { ReviewRow, ReviewWeek, TypedEntries } from './types';

/** The members of a review tab of a team, and what the tab held of theirs. */
export interface MemberReview {
  /** The plan's members, in the member table's order; empty for a workbook without a team. */
  readonly members: readonly Pick<Member, 'id' | 'name'>[];
  /** The member columns the tab has (empty for a new tab). */
  readonly found: readonly FoundMemberColumn[];
  /** What was typed in them, by each block's key (`memberKeyOf`). */
  readonly typed: MemberActuals;
}

/** One member's block of columns in a tab: a member of the plan, or one no longer in it whose typed cells are kept. */
interface Block {
  readonly who: string;
  readonly member: Pick<Member, 'id' | 'name'> | null;
  readonly cols: Record<MemberColumnKind, number>;
  readonly typed: ReadonlyMap<string, MemberTypedActual>;
}

/** What the member part adds to a tab's sheet. */
export interface MemberPart {
  readonly validations: readonly Validation[];
  readonly conditionalFormats: readonly ConditionalFormat[];
  /** Column widths of a new tab's member columns, by column. */
  readonly widths: ReadonlyMap<number, number>;
}

const WIDTHS: Readonly<Record<MemberColumnKind, number>> = {
  target: 9,
  actual: 9,
  achievement: 7,
  status: 6,
};
const EMPTY: MemberPart = { validations: [], conditionalFormats: [], widths: new Map() };

/**
 * Where each member's columns go: where the tab has them, by their headers; a member the
 * tab lacks (new to the team, or a new tab) gets a block after everything else in the node
 * table, so no column of the tool's or of people's is written over. A block of someone no
 * longer on the team stays where it is, with what they typed, headed as a former member's.
 * A block is known by the member id its target formulas name, so a member renamed on the
 * member sheet keeps their block (relabelled) rather than leaving it behind.
 */
function placeBlocks(
  part: MemberReview,
  nodeCols: Readonly<Record<ReviewNodeKey, number>>,
  own: readonly AnchoredCell[],
): Block[] {
  const find = memberFinder(part.members as Member[]);
  const byWho = new Map<string, Partial<Record<MemberColumnKind, number>>>();
  const names = new Map<string, string>();
  for (const f of part.found) {
    const key = find(memberKeyOf(f))?.id ?? memberKeyOf(f);
    const cols = byWho.get(key) ?? {};
    cols[f.kind] ??= f.col;
    byWho.set(key, cols);
    if (!names.has(key)) names.set(key, f.who);
  }
  const used = new Set<number>([...Object.values(nodeCols), ...part.found.map((f) => f.col)]);
  for (const c of own) if (c.anchor.kind === 'node' || c.anchor.kind === 'header') used.add(c.col);
  const next = (): number => {
    const c = Math.max(0, ...used) + 1;
    used.add(c);
    return c;
  };
  const typedOf = (key: string): ReadonlyMap<string, MemberTypedActual> => {
    for (const [who, typed] of part.typed) if ((find(who)?.id ?? who) === key) return typed;
    return new Map();
  };
  const blockOf = (key: string, member: Block['member']): Block => {
    const at = byWho.get(key) ?? {};
    const cols = {} as Record<MemberColumnKind, number>;
    for (const kind of MEMBER_COLUMN_KINDS) cols[kind] = at[kind] ?? next();
    return { who: member?.name ?? names.get(key) ?? key, member, cols, typed: typedOf(key) };
  };
  const blocks = part.members.map((m) => blockOf(m.id, m));
  const known = new Set(part.members.map((m) => m.id as string));
  for (const key of byWho.keys()) if (!known.has(key)) blocks.push(blockOf(key, null));
  return blocks;
}

/** A member's target of the week for a node: their weekly target (a rate: their month's rate), from the member sheet. */
function memberTarget(memberId: string, node: ReviewRow, week: ReviewWeek): Formula {
  const row = call('MATCH', str(node.id), name(MEMBER_NODES), num(0));
  const target = node.additive
    ? call(
        'INDEX',
        name(memberWeeklyName(memberId)),
        row,
        call('MATCH', str(week.label), name(WEEKS), num(0)),
      )
    : call('INDEX', name(memberMonthlyName(memberId)), row);
  return call('IFERROR', target, str(''));
}

/** The team's actual from its members' cells: their sum (a rate: their average); blank until one is typed. */
function teamActual(cells: readonly Formula[], additive: boolean): Formula {
  return call(
    'IF',
    call('OR', ...cells.map((c) => call('ISNUMBER', c))),
    call(additive ? 'SUM' : 'AVERAGE', ...cells),
    str(''),
  );
}

const typedNumber = (t: MemberTypedActual | undefined): number | undefined =>
  typeof t?.actual === 'number' ? t.actual : undefined;

/**
 * The members' columns of a review tab of a team: per member their weekly target (live
 * from the member sheet), the actual they type in their own cells (so colleagues editing
 * at the same time never write the same cell), their achievement and status against their
 * own target. The team's actual becomes the members' sum, so everything that reads it —
 * achievement, status, hint, to date, the re-plan, the forecast — works from it. A team
 * actual typed by hand before the team had members stays as typed until a member types
 * theirs in that row. A former member's actuals still count in the team's: the month's
 * work was done by the team, whoever has left it since. Nothing for a workbook without members.
 */
export function putMemberColumns(
  { put }: Grid,
  lang: Lang,
  input: {
    readonly part: MemberReview;
    readonly rows: readonly ReviewRow[];
    readonly firstRow: number;
    readonly headerRow: number;
    readonly cols: Readonly<Record<ReviewNodeKey, number>>;
    readonly typed: ReadonlyMap<string, TypedEntries>;
    readonly own: readonly AnchoredCell[];
    readonly week: ReviewWeek;
    readonly words: Words;
  },
): MemberPart {
  const { part, rows, firstRow, headerRow, cols, week, words } = input;
  if (part.members.length === 0 && part.found.length === 0) return EMPTY;
  const blocks = placeBlocks(part, cols, input.own);
  // What a former member typed this month was done by the team: their actuals count in its sum.
  const team = blocks;
  for (const b of blocks)
    for (const kind of MEMBER_COLUMN_KINDS)
      put(headerRow, b.cols[kind], {
        v: memberHeader(lang, kind, b.who, b.member === null),
        s: kind === 'actual' ? 'headerInput' : 'header',
        ...(kind === 'actual' && b.member !== null
          ? { note: t(lang, 'review.member.col.note', { name: b.who }) }
          : {}),
      });
  rows.forEach((node, i) => {
    const r = firstRow + i;
    const fmt = `num:${node.numFmt}` as Cell['s'];
    const planned = week.index >= 0 && node.monthlyTarget !== null;
    const lower = node.better === 'lower';
    for (const b of blocks) {
      const at = (kind: MemberColumnKind): Formula => ref(a1(r, b.cols[kind]));
      const typed = b.typed.get(node.id);
      put(r, b.cols.actual, {
        v: typed?.actual ?? null,
        ...(typed?.formula ? { carriedFormula: typed.formula } : {}),
        input: true,
        s: `input:${node.numFmt}`,
      });
      if (b.member === null || !planned) {
        for (const kind of ['target', 'achievement', 'status'] as const)
          put(r, b.cols[kind], { v: null, s: 'muted' });
        continue;
      }
      put(r, b.cols.target, { f: memberTarget(b.member.id, node, week), s: fmt });
      put(r, b.cols.achievement, { f: achievementFormula(at('actual'), at('target'), lower), s: 'num:0%' });
      put(r, b.cols.status, {
        f: statusFormula(at('actual'), at('target'), at('achievement'), lower, words),
        s: 'text',
      });
    }
    if (team.length === 0) return;
    const memberTyped = team.map((b) => b.typed.get(node.id));
    const anyMember = memberTyped.some((m) => m !== undefined);
    const own = input.typed.get(node.id);
    // A number typed in the team's cell before the team had members is kept until a member types theirs.
    if (!anyMember && own?.actual !== undefined && own.actualFormula === undefined) return;
    const numbers = memberTyped.map(typedNumber).filter((n): n is number => n !== undefined);
    const result =
      numbers.length === 0
        ? undefined
        : node.additive
          ? numbers.reduce((a, b) => a + b, 0)
          : numbers.reduce((a, b) => a + b, 0) / numbers.length;
    put(r, cols.actual, {
      f: teamActual(
        team.map((b) => ref(a1(r, b.cols.actual))),
        node.additive,
      ),
      ...(result === undefined ? {} : { result }),
      s: fmt,
    });
  });
  const last = firstRow + Math.max(rows.length, 1) - 1;
  const validations: Validation[] = blocks.map((b) => ({
    range: range(firstRow, b.cols.actual, last, b.cols.actual),
    type: 'decimal',
    min: 0,
  }));
  const conditionalFormats = team.flatMap((b) => statusColours(b.cols.status, firstRow, last, words));
  const widths = new Map<number, number>();
  for (const b of blocks) for (const kind of MEMBER_COLUMN_KINDS) widths.set(b.cols[kind], WIDTHS[kind]);
  return { validations, conditionalFormats, widths };
}

/** A member's status column in Excel's good, neutral and bad colours, as the team's. */
function statusColours(col: number, first: number, last: number, words: Words): ConditionalFormat[] {
  const top = ref(a1(first, col));
  const where = range(first, col, last, col);
  return [
    { range: where, formula: bin('=', top, str(words.achieved)), style: { fill: 'C6EFCE', color: '006100' } },
    { range: where, formula: bin('=', top, str(words.close)), style: { fill: 'FFEB9C', color: '9C5700' } },
    {
      range: where,
      formula: bin('=', top, str(words.missed)),
      style: { fill: 'FFC7CE', color: '9C0006', bold: true },
    },
  ];
}

/**
 * A refreshed tab as the core's figures should see it: the team's actual of each row a
 * member (or a former member) typed in is the members' sum (a rate: their average), whatever the file last
 * cached for the team's cell (a file edited without recalculating keeps a stale one).
 */
export function withTeamActuals(
  read: ReadReviewTab,
  part: MemberReview,
  rows: readonly ReviewRow[],
): ReadReviewTab {
  if (part.members.length === 0 && part.found.length === 0) return read;
  const teamTyped = [...part.typed.values()];
  if (teamTyped.length === 0) return read;
  const shown = new Map(read.shown);
  for (const node of rows) {
    const numbers = teamTyped
      .map((m) => typedNumber(m.get(node.id)))
      .filter((n): n is number => n !== undefined);
    const row = shown.get(node.id);
    if (numbers.length === 0 || row === undefined) continue;
    const sum = numbers.reduce((a, b) => a + b, 0);
    const actual = node.additive ? sum : sum / numbers.length;
    shown.set(node.id, { ...row, cells: { ...row.cells, actual: { ...row.cells.actual, value: actual } } });
  }
  return { ...read, shown };
}
