import { ID_PATTERN } from '../brand';
import type { LocalizedText } from '../i18n';
import { sheetAddress } from '../layout/a1';
import { MEMBER_HEADER_KEYS, MEMBER_TARGET_HEADER_KEYS, type MemberField } from '../layout/memberColumns';
import type { PlanMember } from '../model/planSchema';
import { isBad, readNumber, readRawText, readText, type Read } from './cells';
import { findHeaderRow, findSheet, headerMatcher } from './headers';
import { cellAt, type RawCell, type SheetData } from './workbookData';

export const matchMemberHeader = headerMatcher(MEMBER_HEADER_KEYS);
const matchTargetsHeader = headerMatcher(MEMBER_TARGET_HEADER_KEYS);
const REQUIRED = ['id', 'name', 'share', 'target'] as const;

/** Where the member table stands on its sheet, so a rebuild keeps what people added around it. */
export interface MemberSheetInfo {
  readonly sheet: string;
  readonly headerRow: number;
  readonly columns: Partial<Record<MemberField, number>>;
  /** The columns of the members' own hypothesis values: a header that is a hypothesis's id. */
  readonly overrideColumns: ReadonlyMap<string, number>;
  /** Each member's row, in sheet order. */
  readonly memberRows: readonly { id: string; row: number }[];
  /** Rows that are not members but hold something (people's notes), in the member table or below the targets table. */
  readonly foreignRows: readonly number[];
  /** The first row of the generated targets table (the members' names above its header); the member table ends above it. */
  readonly targetsRow: number | null;
  /** The targets table's last row (its last node); rows below it are people's again. */
  readonly targetsEnd: number | null;
}

export interface MemberSheetRead {
  readonly members: PlanMember[];
  /** The sheet row of `members[i]`. */
  readonly rows: number[];
  readonly info: MemberSheetInfo | null;
}

type Report = (message: LocalizedText, cell: string | undefined) => void;

/** Whether a row holds something of people's own: the KGI column is the tool's formula, even in a spare row. */
function holdsSomething(cells: readonly (RawCell | undefined)[], kgiColumn: number | undefined): boolean {
  return cells.some(
    (c, i) =>
      i + 1 !== kgiColumn &&
      c !== undefined &&
      ((c.value !== null && c.value !== '') || c.formula !== undefined || c.error !== undefined),
  );
}

/** The row where the targets table's header stands, below the member table; null when there is none. */
function targetsHeaderRow(sheet: SheetData, from: number): number | null {
  for (let r = from; r <= sheet.rows.length; r++) {
    const found = new Set<string>();
    for (const cell of sheet.rows[r - 1] ?? []) {
      const text = readText(cell);
      const key = text === undefined ? undefined : matchTargetsHeader(text);
      if (key !== undefined) found.add(key);
    }
    if (found.has('teamBackcast') && found.has('total')) return r;
  }
  return null;
}

/**
 * The member sheet (担当別 / By member): by its name in either language when it has the
 * member table's header, else the first other sheet that has it. Rows are read from the
 * header down to the generated targets table, members by their ID; a row that holds a
 * name or a share but no ID is a problem at its ID cell, any other row is people's own.
 * A number that is not one is a problem at its cell, and that member is left out.
 */
export function readMemberSheet(
  sheets: readonly SheetData[],
  exclude: readonly SheetData[],
  hypothesisIds: ReadonlySet<string>,
  nodeIds: ReadonlySet<string>,
  report: Report,
): MemberSheetRead {
  const header = (s: SheetData) => findHeaderRow(s, matchMemberHeader, REQUIRED);
  const named = findSheet(sheets, 'sheet.members');
  const sheet =
    named && !exclude.includes(named) && header(named)
      ? named
      : sheets.find((s) => !exclude.includes(s) && header(s) !== null);
  const found = sheet ? header(sheet) : null;
  if (!sheet || !found) return { members: [], rows: [], info: null };

  const col = found.columns;
  const overrideColumns = new Map<string, number>();
  for (const o of found.others)
    if (hypothesisIds.has(o.header) && !overrideColumns.has(o.header))
      overrideColumns.set(o.header, o.column);
  const at = (row: number, column: number): string => sheetAddress(sheet.name, row, column);
  const cell = (row: number, key: MemberField): RawCell | undefined =>
    col[key] ? cellAt(sheet, row, col[key] as number) : undefined;
  const targetsHeader = targetsHeaderRow(sheet, found.row + 1);
  const targetsRow = targetsHeader === null ? null : Math.max(found.row + 1, targetsHeader - 1);
  const end = targetsRow === null ? sheet.rows.length : targetsRow - 1;

  const members: PlanMember[] = [];
  const rows: number[] = [];
  const memberRows: { id: string; row: number }[] = [];
  const foreignRows: number[] = [];
  for (let row = found.row + 1; row <= end; row++) {
    const id = readText(cell(row, 'id'));
    const name = readRawText(cell(row, 'name'));
    const share = readNumber(cell(row, 'share'));
    const target = readNumber(cell(row, 'target'));
    const allocated = share !== undefined || target !== undefined;
    if (id === undefined || (!ID_PATTERN.test(id) && !allocated && name === undefined)) {
      if (id === undefined && (name !== undefined || allocated))
        report({ key: 'reader.memberMissingId' }, at(row, col.id as number));
      if (holdsSomething(sheet.rows[row - 1] ?? [], col.kgi)) foreignRows.push(row);
      continue;
    }
    memberRows.push({ id, row });
    let ok = true;
    const number = (value: Read<number>, column: number | undefined): number | undefined => {
      if (!isBad(value)) return value as number | undefined;
      ok = false;
      report(
        value.bad.startsWith('#')
          ? { key: 'reader.errorValue', params: { error: value.bad } }
          : { key: 'reader.notNumber', params: { value: value.bad } },
        column === undefined ? undefined : at(row, column),
      );
      return undefined;
    };
    const hypotheses: Record<string, number> = {};
    for (const [h, column] of overrideColumns) {
      const value = number(readNumber(cellAt(sheet, row, column)), column);
      if (value !== undefined) hypotheses[h] = value;
    }
    const member: PlanMember = {
      id,
      name: name ?? id,
      share: number(share, col.share),
      target: number(target, col.target),
      hypotheses,
    };
    if (!ok) continue;
    members.push(member);
    rows.push(row);
  }
  // The targets table has a row per node (its id, and formulas); below it, rows people wrote are theirs, kept on a rebuild.
  let targetsEnd: number | null = null;
  if (targetsHeader !== null) {
    targetsEnd = targetsHeader;
    const tableRow = (row: number): boolean => {
      const id = readText(cellAt(sheet, row, 1));
      return (
        id !== undefined &&
        (nodeIds.has(id) || (sheet.rows[row - 1] ?? []).some((c) => c?.formula !== undefined))
      );
    };
    while (tableRow(targetsEnd + 1)) targetsEnd++;
    for (let row = targetsEnd + 1; row <= sheet.rows.length; row++) {
      if (holdsSomething(sheet.rows[row - 1] ?? [], undefined)) foreignRows.push(row);
    }
  }
  return {
    members,
    rows,
    info: {
      sheet: sheet.name,
      headerRow: found.row,
      columns: col,
      overrideColumns,
      memberRows,
      foreignRows,
      targetsRow,
      targetsEnd,
    },
  };
}
