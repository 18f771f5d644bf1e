import { backcastOf, hypothesisName, perWorkdayOf, perWorkdayName, ROUND_UP_COUNT, targetName, weeklyName, weekShareFormulas, WEEKS, type WeekCells } from '../backcast/formulas';
import { ARG, name, type Formula } from '../formula/ast';
import { numberFormatFor } from '../model/units';
import { absA1, absRange, a1 } from './a1';
import type { CalendarLayout } from './calendarSheet';
import type { LayoutContext } from './context';
import { indentStyle, inputStyle, numStyle } from './styles';
import { cellPool, type CellPool } from './cellPool';
import type { Cell, DefinedName, SheetSpec, StyleKey } from './spec';
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
  // Three names a node, and the weeks' row: made at their full length, as a list of some 30,000
  // grown one push at a time is copied as it grows, the last copies outside the young generation.
  const names = new Array<DefinedName>(3 * model.nodes.length + 1);
  const calendarCells: CalendarCells = { cumulative: calendar.cumulativeCell, workdays: calendar.workdaysCell, sheet: ctx.sheetName('calendar') };
  const inNames = backcastNamer(model, ctx.lang);
  const same = cellPool();
  const shared = sharedFormulas(columns.weekCount, calendarCells);
  const refs = treeRefs(model);

  model.nodes.forEach((node, i) => {
    const r = TREE.firstRow + i;
    rows.push(nodeRow(ctx, node, i, targetAt(i), columns, shared, refs, members, inNames, same));
    names[3 * i] = { name: refs.targetName(i), sheet: sheetName, range: absA1(r, col.monthly) };
    names[3 * i + 1] = { name: perWorkdayName(node.id), sheet: sheetName, range: absA1(r, col.perWorkday) };
    names[3 * i + 2] = { name: weeklyName(node.id), sheet: sheetName, range: absRange(r, columns.firstWeek, r, columns.firstWeek + weeks.length - 1) };
  });
  names[3 * model.nodes.length] = { name: WEEKS, sheet: sheetName, range: absRange(TREE.headerRow, columns.firstWeek, TREE.headerRow, columns.firstWeek + weeks.length - 1) };

  const lastTyped = TREE.firstRow + model.nodes.length + TREE.spareRows;
  const columnRange = (c: number): string => `${a1(TREE.firstRow, c)}:${a1(lastTyped, c)}`;
  return {
    sheet: {
      key: 'tree',
      name: sheetName,
      rows,
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
 * A node's row: what the plan says of it, its live targets (the KGI's monthly target
 * is an input; the others are formulas), and the inputs people fill in. With members,
 * a quantity's targets are the members' added up, from the member sheet.
 */
function nodeRow(
  ctx: LayoutContext,
  node: KpiNode,
  at: number,
  target: NodeTargets | undefined,
  columns: TreeColumns,
  shared: SharedFormulas,
  refs: TreeRefs,
  members: MemberLayout | undefined,
  inNames: (node: KpiNode) => string | null,
  same: CellPool,
): (Cell | null)[] {
  const { col } = columns;
  const fmt = numberFormatFor(node.unit, node.unitKind);
  const cells = new Array<Cell | null>(columns.last).fill(null);
  cells[col.id - 1] = { v: node.id, s: 'id' };
  cells[col.level - 1] = same(node.level, 'text');
  cells[col.name - 1] = { v: node.name, s: node.depth > 0 ? indentStyle(node.depth) : 'label' };
  cells[col.parent - 1] = node.parent === null ? same(null, 'id') : { v: node.parent, s: 'id' };
  cells[col.backcast - 1] = node.backcast === undefined ? same(null, 'text') : { v: node.backcast.source, s: 'text' };
  const named = inNames(node);
  cells[col.backcastNames - 1] = named === null ? same(null, 'muted') : { v: named, s: 'muted' };
  cells[col.unit - 1] = same(node.unit ?? null, 'text');

  const team = members?.teamMonthly(node) ?? null;
  // A count's rounding is one formula the column shares; the row gives its own backcast.
  const own = team === null ? backcastOf(node, refs.parentOf(node), refs.hypothesis) : null;
  const typed = hasTypedTarget(node);
  const result = target?.monthly ?? undefined;
  if (typed) {
    cells[col.monthly - 1] = { v: node.target ?? null, s: inputStyle(fmt), input: true };
  } else if (team !== null) {
    cells[col.monthly - 1] = { f: team, result, s: numStyle(fmt) };
  } else if (own !== null) {
    cells[col.monthly - 1] = node.round === 'up' ? { f: ROUND_UP_COUNT, fa: own, result, s: numStyle(fmt) } : { f: own, result, s: numStyle(fmt) };
  }
  if (typed || team !== null || own !== null) {
    const average = node.aggregate === 'average';
    const dayFmt = node.unitKind === 'count' && !average ? '#,##0.00' : fmt;
    // Each row gives its own target to the formulas its column shares.
    const total = refs.target(at);
    cells[col.perWorkday - 1] = { f: shared.perWorkday(average), fa: total, result: target?.perWorkday ?? undefined, s: numStyle(dayFmt) };
    const weeks = shared.weeks(node.round, average);
    const weekStyle = numStyle(fmt);
    for (let k = 0; k < columns.weekCount; k++) {
      const team = members?.teamWeek(node, k) ?? null;
      cells[columns.firstWeek - 1 + k] =
        team === null ? { f: weeks[k], fa: total, result: target?.weekly?.[k], s: weekStyle } : { f: team, result: target?.weekly?.[k], s: weekStyle };
    }
  }
  // Numbers and free text are each a node's own: only their blank cell is shared.
  cells[col.owner - 1] = same(node.owner ?? null, 'inputText', true);
  cells[col.deadline - 1] = node.deadline ? { v: { date: node.deadline }, s: 'inputDate', input: true } : same(null, 'inputDate', true);
  cells[col.controllable - 1] = same(node.controllable === undefined ? null : ctx.tr(node.controllable ? 'sheet.yes' : 'sheet.no'), 'inputText', true);
  cells[col.better - 1] = same(node.better === undefined ? null : ctx.tr(node.better === 'lower' ? 'sheet.better.lower' : 'sheet.better.higher'), 'inputText', true);
  cells[col.baseline - 1] = typedIn(same, node.baseline, inputStyle(fmt));
  cells[col.capacity - 1] = typedIn(same, node.capacityPerDay, inputStyle('#,##0'));
  cells[col.ksf - 1] = typedIn(same, node.ksf, 'inputText');
  cells[col.notes - 1] = typedIn(same, node.notes, 'inputText');
  cells[col.rationale - 1] = typedIn(same, node.rationale, 'inputText');
  // Only an override is written: blank keeps inferring from the unit and the name as they change.
  cells[col.aggregate - 1] = same(node.aggregateOverride === undefined ? null : ctx.tr(AGGREGATE_LABEL[node.aggregateOverride]), 'inputText', true);
  return cells;
}

/** A number or free text of the node's own as an input cell: only the blank is shared. */
function typedIn(same: CellPool, v: string | number | undefined, s: StyleKey): Cell {
  return v === undefined ? same(null, s, true) : { v, s, input: true };
}

/**
 * The names rows refer to, as formulas made once each: a node's `T_` serves its own row's
 * shared formulas, its defined name and every child's backcast; a hypothesis's `H_`, every
 * backcast that uses it.
 */
interface TreeRefs {
  targetName(at: number): string;
  target(at: number): Formula;
  parentOf(node: KpiNode): Formula;
  hypothesis(id: string): Formula;
}

function treeRefs(model: Pick<Model, 'nodes' | 'hypotheses'>): TreeRefs {
  const targetNames = model.nodes.map((n) => targetName(n.id));
  const targets = targetNames.map((n) => name(n));
  const hypotheses = new Array<Formula | undefined>(model.hypotheses.length);
  const nodeAt = nodePlace(model);
  const hypothesisAt = hypothesisPlace(model);
  return {
    targetName: (at) => targetNames[at],
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
