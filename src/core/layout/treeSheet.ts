import { perWorkdayFormula, perWorkdayName, targetFormula, targetName, weeklyFormula, weeklyName, WEEKS } from '../backcast/formulas';
import { numberFormatFor } from '../model/units';
import { absA1, absRange, a1 } from './a1';
import type { CalendarLayout } from './calendarSheet';
import type { LayoutContext } from './context';
import { inputStyle, numStyle } from './styles';
import type { Cell, DefinedName, SheetSpec, StyleKey } from './spec';
import { TREE, TREE_COLUMN_KEYS, TREE_HEADER_KEYS, treeColumns, type TreeColumns } from './treeColumns';
import { LEVELS } from '../model/planSchema';

export interface TreeLayout {
  readonly sheet: SheetSpec;
  readonly names: DefinedName[];
  readonly columns: TreeColumns;
  /** The sheet row of each node id. */
  readonly rowOf: ReadonlyMap<string, number>;
}

/** One row per node, depth-first, with live targets: monthly, per working day and per ISO week. */
export function layoutTreeSheet(ctx: LayoutContext, calendar: CalendarLayout): TreeLayout {
  const { model, backcast } = ctx;
  const sheetName = ctx.sheetName('tree');
  const calendarSheet = ctx.sheetName('calendar');
  const weeks = backcast.calendar.weeks;
  const columns = treeColumns(weeks.length);
  const { col } = columns;
  const targets = new Map(backcast.nodes.map((n) => [n.id, n]));
  const rows: (Cell | null)[][] = [];
  const names: DefinedName[] = [];
  const rowOf = new Map<string, number>();

  const row = (): (Cell | null)[] => new Array<Cell | null>(columns.last).fill(null);
  const title = row();
  title[0] = { v: ctx.tr('sheet.tree.title', { title: model.title }), s: 'title' };
  const subtitle = row();
  subtitle[0] = { v: ctx.tr('sheet.tree.subtitle', { month: model.month }), s: 'subtitle' };
  const legend = row();
  legend[0] = { v: ctx.tr('sheet.tree.legend'), s: 'muted' };
  const header = row();
  for (const key of TREE_COLUMN_KEYS) {
    const inputColumn = ['owner', 'deadline', 'controllable', 'baseline', 'capacity', 'ksf', 'notes'].includes(key);
    header[col[key] - 1] = {
      v: ctx.tr(TREE_HEADER_KEYS[key]),
      s: inputColumn ? 'headerInput' : 'header',
      note: key === 'backcast' ? ctx.tr('sheet.tree.note.backcast') : undefined,
    };
  }
  weeks.forEach((w, k) => (header[columns.firstWeek - 1 + k] = { v: w.label, s: 'header' }));
  rows.push(title, subtitle, legend, header);

  model.nodes.forEach((node, i) => {
    const r = TREE.firstRow + i;
    rowOf.set(node.id, r);
    const target = targets.get(node.id);
    const fmt = numberFormatFor(node.unit, node.unitKind);
    const cells = row();
    const set = (key: keyof typeof col, cell: Cell): void => {
      cells[col[key] - 1] = cell;
    };
    set('id', { v: node.id, s: 'id' });
    set('level', { v: node.level, s: 'text' });
    set('name', { v: node.name, s: node.depth > 0 ? (`indent:${Math.min(node.depth * 2, 15)}` as StyleKey) : 'label' });
    set('parent', { v: node.parent ?? null, s: 'id' });
    set('backcast', { v: node.backcast?.source ?? null, s: 'text' });
    set('unit', { v: node.unit ?? null, s: 'text' });

    const formula = targetFormula(node);
    const hasTarget = node.level === 'KGI' || formula !== null;
    if (node.level === 'KGI') {
      set('monthly', { v: node.target ?? null, s: inputStyle(fmt), input: true });
    } else if (formula) {
      set('monthly', { f: formula, result: target?.monthly ?? undefined, s: numStyle(fmt) });
    }
    if (hasTarget) {
      set('perWorkday', {
        f: perWorkdayFormula(node.id, node.unitKind === 'rate'),
        result: target?.perWorkday ?? undefined,
        s: numStyle(node.unitKind === 'count' ? '#,##0.00' : fmt),
      });
      weeks.forEach((_, k) => {
        cells[columns.firstWeek - 1 + k] = {
          f: weeklyFormula(node.id, k, node.round, { cumulative: calendar.cumulativeCell, workdays: calendar.workdaysCell, sheet: calendarSheet }, node.unitKind === 'rate'),
          result: target?.weekly?.[k],
          s: numStyle(fmt),
        };
      });
    }
    set('owner', { v: node.owner ?? null, s: 'inputText', input: true });
    set('deadline', { v: node.deadline ? { date: node.deadline } : null, s: 'inputDate', input: true });
    set('controllable', {
      v: node.controllable === undefined ? null : ctx.tr(node.controllable ? 'sheet.yes' : 'sheet.no'),
      s: 'inputText',
      input: true,
    });
    set('baseline', { v: node.baseline ?? null, s: inputStyle(fmt), input: true });
    set('capacity', { v: node.capacityPerDay ?? null, s: inputStyle('#,##0'), input: true });
    set('ksf', { v: node.ksf ?? null, s: 'inputText', input: true });
    set('notes', { v: node.notes ?? null, s: 'inputText', input: true });
    rows.push(cells);

    names.push({ name: targetName(node.id), sheet: sheetName, range: absA1(r, col.monthly) });
    names.push({ name: perWorkdayName(node.id), sheet: sheetName, range: absA1(r, col.perWorkday) });
    names.push({ name: weeklyName(node.id), sheet: sheetName, range: absRange(r, columns.firstWeek, r, columns.firstWeek + weeks.length - 1) });
  });
  names.push({ name: WEEKS, sheet: sheetName, range: absRange(TREE.headerRow, columns.firstWeek, TREE.headerRow, columns.firstWeek + weeks.length - 1) });

  const lastTyped = TREE.firstRow + model.nodes.length + TREE.spareRows;
  const columnRange = (c: number): string => `${a1(TREE.firstRow, c)}:${a1(lastTyped, c)}`;
  const widths = new Array<number>(columns.last).fill(12);
  const width = (key: keyof typeof col, w: number): void => {
    widths[col[key] - 1] = w;
  };
  width('id', 14);
  width('level', 6);
  width('name', 28);
  width('parent', 14);
  width('backcast', 30);
  width('unit', 6);
  width('monthly', 14);
  width('perWorkday', 12);
  width('owner', 12);
  width('deadline', 12);
  width('controllable', 10);
  width('ksf', 28);
  width('notes', 28);

  return {
    sheet: {
      key: 'tree',
      name: sheetName,
      rows,
      widths,
      freeze: { rows: TREE.headerRow, columns: col.name },
      validations: [
        { range: columnRange(col.level), type: 'list', values: LEVELS },
        { range: columnRange(col.deadline), type: 'date' },
        { range: columnRange(col.controllable), type: 'list', values: [ctx.tr('sheet.yes'), ctx.tr('sheet.no')] },
      ],
      conditionalFormats: [],
      tabColor: '4472C4',
    },
    names,
    columns,
    rowOf,
  };
}
