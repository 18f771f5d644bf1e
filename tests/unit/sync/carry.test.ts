/**
 * A rebuild empties the regions it regenerates and writes them again: everything people
 * put there must come back, with what it belongs to. Each test puts something in a
 * workbook as a person would, syncs, and looks for it.
 */
import type ExcelJS from 'exceljs';
import { hypothesisRow, sheetByKey, text, treeLayout } from '../../support/edits';
import { buildInMemory, modelOfPlan, reopen, syncInMemory } from '../../support/memorySync';

const cellOf = (
  wb: ExcelJS.Workbook,
  id: string,
  key: 'owner' | 'monthly' | 'ksf' | 'notes' | 'controllable',
): ExcelJS.Cell => {
  const t = treeLayout(wb);
  return t.ws.getCell(t.rowOf.get(id) as number, t.col[key] as number);
};
const noteOf = (c: ExcelJS.Cell): string =>
  typeof c.note === 'string' ? c.note : (c.note?.texts ?? []).map((x) => x.text).join('');

/** Types a new KDI under `appointments` at the bottom: sync moves it up, and `talk_quality` one row down. */
function typeRowThatMovesUp(wb: ExcelJS.Workbook): void {
  const t = treeLayout(wb);
  const r = t.nextRow;
  const set = (k: 'id' | 'level' | 'name' | 'parent' | 'backcast' | 'unit', v: string): void => {
    t.ws.getCell(r, t.col[k] as number).value = v;
  };
  set('id', 'referrals');
  set('level', 'KDI');
  set('name', 'Referrals');
  set('parent', 'appointments');
  set('backcast', 'appointments * 2');
  set('unit', '件');
}

describe('comments on the tool’s cells', () => {
  it('stay on the cell of their node when rows move, also on an empty input cell', async () => {
    const wb = buildInMemory();
    cellOf(wb, 'talk_quality', 'controllable').note = 'ask 佐藤 about the list';
    cellOf(wb, 'revenue', 'monthly').note = 'agreed with the board';
    const h = hypothesisRow(wb, 'close_rate');
    h.ws.getCell(h.row, h.valueCol).note = 'from the last 6 months';
    expect(text(cellOf(wb, 'talk_quality', 'controllable').value)).toBe(''); // an empty cell
    const before = treeLayout(wb).rowOf.get('talk_quality');
    typeRowThatMovesUp(wb);
    syncInMemory(wb);
    const after = await reopen(wb);
    expect(treeLayout(after).rowOf.get('talk_quality')).toBe((before as number) + 1);
    expect(noteOf(cellOf(after, 'talk_quality', 'controllable'))).toBe('ask 佐藤 about the list');
    expect(noteOf(cellOf(after, 'revenue', 'monthly'))).toBe('agreed with the board');
    const h2 = hypothesisRow(after, 'close_rate');
    expect(noteOf(h2.ws.getCell(h2.row, h2.valueCol))).toBe('from the last 6 months');
    // Nothing left behind on the row talk_quality moved away from.
    const t = treeLayout(after);
    expect(t.ws.getCell(before as number, t.col.controllable as number).note).toBeUndefined();
  });

  it('on a holiday of the Calendar sheet stays', async () => {
    const wb = buildInMemory();
    const cal = sheetByKey(wb, 'sheet.calendar');
    cal.getCell('I4').note = 'office closed';
    syncInMemory(wb);
    expect(noteOf(sheetByKey(await reopen(wb), 'sheet.calendar').getCell('I4'))).toBe('office closed');
  });
});

describe('formulas typed into input cells', () => {
  it('stay formulas, with the value they showed, and a second sync without recalculation keeps them', async () => {
    const wb = buildInMemory();
    const h = hypothesisRow(wb, 'meeting_rate');
    h.ws.getCell(h.row, h.valueCol).value = {
      formula: 'ROUND(1/2,2)',
      result: 0.5,
    } as ExcelJS.CellFormulaValue;
    cellOf(wb, 'revenue', 'monthly').value = {
      formula: '2*500000',
      result: 1000000,
    } as ExcelJS.CellFormulaValue;
    syncInMemory(wb);
    const once = await reopen(wb);
    syncInMemory(once);
    const twice = await reopen(once);
    const h2 = hypothesisRow(twice, 'meeting_rate');
    expect(h2.ws.getCell(h2.row, h2.valueCol).value).toEqual({ formula: 'ROUND(1/2,2)', result: 0.5 });
    expect(cellOf(twice, 'revenue', 'monthly').value).toEqual({ formula: '2*500000', result: 1000000 });
  });

  it('give way to a plan that brings another value (build in place)', () => {
    const wb = buildInMemory();
    cellOf(wb, 'revenue', 'monthly').value = {
      formula: '2*500000',
      result: 1000000,
    } as ExcelJS.CellFormulaValue;
    const plan = modelOfPlan();
    syncInMemory(wb, {
      ...plan,
      nodes: plan.nodes.map((n) => (n.level === 'KGI' ? { ...n, target: 2000000 } : n)),
    });
    expect(cellOf(wb, 'revenue', 'monthly').value).toBe(2000000);
  });
});

describe('people’s cells without a header, and their formats', () => {
  it('a note typed far right of a node travels with the node', async () => {
    const wb = buildInMemory();
    const t = treeLayout(wb);
    const before = t.rowOf.get('talk_quality') as number;
    t.ws.getCell(before, 40).value = 'call list is in the shared drive';
    typeRowThatMovesUp(wb);
    syncInMemory(wb);
    const after = treeLayout(await reopen(wb));
    expect(after.rowOf.get('talk_quality')).toBe(before + 1);
    expect(text(after.ws.getCell(before + 1, 40).value)).toBe('call list is in the shared drive');
    expect(text(after.ws.getCell(before, 40).value)).toBe('');
  });

  it('a date in a column people added is still a date', async () => {
    const wb = buildInMemory();
    const t = treeLayout(wb);
    const col = 30;
    t.ws.getCell(t.headerRow, col).value = 'Next review';
    const c = t.ws.getCell(t.rowOf.get('meetings') as number, col);
    c.value = new Date(Date.UTC(2026, 11, 18));
    c.numFmt = 'yyyy/mm/dd';
    syncInMemory(wb);
    const after = treeLayout(await reopen(wb));
    const d = after.ws.getCell(
      after.rowOf.get('meetings') as number,
      after.byHeader.get('Next review') as number,
    );
    expect(d.numFmt).toBe('yyyy/mm/dd');
    expect(d.value).toEqual(new Date(Date.UTC(2026, 11, 18)));
  });
});

describe('the Hypotheses sheet', () => {
  it('keeps people’s column by hypothesis id, and their note rows', async () => {
    const wb = buildInMemory();
    const h = hypothesisRow(wb, 'close_rate');
    h.ws.getCell(3, 8).value = 'Source';
    h.ws.getCell(h.row, 8).value = 'CRM, 2026 H1';
    h.ws.getCell(20, 1).value = 'Reviewed with 山田 on 11/28';
    // The plan reorders the hypotheses: close_rate moves up one row.
    const plan = modelOfPlan();
    const reordered = {
      ...plan,
      hypotheses: [plan.hypotheses[1], plan.hypotheses[0], ...plan.hypotheses.slice(2)],
    };
    syncInMemory(wb, reordered);
    const after = await reopen(wb);
    const h2 = hypothesisRow(after, 'close_rate');
    expect(h2.row).toBe(h.row - 1);
    expect(text(h2.ws.getCell(3, 8).value)).toBe('Source');
    expect(text(h2.ws.getCell(h2.row, 8).value)).toBe('CRM, 2026 H1');
    expect(text(h2.ws.getCell(h.row, 8).value)).toBe('');
    const notes: string[] = [];
    h2.ws.eachRow((row) =>
      row.eachCell((cell) => cell.value === 'Reviewed with 山田 on 11/28' && notes.push(cell.address)),
    );
    expect(notes).toHaveLength(1);
  });
});

describe('the tool’s sheets renamed by people', () => {
  it('keep their names; the formulas and names point at them; no second copy appears', async () => {
    const wb = buildInMemory();
    const rename = (from: ExcelJS.Worksheet, to: string): void => {
      const quoted = from.name.includes(' ') ? `'${from.name}'` : from.name;
      wb.definedNames.model = wb.definedNames.model.map((m) => ({
        ...m,
        ranges: m.ranges.map((r) => r.replace(`${quoted}!`, `'${to}'!`)),
      }));
      from.name = to;
    };
    rename(sheetByKey(wb, 'sheet.hypotheses'), '前提 2026');
    rename(sheetByKey(wb, 'sheet.calendar'), '営業日');
    const problems = syncInMemory(wb);
    expect(problems).toEqual([]);
    const after = await reopen(wb);
    const names = after.worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(['前提 2026', '営業日']));
    expect(names).not.toContain('Hypotheses');
    expect(names).not.toContain('Calendar');
    const ranges = after.definedNames.model
      .filter((m) => /^(H_|HOLIDAYS$|WORKDAYS$)/.test(m.name))
      .map((m) => m.ranges[0] ?? '');
    expect(ranges.every((r) => r.startsWith("'前提 2026'!") || r.startsWith("'営業日'!"))).toBe(true);
    const t = treeLayout(after);
    const weekly = t.ws.getCell(t.rowOf.get('meetings') as number, (t.col.perWorkday as number) + 1)
      .value as { formula: string };
    expect(weekly.formula).toContain("'営業日'!");
  });
});

describe('merged cells', () => {
  it('do not copy a value into the next node, and do not send another node’s value into them', async () => {
    const wb = buildInMemory();
    const t = treeLayout(wb);
    const r = t.rowOf.get('meetings') as number;
    t.ws.getCell(r, t.col.ksf as number).value = 'one story for both';
    t.ws.mergeCells(r, t.col.ksf as number, r + 1, t.col.ksf as number);
    syncInMemory(wb);
    const after = await reopen(wb);
    expect(text(cellOf(after, 'meetings', 'ksf').value)).toBe('one story for both');
    expect(text(cellOf(after, 'appointments', 'ksf').value)).toBe('');
  });
});

describe('formulas people wrote in their own cells', () => {
  it('keep pointing at the same node’s cells when their column and the rows move', async () => {
    const wb = buildInMemory();
    const t = treeLayout(wb);
    // A column inserted before Name, as Excel does it: everything right of it shifts.
    t.ws.spliceColumns(t.col.name as number, 0, []);
    const t1 = treeLayout(wb);
    t1.ws.getCell(t1.headerRow, t.col.name as number).value = 'Double';
    const monthly = (id: string, layout = t1): string =>
      layout.ws.getCell(layout.rowOf.get(id) as number, layout.col.monthly as number).address;
    t1.ws.getCell(t1.rowOf.get('talk_quality') as number, t.col.name as number).value = {
      formula: `${monthly('calls')}*2`,
    } as ExcelJS.CellFormulaValue;
    typeRowThatMovesUp(wb);
    syncInMemory(wb);
    const after = treeLayout(await reopen(wb));
    const cell = after.ws.getCell(
      after.rowOf.get('talk_quality') as number,
      after.byHeader.get('Double') as number,
    );
    // calls stays in its row, talk_quality moves down; Monthly target moves back left.
    expect(cell.value).toMatchObject({ formula: `${monthly('calls', after)}*2` });
    expect(monthly('calls', after)).not.toBe(monthly('calls'));
  });
});

describe('a plan for another month built into the workbook', () => {
  it('leaves no header of a column the tool no longer writes', async () => {
    const wb = buildInMemory();
    const t = treeLayout(wb);
    const lastTool = t.col.notes as number;
    const notesHeader = text(t.ws.getCell(t.headerRow, lastTool).value);
    const plan = modelOfPlan();
    // February 2027 touches four ISO weeks, December 2026 five: every column after the weeks moves left.
    syncInMemory(wb, {
      ...plan,
      month: '2027-02' as typeof plan.month,
      calendar: { holidays: 'jp', extraHolidays: [] },
    });
    const after = treeLayout(await reopen(wb));
    expect(after.col.notes).toBe(lastTool - 1);
    const headers = (after.ws.getRow(after.headerRow).values as ExcelJS.CellValue[]).map((v) =>
      text(v ?? null),
    );
    expect(headers.filter((h) => h === notesHeader)).toHaveLength(1);
    expect(headers.filter((h) => /^\d{4}-W\d{2}$/.test(h))).toEqual([
      '2027-W05',
      '2027-W06',
      '2027-W07',
      '2027-W08',
    ]);
  });
});
