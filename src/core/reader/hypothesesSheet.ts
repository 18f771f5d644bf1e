import { ID_PATTERN } from '../brand';
import { fromExcelSerial } from '../calendar/date';
import type { LocalizedText } from '../i18n';
import { sheetAddress } from '../layout/a1';
import { HYPOTHESIS_HEADER_KEYS, type HypothesisField } from '../layout/hypothesesSheet';
import type { PlanHypothesis } from '../model/planSchema';
import { isBad, notNumberMessage, readNumber, readRawText, readText } from './cells';
import { findHeaderRow, findSheet, headerMatcher } from './headers';
import { cellAt, type RawCell, type SheetData } from './workbookData';

export const matchHypothesisHeader = headerMatcher(HYPOTHESIS_HEADER_KEYS);

/** Where the hypotheses stand on their sheet, so a rebuild keeps what people added around them. */
export interface HypothesesSheetInfo {
  readonly sheet: string;
  readonly headerRow: number;
  readonly columns: Partial<Record<HypothesisField, number>>;
  /** Each hypothesis's row, in sheet order. */
  readonly hypothesisRows: readonly { id: string; row: number }[];
  /** Rows below the header that are not hypotheses but hold something (people's notes). */
  readonly foreignRows: readonly number[];
}

export interface HypothesesRead {
  readonly hypotheses: PlanHypothesis[];
  /** The sheet row of `hypotheses[i]`. */
  readonly rows: number[];
  readonly info: HypothesesSheetInfo | null;
}

/**
 * The value a recalibration replaced and the day it did (the Previous value and Updated on
 * columns); a cell that holds no number, or no date, is left out rather than refused:
 * the columns are the tool's record, not an input a plan depends on.
 */
function recalibrated(previous: RawCell | undefined, updated: RawCell | undefined): Pick<PlanHypothesis, 'previous' | 'updated'> {
  const value = readNumber(previous);
  // Written as text; a date Excel made of it is read back as the same day.
  const day = typeof updated?.value === 'number' ? fromExcelSerial(updated.value) : readText(updated);
  return {
    ...(typeof value === 'number' && Number.isFinite(value) ? { previous: value } : {}),
    ...(day !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(day) ? { updated: day } : {}),
  };
}

type Report = (message: LocalizedText, cell: string | undefined, node: string | undefined) => void;

function holdsSomething(cells: readonly (RawCell | undefined)[]): boolean {
  return cells.some(
    (c) =>
      c !== undefined &&
      ((c.value !== null && c.value !== '') || c.formula !== undefined || c.error !== undefined),
  );
}

/**
 * The Hypotheses sheet: by its name in either language when it has the header, else
 * the first other sheet with an ID and a Value header. A row whose ID cell holds text
 * that is no id and whose value is empty is people's note, kept as it is; an id
 * without a value is a problem at the value cell.
 */
export function readHypotheses(
  sheets: readonly SheetData[],
  exclude: SheetData,
  report: Report,
): HypothesesRead {
  const hasHeader = (s: SheetData): boolean =>
    findHeaderRow(s, matchHypothesisHeader, ['id', 'value']) !== null;
  const named = findSheet(sheets, 'sheet.hypotheses');
  const sheet =
    named && named !== exclude && hasHeader(named)
      ? named
      : sheets.find((s) => s !== exclude && hasHeader(s));
  const header = sheet ? findHeaderRow(sheet, matchHypothesisHeader, ['id', 'value']) : null;
  if (!sheet || !header) return { hypotheses: [], rows: [], info: null };

  const col = header.columns;
  const cell = (row: number, key: HypothesisField): RawCell | undefined =>
    col[key] ? cellAt(sheet, row, col[key] as number) : undefined;
  const at = (row: number, key: HypothesisField): string =>
    sheetAddress(sheet.name, row, col[key] ?? col.id ?? 1);
  const hypotheses: PlanHypothesis[] = [];
  const rows: number[] = [];
  const hypothesisRows: { id: string; row: number }[] = [];
  const foreignRows: number[] = [];
  for (let row = header.row + 1; row <= sheet.rows.length; row++) {
    const id = readText(cell(row, 'id'));
    const value = readNumber(cell(row, 'value'));
    if (id === undefined || (value === undefined && !ID_PATTERN.test(id))) {
      if (holdsSomething(sheet.rows[row - 1] ?? [])) foreignRows.push(row);
      continue;
    }
    hypothesisRows.push({ id, row });
    if (value === undefined) {
      report({ key: 'reader.missingValue', params: { id } }, at(row, 'value'), id);
      continue;
    }
    if (isBad(value)) {
      report(notNumberMessage(value), at(row, 'value'), id);
      continue;
    }
    hypotheses.push({
      id,
      name: readRawText(cell(row, 'name')) ?? id,
      value: value as number,
      unit: readText(cell(row, 'unit')),
      rationale: readRawText(cell(row, 'rationale')),
      ...recalibrated(cell(row, 'previous'), cell(row, 'updated')),
    });
    rows.push(row);
  }
  return {
    hypotheses,
    rows,
    info: { sheet: sheet.name, headerRow: header.row, columns: col, hypothesisRows, foreignRows },
  };
}
