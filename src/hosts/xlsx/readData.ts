import ExcelJS from 'exceljs';
import type { NameData, RawCell, SheetData, WorkbookData } from '../../core/reader/workbookData';

/** Excel's serial for a JS date as ExcelJS returns it (UTC midnight for a date cell). */
function serialOf(d: Date): number {
  return d.getTime() / 86400000 + 25569;
}

function scalar(v: unknown): RawCell {
  if (v === null || v === undefined) return { value: null };
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return { value: v };
  if (v instanceof Date) return { value: serialOf(v) };
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.error === 'string') return { value: null, error: o.error };
    if (Array.isArray(o.richText))
      return { value: o.richText.map((r: { text?: string }) => r.text ?? '').join('') };
    if ('text' in o && 'hyperlink' in o) return scalar(o.text);
    if ('formula' in o || 'sharedFormula' in o) {
      const result = scalar(o.result);
      const formula = typeof o.formula === 'string' ? o.formula : undefined;
      return { ...result, formula };
    }
  }
  return { value: String(v) };
}

/** A cell note's text (ExcelJS gives a plain string, or rich text for a note read from a file). */
export function noteText(note: ExcelJS.Cell['note'] | undefined): string | undefined {
  if (note === undefined || note === null) return undefined;
  if (typeof note === 'string') return note;
  const texts = note.texts;
  return Array.isArray(texts) ? texts.map((t) => t.text ?? '').join('') : undefined;
}

function rawCell(cell: ExcelJS.Cell): RawCell {
  const note = noteText(cell.note);
  const numFmt =
    typeof cell.numFmt === 'string' && cell.numFmt !== '' && cell.numFmt !== 'General'
      ? cell.numFmt
      : undefined;
  const value = scalar(cell.value);
  // A formula filled down in Excel is stored once and shared: ExcelJS gives each other cell its own text.
  const shared =
    value.formula === undefined && cell.formulaType === ExcelJS.FormulaType.Shared && typeof cell.formula === 'string'
      ? { formula: cell.formula }
      : {};
  return {
    ...value,
    ...shared,
    ...(note === undefined ? {} : { note }),
    ...(numFmt === undefined ? {} : { numFmt }),
  };
}

/**
 * ExcelJS workbook → the plain data the core's reader takes. A merged area holds its
 * value in its top-left cell only (as Excel and Office.js give it): ExcelJS answers the
 * master's value for every cell of the area, which would copy it into other rows.
 */
export function readWorkbookData(workbook: ExcelJS.Workbook): WorkbookData {
  const sheets: SheetData[] = workbook.worksheets.map((ws) => {
    const rows: (RawCell | undefined)[][] = [];
    // Empty rows and cells too: a comment on an empty cell is something people put there.
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const cells: (RawCell | undefined)[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        if (cell.isMerged && cell.master !== cell) return;
        if (cell.type === ExcelJS.ValueType.Null && noteText(cell.note) === undefined) return;
        cells[c - 1] = rawCell(cell);
      });
      if (cells.length > 0) rows[r - 1] = cells;
    });
    for (let i = 0; i < rows.length; i++) if (rows[i] === undefined) rows[i] = [];
    return { name: ws.name, rows };
  });
  const names: NameData[] = [];
  for (const m of workbook.definedNames.model) {
    for (const r of m.ranges) {
      const bang = r.lastIndexOf('!');
      const sheet =
        bang < 0
          ? null
          : r
              .slice(0, bang)
              .replace(/^'(.*)'$/, '$1')
              .replace(/''/g, "'");
      const range = bang < 0 ? r : r.slice(bang + 1);
      names.push({
        name: m.name,
        sheet: sheet && sheets.some((s) => s.name === sheet) ? sheet : null,
        range,
      });
    }
  }
  return { sheets, names };
}
