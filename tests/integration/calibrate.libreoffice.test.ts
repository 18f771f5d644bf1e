/**
 * `kpi-tree calibrate --apply`, then LibreOffice recalculates the file: every target follows
 * the new hypothesis values, with no add-in. Hand-computed on the December funnel with two
 * weeks of actuals (see calibrate.cli.test.ts): 商談化率 0.5 → 0.435 (20 ÷ 46) and
 * アポ獲得率 0.33 → 0.256 (46 ÷ 180) are trusted and applied; 成約率 stays 0.2 (4 ÷ 20).
 *   before: contracts 1,000,000 ÷ 100,000 = 10; meetings 10 ÷ 0.2 = 50;
 *           appointments 50 ÷ 0.5 = 100; calls ⌈100 ÷ 0.33⌉ = ⌈303.03⌉ = 304
 *   after:  appointments ⌈50 ÷ 0.435⌉ = ⌈114.94⌉ = 115; calls ⌈115 ÷ 0.256⌉ = ⌈449.22⌉ = 450
 * Both languages.
 */
import type ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { REVIEW } from '../../src/core/layout/reviewColumns';
import { cliWorkspace, edit, rowOf, sheet, value } from '../support/cliWorkbooks';
import { openXlsx } from '../support/edits';
import { libreOfficeSuite, readDefinedNameValues, recalculate } from '../support/libreoffice';

const TAB = { ja: (w: string) => `週次レビュー ${w}`, en: (w: string) => `Review ${w}` } as const;
const W50 = { revenue: 200000, contracts: 2, meetings: 13, appointments: 26, calls: 80 };
const W51 = { revenue: 250000, contracts: 2, meetings: 7, appointments: 20, calls: 100 };

const work = cliWorkspace('kpi-calibrate-lo-');

function rateRow(ws: ExcelJS.Worksheet, id: string): number {
  for (let r = REVIEW.firstRow; r < REVIEW.firstRow + 40; r++) if (ws.getCell(r, REVIEW.col.id).value === id) return r;
  throw new Error(`no rate row for ${id}`);
}

const lo = libreOfficeSuite();
lo.describe('calibrate --apply, recalculated in LibreOffice', () => {
  it.each(['ja', 'en'] as const)('%s: the targets recalculate from the applied hypotheses', async (lang) => {
    const file = await work.build(`calibrate-${lang}.xlsx`, lang);
    for (const [week, actuals] of [['2026-W50', W50], ['2026-W51', W51]] as const) {
      expect(await main(['review', file, '--week', week, '--lang', lang], work.io())).toBe(0);
      await edit(file, (wb) => {
        const ws = sheet(wb, TAB[lang](week));
        for (const [id, n] of Object.entries(actuals)) ws.getCell(rowOf(ws, id), REVIEW.col.actual).value = n;
      });
    }
    const before = await readDefinedNameValues(await recalculate(file, { tempRoot: work.dir }));
    expect(['T_contracts', 'T_meetings', 'T_appointments', 'T_calls'].map((n) => before.get(n))).toEqual([10, 50, 100, 304]);

    expect(await main(['calibrate', file, '--apply'], work.io())).toBe(0);
    const recalculated = await recalculate(file, { tempRoot: work.dir });
    const after = await readDefinedNameValues(recalculated);
    expect(after.get('H_close_rate')).toBeCloseTo(0.2, 12);
    expect(after.get('H_meeting_rate')).toBeCloseTo(0.435, 12);
    expect(after.get('H_appointment_rate')).toBeCloseTo(0.256, 12);
    expect(['T_contracts', 'T_meetings', 'T_appointments', 'T_calls'].map((n) => after.get(n))).toEqual([10, 50, 115, 450]);

    // The open review tab's rate table shows the new hypothesis beside the actual rate.
    const w51 = sheet(await openXlsx(recalculated), TAB[lang]('2026-W51'));
    expect(value(w51.getCell(rateRow(w51, 'meeting_rate'), REVIEW.col.target))).toBeCloseTo(0.435, 12);
    expect(value(w51.getCell(rateRow(w51, 'meeting_rate'), REVIEW.col.mtdActual))).toBeCloseTo(20 / 46, 12);
  });
});
