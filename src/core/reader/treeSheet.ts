import { ID_PATTERN, type IsoDate } from '../brand';
import type { LocalizedText } from '../i18n';
import { sheetAddress } from '../layout/a1';
import {
  NODE_FIELD_COLUMN,
  TREE_HEADER_KEYS,
  type NodeField,
  type TreeColumnKey,
} from '../layout/treeColumns';
import { AGGREGATE_LABEL } from '../layout/treeSheet';
import { LANGS, messages } from '../i18n';
import { AGGREGATES, LEVELS, type Aggregate, type Level, type PlanKpi } from '../model/planSchema';
import type { Problem } from '../model/problem';
import { isBad, notNumberMessage, readBoolean, readDate, readDirection, readNumber, readRawText, readText, type Read } from './cells';
import { findHeaderRow, findSheet, headerMatcher, type HeaderRow } from './headers';
import { cellAt, type RawCell, type SheetData } from './workbookData';

type Report = (message: LocalizedText, cell?: string, node?: string, severity?: Problem['severity']) => void;

const REQUIRED_TREE_COLUMNS: readonly TreeColumnKey[] = ['id', 'level', 'name', 'parent'];
/** A tree header's text (either language) → its column. */
export const matchTreeHeader = headerMatcher(TREE_HEADER_KEYS);

/** The tree's header row on a sheet: ID, level, name and parent (either language) in its first rows. */
export function findTreeHeader(sheet: SheetData): HeaderRow<TreeColumnKey> | null {
  return findHeaderRow(sheet, matchTreeHeader, REQUIRED_TREE_COLUMNS);
}

/** Whether a sheet holds a KPI tree's header (ID, level, name, parent, in either language) in its first rows. */
export function hasTreeHeader(sheet: SheetData): boolean {
  return findTreeHeader(sheet) !== null;
}

/**
 * The tree sheet and its header: by its name in either language, else the first sheet
 * with the header. Null, with the reason reported, when the workbook holds no tree that
 * can be read whole.
 */
export function findTree(
  sheets: readonly SheetData[],
  report: Report,
): { sheet: SheetData; header: HeaderRow<TreeColumnKey> } | null {
  const sheet = findSheet(sheets, 'sheet.tree') ?? sheets.find(hasTreeHeader);
  const header = sheet ? findTreeHeader(sheet) : null;
  if (sheet?.truncated) {
    // A host read only the top of it: a tree read from part of its rows would lose the rest.
    report({ key: 'reader.treeSheetPartial', params: { sheet: sheet.name } });
    return null;
  }
  if (!sheet || !header) {
    report(
      sheet
        ? { key: 'reader.noHeader', params: { sheet: sheet.name, columns: 'ID, Level, Name, Parent' } }
        : { key: 'reader.noTreeSheet' },
    );
    return null;
  }
  return { sheet, header };
}

/** The node rows of a tree sheet, as plan kpis, and where each stands. */
export interface TreeRows {
  readonly kpis: PlanKpi[];
  /** The sheet row of `kpis[i]`. */
  readonly kpiRows: number[];
  /** Each node's row, in sheet order. */
  readonly nodeRows: { id: string; row: number }[];
  /** Rows below the header that are not nodes but hold something (people's notes). */
  readonly foreignRows: number[];
  /** The address of a node field's cell in a row; undefined when the sheet has no such column. */
  readonly address: (row: number, field: NodeField) => string | undefined;
}

/** A node's fields, read from its row: each cell that cannot be read as its field is a problem there. */
interface NodeFields {
  text(field: NodeField): string | undefined;
  rawText(field: NodeField): string | undefined;
  number(field: NodeField): number | undefined;
  date(field: NodeField): IsoDate | undefined;
  boolean(field: NodeField): boolean | undefined;
  aggregate(field: NodeField): Aggregate | undefined;
  direction(field: NodeField): 'higher' | 'lower' | undefined;
}

/** The aggregate a cell names, in either language (合計/平均, sum/average). */
const AGGREGATE_WORDS: ReadonlyMap<string, Aggregate> = new Map(
  AGGREGATES.flatMap((a) => [[a, a] as const, ...LANGS.map((l) => [messages[AGGREGATE_LABEL[a]][l].toLowerCase(), a] as const)]),
);

function readAggregate(cell: RawCell | undefined): Read<Aggregate> {
  if (cell?.error) return { bad: cell.error };
  const text = readText(cell);
  if (text === undefined) return undefined;
  return AGGREGATE_WORDS.get(text.normalize('NFKC').toLowerCase()) ?? { bad: text };
}

/**
 * Every row below the header: a node (an id and a known level), or a row of people's
 * own. A cell that cannot be read as its field is a problem at that cell.
 */
export function readTreeRows(sheet: SheetData, header: HeaderRow<TreeColumnKey>, report: Report): TreeRows {
  const column = (field: NodeField): number | undefined => header.columns[NODE_FIELD_COLUMN[field]];
  const cell = (row: number, field: NodeField): RawCell | undefined => {
    const c = column(field);
    return c ? cellAt(sheet, row, c) : undefined;
  };
  const address = (row: number, field: NodeField): string | undefined => {
    const c = column(field);
    return c ? sheetAddress(sheet.name, row, c) : undefined;
  };
  const fieldsOf = (row: number, id: string): NodeFields => {
    const typed = <T>(
      field: NodeField,
      value: Read<T>,
      bad: 'reader.notNumber' | 'reader.notDate' | 'reader.notBoolean' | 'reader.notAggregate' | 'reader.notDirection',
    ): T | undefined => {
      if (!isBad(value)) return value as T | undefined;
      const message: LocalizedText =
        bad === 'reader.notNumber'
          ? notNumberMessage(value)
          : value.bad.startsWith('#')
            ? { key: 'reader.errorValue', params: { error: value.bad } }
            : { key: bad, params: { value: value.bad } };
      report(message, address(row, field), id);
      return undefined;
    };
    return {
      text: (field) => readText(cell(row, field)),
      rawText: (field) => readRawText(cell(row, field)),
      number: (field) => typed(field, readNumber(cell(row, field)), 'reader.notNumber'),
      date: (field) => typed(field, readDate(cell(row, field)), 'reader.notDate'),
      boolean: (field) => typed(field, readBoolean(cell(row, field)), 'reader.notBoolean'),
      aggregate: (field) => typed(field, readAggregate(cell(row, field)), 'reader.notAggregate'),
      direction: (field) => typed(field, readDirection(cell(row, field)), 'reader.notDirection'),
    };
  };

  const rows: TreeRows = { kpis: [], kpiRows: [], nodeRows: [], foreignRows: [], address };
  for (let row = header.row + 1; row <= sheet.rows.length; row++) {
    const id = readText(cell(row, 'id'));
    const level = readText(cell(row, 'level'));
    const name = readRawText(cell(row, 'name'));
    if (id === undefined) {
      if (name !== undefined && level !== undefined) report({ key: 'reader.missingId' }, address(row, 'id'));
      if (holdsSomething(sheet.rows[row - 1] ?? [])) rows.foreignRows.push(row);
      continue;
    }
    if (level === undefined && !looksLikeNode(id, readText(cell(row, 'parent')), readText(cell(row, 'backcast')))) {
      // Text in the ID column of a row with no level (a note, a Total row): people's own row, kept as it is.
      if (holdsSomething(sheet.rows[row - 1] ?? [])) rows.foreignRows.push(row);
      continue;
    }
    const upper = (level ?? '').toUpperCase();
    if (!isLevel(upper)) {
      report({ key: 'reader.badLevel', params: { value: level ?? '' } }, address(row, 'level'), id);
      rows.foreignRows.push(row);
      continue;
    }
    if (name === undefined || name.trim() === '')
      report({ key: 'reader.missingName', params: { id } }, address(row, 'name'), id);
    rows.kpis.push(readKpi(fieldsOf(row, id), id, upper, name ?? ''));
    rows.kpiRows.push(row);
    rows.nodeRows.push({ id, row });
  }
  return rows;
}

/**
 * A row without a level is a node someone typed and forgot the level of only when it has
 * an id and says where it hangs (a parent or a backcast); otherwise it is people's own.
 */
function looksLikeNode(id: string, parent: string | undefined, backcast: string | undefined): boolean {
  return ID_PATTERN.test(id) && (parent !== undefined || backcast !== undefined);
}

function isLevel(text: string): text is Level {
  return (LEVELS as readonly string[]).includes(text);
}

/** Whether a row that is no node holds something of people's own (a value or a formula). */
function holdsSomething(cells: readonly (RawCell | undefined)[]): boolean {
  return cells.some((c) => c && ((c.value !== null && c.value !== '') || c.formula));
}

/**
 * A node row as the plan would say it: the KGI has a target, the others a backcast; a KCI
 * without a backcast may have a target of its own (a measured KCI).
 */
function readKpi(fields: NodeFields, id: string, level: Level, name: string): PlanKpi {
  const isKgi = level === 'KGI';
  const backcast = isKgi ? undefined : fields.text('backcast');
  const typedTarget = isKgi || (level === 'KCI' && backcast === undefined);
  return {
    id,
    level,
    name,
    parent: fields.text('parent'),
    unit: fields.text('unit'),
    target: typedTarget ? fields.number('target') : undefined,
    backcast,
    owner: fields.text('owner'),
    deadline: fields.date('deadline'),
    controllable: fields.boolean('controllable'),
    better: fields.direction('better'),
    baseline: fields.number('baseline'),
    ksf: fields.rawText('ksf'),
    notes: fields.rawText('notes'),
    capacity_per_day: fields.number('capacity_per_day'),
    rationale: fields.rawText('rationale'),
    aggregate: fields.aggregate('aggregate'),
  };
}
