import { backcastOf, hypothesisName, perWorkdayOf, perWorkdayName, ROUND_UP_COUNT, targetName, weeklyName, weekShareFormulas, WEEKS, type WeekCells } from '../backcast/formulas';
import { ARG, name, type Formula } from '../formula/ast';
import { numberFormatFor } from '../model/units';
import { absRange, a1 } from './a1';
import type { CalendarLayout } from './calendarSheet';
import type { LayoutContext } from './context';
import { indentStyle, inputStyle, numStyle } from './styles';
import type { Cell, CellValue, DefinedName, SheetSpec, StyleKey, TableColumn, TableNames, TableSpec, ValuesColumn } from './spec';
import { TREE, TREE_COLUMN_KEYS, TREE_HEADER_KEYS, treeColumns, type TreeColumnKey, type TreeColumns } from './treeColumns';
import { AGGREGATES, LEVELS, type Aggregate } from '../model/planSchema';
import type { MessageKey } from '../i18n';
import { hasTypedTarget, hypothesisPlace, nodePlace, type KpiNode, type Model } from '../model/types';
import type { NodeTargets } from '../backcast/compute';
import type { MemberLayout } from './memberSheet';
import { weekHeadings, weekHeadingWidth } from './weekHeadings';
import { backcastNamer } from '../backcast/readable';
import { targetsByPlace } from '../backcast/types';

export interface TreeLayout {
  readonly sheet: SheetSpec;
  readonly names: DefinedName[];
  readonly columns: TreeColumns;
}

/** The calendar's cells the weekly targets divide by: cumulative and weekly working days. */
type CalendarCells = WeekCells;

/** Columns people type into: their header is styled as an input's. */
const INPUT_COLUMNS: ReadonlySet<TreeColumnKey> = new Set(['owner', 'deadline', 'controllable', 'better', 'baseline', 'capacity', 'ksf', 'notes', 'rationale', 'aggregate']);
/** Header notes: what a column means, where it is not obvious. */
const HEADER_NOTES: Partial<Record<TreeColumnKey, MessageKey>> = { backcast: 'sheet.tree.note.backcast', aggregate: 'sheet.tree.note.aggregate', backcastNames: 'sheet.tree.note.backcastNames' };

/** One row per node, depth-first, with live targets: monthly, per working day and per ISO week. */
export function layoutTreeSheet(ctx: LayoutContext, calendar: CalendarLayout, members?: MemberLayout): TreeLayout {
  const { model, backcast } = ctx;
  const sheetName = ctx.sheetName('tree');
  const weeks = backcast.calendar.weeks;
  const columns = treeColumns(weeks.length);
  const { col } = columns;
  const targetAt = targetsByPlace(backcast, model.nodes);
  const headings = weekHeadings(ctx);
  const rows: (Cell | null)[][] = headerRows(ctx, columns, weeks.map((w) => w.label), headings);
  const calendarCells: CalendarCells = { cumulative: calendar.cumulativeCell, workdays: calendar.workdaysCell, sheet: ctx.sheetName('calendar') };
  const inNames = backcastNamer(model, ctx.lang);
  const shared = sharedFormulas(columns.weekCount, calendarCells);
  const refs = treeRefs(model);
  const table = nodeTable(ctx, columns, shared, refs, members, inNames, targetAt);

  // Each node's target, per-day target and weeks are named from its id, a row at a time.
  const rowNames: TableNames[] = [
    { prefix: targetName(''), idCol: col.id, col: col.monthly },
    { prefix: perWorkdayName(''), idCol: col.id, col: col.perWorkday },
    { prefix: weeklyName(''), idCol: col.id, col: columns.firstWeek, lastCol: columns.firstWeek + weeks.length - 1 },
  ];
  const names: DefinedName[] = [{ name: WEEKS, sheet: sheetName, range: absRange(TREE.headerRow, columns.firstWeek, TREE.headerRow, columns.firstWeek + weeks.length - 1) }];

  const lastTyped = TREE.firstRow + model.nodes.length + TREE.spareRows;
  const columnRange = (c: number): string => `${a1(TREE.firstRow, c)}:${a1(lastTyped, c)}`;
  return {
    sheet: {
      key: 'tree',
      name: sheetName,
      rows,
      table: { ...table, names: rowNames },
      widths: treeWidths(columns, headings),
      freeze: { rows: TREE.headerRow, columns: col.name },
      validations: [
        { range: columnRange(col.level), type: 'list', values: LEVELS },
        { range: columnRange(col.deadline), type: 'date' },
        { range: columnRange(col.controllable), type: 'list', values: [ctx.tr('sheet.yes'), ctx.tr('sheet.no')] },
        { range: columnRange(col.aggregate), type: 'list', values: AGGREGATES.map((a) => ctx.tr(AGGREGATE_LABEL[a])) },
        { range: columnRange(col.better), type: 'list', values: [ctx.tr('sheet.better.higher'), ctx.tr('sheet.better.lower')] },
      ],
      conditionalFormats: [],
      tabColor: '4472C4',
    },
    names,
    columns,
  };
}

/**
 * Title, subtitle, legend and the header row (the weeks' ISO labels between per working day
 * and owner), each week's heading standing above its label in the legend's row.
 */
function headerRows(ctx: LayoutContext, columns: TreeColumns, weekLabels: readonly string[], headings: readonly string[]): (Cell | null)[][] {
  const row = (): (Cell | null)[] => new Array<Cell | null>(columns.last).fill(null);
  const title = row();
  title[0] = { v: ctx.tr('sheet.tree.title', { title: ctx.model.title }), s: 'title' };
  const subtitle = row();
  subtitle[0] = { v: ctx.tr('sheet.tree.subtitle', { month: ctx.model.month }), s: 'subtitle' };
  const legend = row();
  // The legend stands in the first column that prints (the id column does not); nothing is left in the id's.
  legend[0] = { v: null };
  legend[columns.col.id] = { v: ctx.tr('sheet.tree.legend'), s: 'muted' };
  const header = row();
  for (const key of TREE_COLUMN_KEYS) {
    header[columns.col[key] - 1] = {
      v: ctx.tr(TREE_HEADER_KEYS[key]),
      s: INPUT_COLUMNS.has(key) ? 'headerInput' : 'header',
      note: HEADER_NOTES[key] === undefined ? undefined : ctx.tr(HEADER_NOTES[key]),
    };
  }
  weekLabels.forEach((label, k) => (header[columns.firstWeek - 1 + k] = { v: label, s: 'header' }));
  headings.forEach((heading, k) => (legend[columns.firstWeek - 1 + k] = { v: heading, s: 'header' }));
  return [title, subtitle, legend, header];
}

/**
 * The nodes' rows, column by column: what the plan says of each node, its live targets
 * (the KGI's monthly target is an input; the others are formulas), and the inputs people
 * fill in. With members, a quantity's targets are the members' added up, from the member
 * sheet.
 */
function nodeTable(
  ctx: LayoutContext,
  columns: TreeColumns,
  shared: SharedFormulas,
  refs: TreeRefs,
  members: MemberLayout | undefined,
  inNames: (node: KpiNode) => string | null,
  targetAt: (at: number) => NodeTargets | undefined,
): TableSpec {
  const { col } = columns;
  const { nodes } = ctx.model;
  const n = nodes.length;
  const values = (): CellValue[] => new Array<CellValue>(n);
  const id = values();
  const level = values();
  const name = values();
  const nameStyle = new Array<StyleKey>(n);
  const parent = values();
  const backcast = values();
  const backcastNames = values();
  const unit = values();
  const monthly = new Array<Cell | null>(n);
  const owner = values();
  const deadline = new Array<Cell>(n);
  const controllable = values();
  const better = values();
  const baseline = values();
  const baselineStyle = new Array<StyleKey>(n);
  const capacity = values();
  const ksf = values();
  const notes = values();
  const rationale = values();
  const aggregate = values();
  // The per-day and weekly targets: each row's formula (one the column shares, with the row's
  // own target as its part), value and style. A node's weeks are all the team's or none.
  const targetStyle = new Array<StyleKey>(n);
  const dayStyle = new Array<StyleKey>(n);
  const dayF = new Array<Formula | undefined>(n);
  const dayFa = new Array<Formula | undefined>(n);
  const dayResult = new Array<number | undefined>(n);
  const weekF = Array.from({ length: columns.weekCount }, () => new Array<Formula | undefined>(n));
  const weekFa = new Array<Formula | undefined>(n);
  const weekResult = Array.from({ length: columns.weekCount }, () => new Array<number | undefined>(n));

  for (let at = 0; at < n; at++) {
    const node = nodes[at];
    const target = targetAt(at);
    const fmt = numberFormatFor(node.unit, node.unitKind);
    id[at] = node.id;
    level[at] = node.level;
    name[at] = node.name;
    nameStyle[at] = node.depth > 0 ? indentStyle(node.depth) : 'label';
    parent[at] = node.parent;
    backcast[at] = node.backcast === undefined ? null : node.backcast.source;
    backcastNames[at] = inNames(node);
    unit[at] = node.unit ?? null;

    const team = members?.teamMonthly(node) ?? null;
    // A count's rounding is one formula the column shares; the row gives its own backcast.
    const own = team === null ? backcastOf(node, refs.parentOf(node), refs.hypothesis) : null;
    const typed = hasTypedTarget(node);
    const result = target?.monthly ?? undefined;
    monthly[at] = typed
      ? { v: node.target ?? null, s: inputStyle(fmt), input: true }
      : team !== null
        ? { f: team, result, s: numStyle(fmt) }
        : own === null
          ? null
          : node.round === 'up'
            ? { f: ROUND_UP_COUNT, fa: own, result, s: numStyle(fmt) }
            : { f: own, result, s: numStyle(fmt) };
    if (typed || team !== null || own !== null) {
      const average = node.aggregate === 'average';
      // Each row gives its own target to the formulas its column shares.
      const total = refs.target(at);
      dayF[at] = shared.perWorkday(average);
      dayFa[at] = total;
      if (target?.perWorkday != null) dayResult[at] = target.perWorkday;
      dayStyle[at] = numStyle(node.unitKind === 'count' && !average ? '#,##0.00' : fmt);
      targetStyle[at] = numStyle(fmt);
      const weeks = shared.weeks(node.round, average);
      let teamWeeks = false;
      for (let k = 0; k < columns.weekCount; k++) {
        const teamWeek = members?.teamWeek(node, k) ?? null;
        if (teamWeek !== null) teamWeeks = true;
        weekF[k][at] = teamWeek ?? weeks[k];
        const weekly = target?.weekly?.[k];
        if (weekly !== undefined) weekResult[k][at] = weekly;
      }
      if (!teamWeeks) weekFa[at] = total;
    }
    owner[at] = node.owner ?? null;
    deadline[at] = node.deadline ? { v: { date: node.deadline }, s: 'inputDate', input: true } : BLANK_DATE;
    controllable[at] = node.controllable === undefined ? null : ctx.tr(node.controllable ? 'sheet.yes' : 'sheet.no');
    better[at] = node.better === undefined ? null : ctx.tr(node.better === 'lower' ? 'sheet.better.lower' : 'sheet.better.higher');
    baseline[at] = node.baseline ?? null;
    baselineStyle[at] = inputStyle(fmt);
    capacity[at] = node.capacityPerDay ?? null;
    ksf[at] = node.ksf ?? null;
    notes[at] = node.notes ?? null;
    rationale[at] = node.rationale ?? null;
    // Only an override is written: blank keeps inferring from the unit and the name as they change.
    aggregate[at] = node.aggregateOverride === undefined ? null : ctx.tr(AGGREGATE_LABEL[node.aggregateOverride]);
  }

  const text = (c: number, v: CellValue[], s: ValuesColumn['s']): TableColumn => ({ kind: 'values', col: c, values: v, s });
  const input = (c: number, v: CellValue[], s: ValuesColumn['s']): TableColumn => ({ kind: 'values', col: c, values: v, s, input: true });
  const tableColumns: TableColumn[] = [
    text(col.id, id, 'id'),
    text(col.level, level, 'text'),
    text(col.name, name, nameStyle),
    text(col.parent, parent, 'id'),
    text(col.backcast, backcast, 'text'),
    text(col.unit, unit, 'text'),
    { kind: 'cells', col: col.monthly, cells: monthly },
    { kind: 'formulas', col: col.perWorkday, f: dayF, fa: dayFa, result: dayResult, s: dayStyle },
    ...weekF.map((f, k): TableColumn => ({ kind: 'formulas', col: columns.firstWeek + k, f, fa: weekFa, result: weekResult[k], s: targetStyle })),
    input(col.owner, owner, 'inputText'),
    { kind: 'cells', col: col.deadline, cells: deadline },
    input(col.controllable, controllable, 'inputText'),
    input(col.better, better, 'inputText'),
    input(col.baseline, baseline, baselineStyle),
    input(col.capacity, capacity, inputStyle('#,##0')),
    input(col.ksf, ksf, 'inputText'),
    input(col.notes, notes, 'inputText'),
    input(col.rationale, rationale, 'inputText'),
    input(col.aggregate, aggregate, 'inputText'),
    text(col.backcastNames, backcastNames, 'muted'),
  ];
  return { firstRow: TREE.firstRow, length: n, columns: tableColumns.sort((a, b) => a.col - b.col) };
}

/** An empty deadline: one cell for every node without one. */
const BLANK_DATE: Cell = { v: null, s: 'inputDate', input: true };

/**
 * The names rows refer to, as formulas made once each: a node's `T_` serves its own row's
 * shared formulas and every child's backcast; a hypothesis's `H_`, every backcast that uses it.
 */
interface TreeRefs {
  target(at: number): Formula;
  parentOf(node: KpiNode): Formula;
  hypothesis(id: string): Formula;
}

function treeRefs(model: Pick<Model, 'nodes' | 'hypotheses'>): TreeRefs {
  const targets = model.nodes.map((n) => name(targetName(n.id)));
  const hypotheses = new Array<Formula | undefined>(model.hypotheses.length);
  const nodeAt = nodePlace(model);
  const hypothesisAt = hypothesisPlace(model);
  return {
    target: (at) => targets[at],
    parentOf(node) {
      const at = node.parent === null ? undefined : nodeAt.get(node.parent);
      return at === undefined ? name(targetName(node.parent ?? '')) : targets[at];
    },
    hypothesis(id) {
      const at = hypothesisAt.get(id);
      return at === undefined ? name(hypothesisName(id)) : (hypotheses[at] ??= name(hypothesisName(id)));
    },
  };
}

/**
 * The per-working-day and weekly formulas of a row, with `arg` where the row's own target
 * `T_<id>` goes: a handful of formulas for the whole tree, as Excel shares a formula down
 * a column, instead of some thirty formula nodes a row.
 */
interface SharedFormulas {
  perWorkday(average: boolean): Formula;
  weeks(round: 'up' | 'none', average: boolean): readonly Formula[];
}

function sharedFormulas(weekCount: number, calendarCells: CalendarCells): SharedFormulas {
  const perDay = [perWorkdayOf(ARG, false), perWorkdayOf(ARG, true)];
  const weeks = new Map<string, readonly Formula[]>();
  return {
    perWorkday: (average) => perDay[Number(average)],
    weeks(round, average) {
      const key = average ? 'average' : round;
      let made = weeks.get(key);
      if (made === undefined) weeks.set(key, (made = weekShareFormulas(ARG, weekCount, round, calendarCells, average)));
      return made;
    },
  };
}

/** The dropdown's words for each aggregate, in the workbook's language; the reader accepts either language. */
export const AGGREGATE_LABEL: Readonly<Record<Aggregate, MessageKey>> = { sum: 'sheet.aggregate.sum', average: 'sheet.aggregate.average' };

/** Column widths in characters; a week is as wide as its heading, the columns not named keep 12. */
function treeWidths({ col, last, firstWeek }: TreeColumns, headings: readonly string[]): number[] {
  const widths = new Array<number>(last).fill(12);
  headings.forEach((h, k) => (widths[firstWeek - 1 + k] = weekHeadingWidth(h, 12)));
  const width: Partial<Record<TreeColumnKey, number>> = { id: 14, level: 6, name: 28, parent: 14, backcast: 30, unit: 6, monthly: 14, perWorkday: 12, owner: 12, deadline: 12, controllable: 10, better: 12, ksf: 28, notes: 28, rationale: 28, aggregate: 10, backcastNames: 30 };
  for (const [key, w] of Object.entries(width) as [TreeColumnKey, number][]) widths[col[key] - 1] = w;
  return widths;
}
