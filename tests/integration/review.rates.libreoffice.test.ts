/**
 * The review tab's table of hypotheses against actual rates, recalculated in LibreOffice
 * on hand-computed cases: the December funnel's W50 (meetings 13, contracts 2: a close
 * rate of 2 ÷ 13 beside the hypothesis's 20 %), to date over two weeks, a hypothesis
 * changed on its sheet, and a closed week keeping its rates as values. Both languages.
 */
import type ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { openXlsx } from '../support/edits';
import { cliWorkspace, edit, rowOf, sheet, value } from '../support/cliWorkbooks';
import { libreOfficeSuite, recalculate } from '../support/libreoffice';
import { REVIEW } from '../../src/core/layout/reviewColumns';

const C = REVIEW.col;
const TAB = { ja: (w: string) => `週次レビュー ${w}`, en: (w: string) => `Review ${w}` } as const;
/** The node names are the plan's own (the Japanese example), in a tab of either language. */
const LINK = '成約件数 ÷ 商談数';

/** A cell's text, rich text (as LibreOffice saves mixed scripts) joined. */
function text(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v !== null && typeof v === 'object' && 'richText' in v) return v.richText.map((p) => p.text).join('');
  return String(v);
}

const work = cliWorkspace('kpi-review-rates-lo-');

/** The row of a hypothesis in the rate table below the nodes. */
function rateRow(ws: ExcelJS.Worksheet, id: string): number {
  for (let r = REVIEW.firstRow; r < REVIEW.firstRow + 40; r++) if (ws.getCell(r, C.id).value === id) return r;
  throw new Error(`no rate row for ${id}`);
}

async function typeInto(file: string, tab: string, cells: Record<string, number>): Promise<void> {
  await edit(file, (wb) => {
    const ws = sheet(wb, tab);
    for (const [id, actual] of Object.entries(cells)) ws.getCell(rowOf(ws, id), C.actual).value = actual;
  });
}

const calculated = async (file: string): Promise<ExcelJS.Workbook> =>
  openXlsx(await recalculate(file, { tempRoot: work.dir }));

const W50 = { revenue: 200000, contracts: 2, meetings: 13, appointments: 26, calls: 80 };
const W51 = { revenue: 250000, contracts: 2, meetings: 7, appointments: 20, calls: 100 };

const lo = libreOfficeSuite();
lo.describe('actual rates beside the hypotheses, in LibreOffice', () => {
  it.each(['ja', 'en'] as const)(
    '%s: each hypothesis shows the rate its two nodes give this week and to date, and to date ÷ hypothesis',
    async (lang) => {
      const file = await work.build(`rates-${lang}.xlsx`, lang);
      const io = work.io();
      expect(await main(['review', file, '--week', '2026-W50', '--lang', lang], io)).toBe(0);
      await typeInto(file, TAB[lang]('2026-W50'), W50);
      expect(await main(['review', file, '--week', '2026-W51', '--lang', lang], work.io())).toBe(0);
      await typeInto(file, TAB[lang]('2026-W51'), W51);

      const wb = await calculated(file);
      const w50 = sheet(wb, TAB[lang]('2026-W50'));
      const close = rateRow(w50, 'close_rate');
      expect(close).toBeGreaterThan(rowOf(w50, 'calls'));
      expect(value(w50.getCell(close, C.target))).toBeCloseTo(0.2, 12);
      expect(value(w50.getCell(close, C.actual))).toBeCloseTo(2 / 13, 12);
      expect(value(w50.getCell(close, C.mtdActual))).toBeCloseTo(2 / 13, 12);
      expect(value(w50.getCell(close, C.achievement))).toBeCloseTo(2 / 13 / 0.2, 12);
      expect(text(w50.getCell(close, C.hint))).toBe(LINK);
      expect(value(w50.getCell(rateRow(w50, 'unit_price'), C.actual))).toBeCloseTo(100000, 6);
      expect(value(w50.getCell(rateRow(w50, 'meeting_rate'), C.actual))).toBeCloseTo(0.5, 12);
      expect(value(w50.getCell(rateRow(w50, 'appointment_rate'), C.actual))).toBeCloseTo(26 / 80, 12);

      // W51: this week 2 ÷ 7; to date (2 + 2) ÷ (13 + 7) = 20 %, the hypothesis exactly.
      const w51 = sheet(wb, TAB[lang]('2026-W51'));
      const next = rateRow(w51, 'close_rate');
      expect(value(w51.getCell(next, C.actual))).toBeCloseTo(2 / 7, 12);
      expect(value(w51.getCell(next, C.mtdActual))).toBeCloseTo(4 / 20, 12);
      expect(value(w51.getCell(next, C.achievement))).toBeCloseTo(1, 12);
      expect(value(w51.getCell(rateRow(w51, 'unit_price'), C.mtdActual))).toBeCloseTo(450000 / 4, 6);
      expect(value(w51.getCell(rateRow(w51, 'appointment_rate'), C.mtdActual))).toBeCloseTo(46 / 180, 12);
    },
  );

  it('a hypothesis changed on its sheet changes the value beside the rate; a closed week keeps its rates as values', async () => {
    const file = await work.build('rates-closed.xlsx', 'ja');
    expect(await main(['review', file, '--week', '2026-W50'], work.io())).toBe(0);
    await typeInto(file, TAB.ja('2026-W50'), W50);
    await edit(file, (wb) => {
      const [hypSheet, address] = wb.definedNames
        .getRanges('H_close_rate')
        .ranges[0].replace(/'/g, '')
        .split('!');
      sheet(wb, hypSheet).getCell(address.replace(/\$/g, '')).value = 0.25;
    });
    const live = sheet(await calculated(file), TAB.ja('2026-W50'));
    const close = rateRow(live, 'close_rate');
    expect(value(live.getCell(close, C.target))).toBeCloseTo(0.25, 12);
    expect(value(live.getCell(close, C.achievement))).toBeCloseTo(2 / 13 / 0.25, 12);

    expect(await main(['review', file, '--week', '2026-W50', '--close'], work.io())).toBe(0);
    await typeInto(file, TAB.ja('2026-W50'), { contracts: 5 });
    const closed = sheet(await calculated(file), TAB.ja('2026-W50'));
    for (const col of [C.target, C.actual, C.achievement, C.mtdActual])
      expect(closed.getCell(close, col).type).not.toBe(6 /* ExcelJS.ValueType.Formula */);
    expect(value(closed.getCell(close, C.actual))).toBeCloseTo(2 / 13, 12);
    expect(value(closed.getCell(close, C.target))).toBeCloseTo(0.25, 12);
  });
});
