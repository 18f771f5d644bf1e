/**
 * A new month is a new month (issue 18): the month changed on the Settings sheet and the
 * workbook synced gets the new month's holidays, working days and weeks — not the old
 * month's holiday list — and the person is told. Review tabs are left as they were.
 */
import type ExcelJS from 'exceljs';
import { sheetByKey } from '../support/find';
import { cliWorkspace, edit } from '../support/cliWorkbooks';
import { cli, openXlsx, text, treeLayout } from '../support/edits';
import { libreOfficeSuite, readDefinedNameValues, recalculate } from '../support/libreoffice';
import { messages } from '../../src/core/i18n';

const ws = cliWorkspace('kpi-tree-month-');
let built = 0;

/** Settings' `month` row set to `month`, and `change` applied, as a colleague edits the file. */
async function changeMonth(
  file: string,
  month: string,
  change?: (wb: ExcelJS.Workbook) => void,
): Promise<void> {
  await edit(file, (wb) => {
    const settings = sheetByKey(wb, 'sheet.settings');
    let done = false;
    settings.eachRow((row) => {
      if (row.getCell(1).value === 'month') {
        row.getCell(2).value = month;
        done = true;
      }
    });
    if (!done) throw new Error('no month row');
    change?.(wb);
  });
}

/** The Calendar sheet's holiday list: date → name, in sheet order. */
function holidayList(wb: ExcelJS.Workbook): [string, string][] {
  const cal = sheetByKey(wb, 'sheet.calendar');
  const headers = [messages['sheet.calendar.col.holiday'].ja, messages['sheet.calendar.col.holiday'].en];
  for (let r = 1; r <= 10; r++) {
    let col = 0;
    cal.getRow(r).eachCell((c, n) => {
      if (headers.includes(text(c.value))) col = n;
    });
    if (col === 0) continue;
    const out: [string, string][] = [];
    for (let rr = r + 1; rr <= cal.rowCount; rr++) {
      const v = cal.getCell(rr, col).value;
      if (v instanceof Date) out.push([v.toISOString().slice(0, 10), text(cal.getCell(rr, col + 1).value)]);
    }
    return out;
  }
  throw new Error('no holiday list');
}

/** Every cell of a sheet: address → value and formula, as written. */
/** What each cell shows: a formula's last result, else the value; empty cells left out. */
function shown(sheet: ExcelJS.Worksheet): Map<string, string> {
  const out = new Map<string, string>();
  sheet.eachRow((row) =>
    row.eachCell((c) => {
      const v = c.formula !== undefined ? (c.result as unknown) : c.value;
      if (v !== null && v !== undefined && v !== '') out.set(c.address, JSON.stringify(v));
    }),
  );
  return out;
}

async function backcastJson(
  file: string,
): Promise<{ month: string; workdays: number; weeks: { week: string; workdays: number }[] }> {
  const r = await cli(ws.dir, 'backcast', file, '--format', 'json');
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as {
    month: string;
    workdays: number;
    weeks: { week: string; workdays: number }[];
  };
}

describe('the month changed on the Settings sheet', () => {
  it('recomputes holidays, working days and weeks for January 2027: 1 and 11 January are days off', async () => {
    const file = await ws.build(`m${++built}.xlsx`, 'ja');
    await changeMonth(file, '2027-01');
    const sync = await cli(ws.dir, 'sync', file, '--lang', 'ja');
    expect(sync.code).toBe(0);
    expect(sync.err).toContain(
      '対象月が 2026-12 から 2027-01 に変わったため、休日一覧を 2027-01 の祝日に入れ替えました',
    );

    const after = await openXlsx(file);
    expect(holidayList(after)).toEqual([
      ['2027-01-01', '元日'],
      ['2027-01-11', '成人の日'],
    ]);
    const json = await backcastJson(file);
    expect(json.month).toBe('2027-01');
    expect(json.workdays).toBe(19);
    expect(json.weeks.map((w) => [w.week, w.workdays])).toEqual([
      ['2026-W53', 0],
      ['2027-W01', 5],
      ['2027-W02', 4],
      ['2027-W03', 5],
      ['2027-W04', 5],
    ]);
    const t = treeLayout(after);
    expect([...t.byHeader.keys()].filter((h) => /^\d{4}-W\d\d$/.test(h))).toEqual(
      json.weeks.map((w) => w.week),
    );

    // Synced again, nothing more changes and nothing more is said.
    const again = await cli(ws.dir, 'sync', file, '--lang', 'ja');
    expect(again.code).toBe(0);
    expect(again.err).not.toContain('対象月');
    expect((await backcastJson(file)).workdays).toBe(19);
  });

  it('keeps a company day off typed ahead for the new month, and drops those of the old one', async () => {
    const file = await ws.build(`m${++built}.xlsx`, 'en');
    await changeMonth(file, '2027-01', (wb) => {
      const cal = sheetByKey(wb, 'sheet.calendar');
      // The first empty row of the list (I4:I6 hold 29–31 December).
      const row = [...Array(40).keys()]
        .map((i) => i + 4)
        .find((r) => cal.getCell(r, 9).value === null) as number;
      cal.getCell(row, 9).value = new Date(Date.UTC(2027, 0, 4));
      cal.getCell(row, 10).value = 'New year break';
    });
    expect((await cli(ws.dir, 'sync', file)).code).toBe(0);
    expect(holidayList(await openXlsx(file))).toEqual([
      ['2027-01-01', "New Year's Day"],
      ['2027-01-04', 'New year break'],
      ['2027-01-11', 'Coming of Age Day'],
    ]);
    expect((await backcastJson(file)).workdays).toBe(18);
  });

  it('leaves the review tabs of the old month as they were', async () => {
    const file = await ws.build(`m${++built}.xlsx`, 'ja');
    expect((await cli(ws.dir, 'review', file, '--week', '2026-W50')).code).toBe(0);
    const tab = (wb: ExcelJS.Workbook): ExcelJS.Worksheet =>
      wb.worksheets.find((w) => w.name.endsWith('2026-W50')) as ExcelJS.Worksheet;
    const before = shown(tab(await openXlsx(file)));
    await changeMonth(file, '2027-01');
    expect((await cli(ws.dir, 'sync', file)).code).toBe(0);
    // The old month's tab is closed with the numbers it showed: nothing about the new month leaks in.
    const after = shown(tab(await openXlsx(file)));
    expect([before.get('B9'), after.get('B9')]).toEqual([JSON.stringify('作業中'), JSON.stringify('確定')]);
    const rest = (m: Map<string, string>): Map<string, string> =>
      new Map([...m].filter(([address]) => address !== 'B9' && address !== 'C9'));
    expect(rest(after)).toEqual(rest(before));
    expect(before.size).toBeGreaterThan(20);
  });
});

const lo = libreOfficeSuite();
lo.describe('the new month recalculated by LibreOffice', () => {
  it('counts 19 working days in January 2027, live from the Calendar sheet', async () => {
    const file = await ws.build(`m${++built}.xlsx`, 'ja');
    await changeMonth(file, '2027-01');
    expect((await cli(ws.dir, 'sync', file)).code).toBe(0);
    const values = await readDefinedNameValues(await recalculate(file));
    const workdays = values.get('WORKDAYS');
    expect(Array.isArray(workdays) ? workdays.flat()[0] : workdays).toBe(19);
  }, 120_000);
});
