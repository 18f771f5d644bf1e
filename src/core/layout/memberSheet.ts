import type { NodeTargets } from '../backcast/compute';
import {
  backcastFormula,
  hypothesisName,
  MEMBER_NODES,
  memberKgiName,
  memberMonthlyName,
  memberPerWorkdayName,
  memberWeeklyName,
  targetName,
  weekShareFormulas,
  WORKDAYS,
} from '../backcast/formulas';
import { memberKgiFormula, ownHypothesis } from '../backcast/memberFormulas';
import { bin, call, name, ref, type Formula } from '../formula/ast';
import { summedOverMembers } from '../model/members';
import type { KpiNode, Member } from '../model/types';
import { looksLikeRate, numberFormatFor } from '../model/units';
import { absA1, absRange, range } from './a1';
import type { CalendarLayout } from './calendarSheet';
import type { LayoutContext } from './context';
import { grid, type Grid } from './grid';
import { weekHeadings, weekHeadingWidth } from './weekHeadings';
import {
  MEMBER_HEADER_KEYS,
  MEMBER_TARGET_HEADER_KEYS,
  MEMBER_TARGETS,
  memberBlock,
  MEMBERS,
  memberTargetRows,
  type MemberField,
} from './memberColumns';
import type { Cell, DefinedName, SheetSpec, Validation } from './spec';
import { indentStyle, inputStyle, numStyle } from './styles';
import { targetsById } from '../backcast/types';

export interface MemberLayout {
  readonly sheet: SheetSpec;
  readonly names: DefinedName[];
  /**
   * A node's team target as the tree sheet's `T_` takes it from this sheet: the members'
   * total of a quantity, the team's own backcast of a rate. Null for the KGI (the team's
   * input) and nodes without a target.
   */
  readonly teamMonthly: (node: KpiNode) => Formula | null;
  /** Week k of a quantity's team target: the members' targets of that week added up; null for a rate. */
  readonly teamWeek: (node: KpiNode, k: number) => Formula | null;
}

const sumOf = (cells: readonly Formula[]): Formula => (cells.length === 1 ? cells[0] : call('SUM', ...cells));

/**
 * The member sheet: each member's KGI (a share of the team's, or a target) and their own
 * hypothesis values as input cells, then every node's targets per member as live
 * formulas, with the team's own backcast beside the members' total.
 */
export function layoutMemberSheet(ctx: LayoutContext, calendar: CalendarLayout): MemberLayout {
  const { model, backcast } = ctx;
  const sheetName = ctx.sheetName('members');
  const sheet = grid();
  const kgi = model.nodes.find((n) => n.level === 'KGI');
  const kgiFormat = kgi ? numberFormatFor(kgi.unit, kgi.unitKind) : '#,##0';
  const lastInputRow = MEMBERS.firstRow + model.members.length + MEMBERS.spareRows - 1;

  putTop(sheet, ctx, kgi, kgiFormat, lastInputRow);
  const kgiCell = putMemberTable(sheet, ctx, kgi, kgiFormat);
  const targets = putTargets(sheet, ctx, calendar, kgiCell);

  const weeks = backcast.calendar.weeks.length;
  const names: DefinedName[] = [];
  const { firstRow } = memberTargetRows(model.members.length);
  const lastRow = firstRow + Math.max(model.nodes.length, 1) - 1;
  model.members.forEach((m, j) => {
    const block = memberBlock(j, weeks);
    names.push({
      name: memberKgiName(m.id),
      sheet: sheetName,
      range: absA1(MEMBERS.firstRow + j, MEMBERS.col.kgi),
    });
    names.push({
      name: memberMonthlyName(m.id),
      sheet: sheetName,
      range: absRange(firstRow, block.monthly, lastRow, block.monthly),
    });
    names.push({
      name: memberPerWorkdayName(m.id),
      sheet: sheetName,
      range: absRange(firstRow, block.perWorkday, lastRow, block.perWorkday),
    });
    if (weeks > 0)
      names.push({
        name: memberWeeklyName(m.id),
        sheet: sheetName,
        range: absRange(firstRow, block.firstWeek, lastRow, block.last),
      });
  });
  if (model.members.length > 0)
    names.push({
      name: MEMBER_NODES,
      sheet: sheetName,
      range: absRange(firstRow, MEMBER_TARGETS.col.id, lastRow, MEMBER_TARGETS.col.id),
    });

  const widths = new Array<number>(
    Math.max(
      MEMBERS.firstOverride + model.hypotheses.length - 1,
      memberBlock(model.members.length, weeks).monthly - 1,
    ),
  ).fill(11);
  widths[0] = 14;
  widths[1] = 24;
  const headings = weekHeadings(ctx);
  model.members.forEach((_, j) => {
    const block = memberBlock(j, weeks);
    headings.forEach((h, k) => (widths[block.firstWeek + k - 1] = weekHeadingWidth(h, widths[block.firstWeek + k - 1] ?? 11)));
  });
  return {
    sheet: {
      key: 'members',
      name: sheetName,
      rows: sheet.rows,
      widths,
      freeze: { rows: 0, columns: 2 },
      validations: validations(ctx, lastInputRow),
      conditionalFormats: [],
      tabColor: '8FAADC',
    },
    names,
    ...targets,
  };
}

/** Title, guidance, and the team's KGI beside what the members carry of it. */
function putTop(
  { put }: Grid,
  ctx: LayoutContext,
  kgi: KpiNode | undefined,
  kgiFormat: string,
  lastInputRow: number,
): void {
  const { model, backcast } = ctx;
  put(MEMBERS.titleRow, 1, { v: ctx.tr('sheet.members.title', { title: model.title }), s: 'title' });
  put(MEMBERS.subtitleRow, 1, { v: ctx.tr('sheet.members.subtitle'), s: 'subtitle' });
  if (kgi === undefined) return;
  const team = backcast.nodes.find((n) => n.id === kgi.id);
  const allocated = backcast.members.reduce((sum, m) => sum + (m.kgi ?? 0), 0);
  const R = MEMBERS.summaryRow;
  const teamCell = absA1(R, 2);
  const allocatedCell = absA1(R, 4);
  put(R, 1, { v: ctx.tr('sheet.members.teamKgi'), s: 'label' });
  put(R, 2, { f: name(targetName(kgi.id)), result: team?.monthly ?? undefined, s: numStyle(kgiFormat) });
  put(R, 3, { v: ctx.tr('sheet.members.allocated'), s: 'label' });
  put(R, 4, {
    f: call('SUM', ref(absRange(MEMBERS.firstRow, MEMBERS.col.kgi, lastInputRow, MEMBERS.col.kgi))),
    result: allocated,
    s: numStyle(kgiFormat),
  });
  put(R, 5, { v: ctx.tr('sheet.members.unallocated'), s: 'label' });
  put(R, 6, {
    f: bin('-', ref(teamCell), ref(allocatedCell)),
    ...(team?.monthly === null || team === undefined ? {} : { result: team.monthly - allocated }),
    s: numStyle(kgiFormat),
  });
}

/** The number format of a hypothesis's values. */
function hypothesisFormat(h: { id: string; unit?: string; name: string }): string {
  return looksLikeRate(h.id, h.unit, h.name) ? '0.0%' : h.unit ? numberFormatFor(h.unit) : 'General';
}

/** The member table: a row per member, then spare rows; returns where each member's KGI cell is. */
function putMemberTable(
  { put }: Grid,
  ctx: LayoutContext,
  kgi: KpiNode | undefined,
  kgiFormat: string,
): (j: number) => string {
  const { model, backcast } = ctx;
  const C = MEMBERS.col;
  const header = (key: MemberField): Cell => ({
    v: ctx.tr(MEMBER_HEADER_KEYS[key]),
    s: key === 'kgi' ? 'header' : 'headerInput',
    ...(key === 'share' ? { note: ctx.tr('sheet.members.note.share') } : {}),
  });
  for (const key of Object.keys(C) as MemberField[]) put(MEMBERS.headerRow, C[key], header(key));
  model.hypotheses.forEach((h, i) => {
    const col = MEMBERS.firstOverride + i;
    put(MEMBERS.hypothesisRow, col, { v: h.name, s: 'muted' });
    put(MEMBERS.headerRow, col, { v: h.id, s: 'headerInput', note: ctx.tr('sheet.members.note.override') });
  });
  const rows: (Member | null)[] = [...model.members, ...new Array<null>(MEMBERS.spareRows).fill(null)];
  rows.forEach((m, j) => {
    const r = MEMBERS.firstRow + j;
    put(r, C.id, { v: m?.id ?? null, s: 'inputText', input: true });
    put(r, C.name, { v: m?.name ?? null, s: 'inputText', input: true });
    put(r, C.share, { v: m?.share ?? null, s: inputStyle('0.0%'), input: true });
    put(r, C.target, { v: m?.target ?? null, s: inputStyle(kgiFormat), input: true });
    if (kgi !== undefined) {
      const kgiValue = m === null ? undefined : backcast.members[j]?.kgi;
      put(r, C.kgi, {
        f: memberKgiFormula(
          { share: ref(absA1(r, C.share)), target: ref(absA1(r, C.target)) },
          kgi.id,
          kgi.round,
        ),
        ...(kgiValue === undefined || kgiValue === null ? {} : { result: kgiValue }),
        s: numStyle(kgiFormat),
      });
    }
    model.hypotheses.forEach((h, i) => {
      put(r, MEMBERS.firstOverride + i, {
        v: m?.hypotheses[h.id] ?? null,
        s: inputStyle(hypothesisFormat(h)),
        input: true,
      });
    });
  });
  return (j) => absA1(MEMBERS.firstRow + j, C.kgi);
}

/** The targets table: a row per node, the team's own backcast and the members' total, then each member's block. */
function putTargets(
  sheet: Grid,
  ctx: LayoutContext,
  calendar: CalendarLayout,
  kgiCell: (j: number) => string,
): Pick<MemberLayout, 'teamMonthly' | 'teamWeek'> {
  const { put } = sheet;
  const { model, backcast } = ctx;
  const sheetName = ctx.sheetName('members');
  const weeks = backcast.calendar.weeks;
  const { groupRow, headerRow, firstRow } = memberTargetRows(model.members.length);
  const headings = weekHeadings(ctx);
  const T = MEMBER_TARGETS.col;
  const H = MEMBER_TARGET_HEADER_KEYS;
  put(groupRow, T.teamBackcast, { v: ctx.tr('sheet.members.team'), s: 'label' });
  put(headerRow, T.id, { v: ctx.tr(H.id), s: 'header' });
  put(headerRow, T.name, { v: ctx.tr(H.name), s: 'header' });
  put(headerRow, T.unit, { v: ctx.tr(H.unit), s: 'header' });
  put(headerRow, T.teamBackcast, { v: ctx.tr(H.teamBackcast), s: 'header' });
  put(headerRow, T.total, {
    v: ctx.tr(H.total),
    s: 'header',
    note: ctx.tr('sheet.members.targets.note.total'),
  });
  model.members.forEach((m, j) => {
    const block = memberBlock(j, weeks.length);
    put(groupRow, block.monthly, { v: m.name, s: 'label' });
    put(headerRow, block.monthly, { v: ctx.tr(H.monthly), s: 'header' });
    put(headerRow, block.perWorkday, { v: ctx.tr(H.perWorkday), s: 'header' });
    weeks.forEach((w, k) => put(headerRow, block.firstWeek + k, { v: w.label, s: 'header' }));
    // Above each ISO label, the week as people name it.
    headings.forEach((h, k) => put(groupRow, block.firstWeek + k, { v: h, s: 'header' }));
  });

  const rowOf = new Map(model.nodes.map((n, i) => [n.id as string, firstRow + i]));
  const targets = targetsById(backcast);
  const calendarCells = {
    cumulative: calendar.cumulativeCell,
    workdays: calendar.workdaysCell,
    sheet: ctx.sheetName('calendar'),
  };
  const overrideCell = (j: number, id: string): Formula => {
    const i = model.hypotheses.findIndex((h) => h.id === id);
    return ref(absA1(MEMBERS.firstRow + j, MEMBERS.firstOverride + i));
  };
  model.nodes.forEach((node) => {
    const r = rowOf.get(node.id) as number;
    const target = targets.get(node.id);
    const fmt = numberFormatFor(node.unit, node.unitKind);
    const parentRow = node.parent === null ? undefined : rowOf.get(node.parent);
    const rate = node.aggregate === 'average';
    put(r, T.id, { v: node.id, s: 'id' });
    put(r, T.name, {
      v: node.name,
      s: node.depth > 0 ? indentStyle(node.depth) : 'label',
    });
    put(r, T.unit, { v: node.unit ?? null, s: 'text' });
    const own =
      node.level === 'KGI'
        ? name(targetName(node.id))
        : parentRow === undefined
          ? null
          : backcastFormula(node, ref(absA1(parentRow, T.teamBackcast)), (h) => name(hypothesisName(h)));
    if (own === null || target?.monthly === null || target === undefined) return;
    put(r, T.teamBackcast, { f: own, result: target.teamBackcast ?? undefined, s: numStyle(fmt) });
    const monthlyCells: Formula[] = [];
    model.members.forEach((m, j) => {
      const block = memberBlock(j, weeks.length);
      const mine = target.byMember[j];
      const monthlyCell = ref(absA1(r, block.monthly));
      monthlyCells.push(monthlyCell);
      const monthly =
        node.level === 'KGI'
          ? ref(kgiCell(j))
          : backcastFormula(node, ref(absA1(parentRow as number, block.monthly)), (h) =>
              ownHypothesis(overrideCell(j, h), h),
            );
      put(r, block.monthly, { f: monthly as Formula, result: mine?.monthly ?? undefined, s: numStyle(fmt) });
      put(r, block.perWorkday, {
        f: rate ? monthlyCell : bin('/', monthlyCell, name(WORKDAYS)),
        result: mine?.perWorkday ?? undefined,
        s: numStyle(node.unitKind === 'count' ? '#,##0.00' : fmt),
      });
      weekShareFormulas(monthlyCell, weeks.length, node.round, calendarCells, rate).forEach((f, k) =>
        put(r, block.firstWeek + k, { f, result: mine?.weekly?.[k], s: numStyle(fmt) }),
      );
    });
    if (summedOverMembers(node) && monthlyCells.length > 0) {
      const total = node.level === 'KGI' ? sumTotal(target.byMember) : (target.monthly ?? undefined);
      put(r, T.total, { f: sumOf(monthlyCells), result: total, s: numStyle(fmt) });
    }
  });

  const computed = (node: KpiNode): boolean =>
    targets.get(node.id)?.monthly !== null && targets.get(node.id) !== undefined && rowOf.has(node.id);
  return {
    teamMonthly: (node) => {
      if (node.level === 'KGI' || !computed(node) || model.members.length === 0) return null;
      const r = rowOf.get(node.id) as number;
      return ref(absA1(r, summedOverMembers(node) ? T.total : T.teamBackcast), sheetName);
    },
    teamWeek: (node, k) => {
      if (node.level === 'KGI' || !computed(node) || !summedOverMembers(node) || model.members.length === 0)
        return null;
      const r = rowOf.get(node.id) as number;
      return sumOf(
        model.members.map((_, j) => ref(absA1(r, memberBlock(j, weeks.length).firstWeek + k), sheetName)),
      );
    },
  };
}

function sumTotal(values: readonly NodeTargets['byMember'][number][]): number | undefined {
  let total = 0;
  for (const v of values) {
    if (v.monthly === null) return undefined;
    total += v.monthly;
  }
  return total;
}

/** A share between 0 and 1, a target of at least 0, the members' own rates within 0–100 %. */
function validations(ctx: LayoutContext, lastInputRow: number): Validation[] {
  const C = MEMBERS.col;
  const column = (c: number): string => range(MEMBERS.firstRow, c, lastInputRow, c);
  const out: Validation[] = [
    { range: column(C.share), type: 'decimal', min: 0, max: 1 },
    { range: column(C.target), type: 'decimal', min: 0 },
  ];
  ctx.model.hypotheses.forEach((h, i) => {
    if (looksLikeRate(h.id, h.unit, h.name))
      out.push({ range: column(MEMBERS.firstOverride + i), type: 'decimal', min: 0, max: 1 });
  });
  return out;
}
