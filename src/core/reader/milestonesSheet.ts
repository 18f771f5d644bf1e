import type { IsoMonth } from '../brand';
import { monthOf } from '../calendar/date';
import type { LocalizedText } from '../i18n';
import { sheetAddress } from '../layout/a1';
import { MILESTONE_INPUTS, type MilestoneInput } from '../model/milestones';
import { MILESTONE_HEADER_KEYS, MILESTONE_ROWS } from '../workbook/milestonesSheet';
import { isBad, notNumberMessage, readDate, readNumber, readText } from './cells';
import { findHeaderRow, findSheet, headerMatcher } from './headers';
import { cellAt, type SheetData } from './workbookData';

export const matchMilestoneHeader = headerMatcher(MILESTONE_HEADER_KEYS);
const REQUIRED = ['id', 'item', 'value'] as const;
const ROW_IDS: ReadonlySet<string> = new Set(Object.values(MILESTONE_ROWS).flat());
const INPUT_IDS: ReadonlySet<string> = new Set(MILESTONE_INPUTS);

/** Where the Milestones sheet stands, so a rebuild writes it in place and keeps what people added. */
export interface MilestonesSheetInfo {
  readonly sheet: string;
  readonly headerRow: number;
  /** The tool's rows, by their id, in sheet order. */
  readonly idRows: readonly { id: string; row: number }[];
  /** Rows below the header that are not the tool's but hold something (people's notes). */
  readonly foreignRows: readonly number[];
  /** The status column, when the sheet has it. */
  readonly statusColumn?: number;
}

export interface MilestonesRead {
  /** The numbers typed, by input. */
  readonly inputs: Partial<Record<MilestoneInput, number>>;
  /** The month the sheet's dates are of, when it says so. */
  readonly month: IsoMonth | undefined;
  readonly info: MilestonesSheetInfo | null;
}

/**
 * The Milestones sheet, by its name in either language when it has its header (else the
 * first sheet that has it): rows found by their id, so people may insert rows or move
 * them. A number that cannot be read is reported at its cell and left out.
 */
export function readMilestones(
  sheets: readonly SheetData[],
  report: (m: LocalizedText, cell: string) => void,
): MilestonesRead {
  const header = (s: SheetData) => findHeaderRow(s, matchMilestoneHeader, REQUIRED);
  const named = findSheet(sheets, 'sheet.milestones');
  const sheet = named && header(named) ? named : sheets.find((s) => !s.truncated && header(s) !== null);
  const found = sheet ? header(sheet) : null;
  if (!sheet || !found) return { inputs: {}, month: undefined, info: null };
  const { id: idCol, value: valueCol, due: dueCol, status: statusColumn } = found.columns;
  const inputs: Partial<Record<MilestoneInput, number>> = {};
  const idRows: { id: string; row: number }[] = [];
  const foreignRows: number[] = [];
  let month: IsoMonth | undefined;
  for (let row = found.row + 1; row <= sheet.rows.length; row++) {
    const id = readText(cellAt(sheet, row, idCol as number));
    if (id === undefined || !ROW_IDS.has(id) || idRows.some((r) => r.id === id)) {
      if (
        (sheet.rows[row - 1] ?? []).some(
          (c) =>
            c !== undefined &&
            ((c.value !== null && c.value !== '') || c.formula !== undefined || c.note !== undefined),
        )
      )
        foreignRows.push(row);
      continue;
    }
    idRows.push({ id, row });
    const due = dueCol === undefined ? undefined : readDate(cellAt(sheet, row, dueCol));
    if (month === undefined && typeof due === 'string') month = monthOf(due);
    if (!INPUT_IDS.has(id) || valueCol === undefined) continue;
    const value = readNumber(cellAt(sheet, row, valueCol));
    if (value === undefined) continue;
    if (isBad(value)) report(notNumberMessage(value), sheetAddress(sheet.name, row, valueCol));
    else inputs[id as MilestoneInput] = value;
  }
  return {
    inputs,
    month,
    info: { sheet: sheet.name, headerRow: found.row, idRows, foreignRows, statusColumn },
  };
}
