/**
 * The review tab's formulas in a real spreadsheet engine, beyond the quantity and design
 * cases of `review.test.ts`: a rate that falls short over on-target activity is quality;
 * 80–99 % is close; a changed hypothesis changes the review targets; month-to-date and
 * the history sheet follow the actuals typed into the tabs. Both languages.
 */
import { writeFile } from 'fs/promises';
import { join } from 'path';
import type ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { openXlsx } from '../support/edits';
import { cliWorkspace, edit, rowOf, sheet, value } from '../support/cliWorkbooks';
import {
  libreOfficeSuite,
  readDefinedNameValues,
  recalculate,
  type CellScalar,
} from '../support/libreoffice';
import { REVIEW } from '../../src/core/layout/reviewColumns';

const C = REVIEW.col;

/** A rate KPI (unit %) with an activity under it: the shape the quality hint is about. */
const RATE_PLAN = `version: 1
title: Win rate
month: 2026-12
hypotheses:
  - { id: unit_price, name: Average deal, value: 100000, unit: yen }
  - { id: close_rate, name: Close rate, value: 0.2 }
kpis:
  - { id: revenue, level: KGI, name: Monthly revenue, unit: yen, target: 1000000, owner: Yamada, deadline: 2026-12-31 }
  - { id: contracts, level: KPI, parent: revenue, name: Contracts signed, unit: contracts, backcast: revenue / unit_price, owner: Yamada }
  - { id: win_rate, level: KPI, parent: contracts, name: Win rate of meetings, unit: '%', backcast: contracts / contracts * close_rate, owner: Yamada }
  - { id: meetings, level: KDI, parent: win_rate, name: Sales meetings held, unit: meetings, backcast: win_rate * 250, owner: Yamada, controllable: true }
`;

const WORDS = {
  ja: {
    tab: (w: string) => `週次レビュー ${w}`,
    close: 'あと一歩',
    missed: '未達',
    quality: '質',
    history: '履歴',
  },
  en: {
    tab: (w: string) => `Review ${w}`,
    close: 'close',
    missed: 'missed',
    quality: 'quality',
    history: 'Review History',
  },
} as const;

const blank = (v: CellScalar): boolean => v === null || v === '';

const work = cliWorkspace('kpi-review-lo-', {
  setup: (dir) => writeFile(join(dir, 'rate.yaml'), RATE_PLAN),
});

async function typeInto(file: string, tab: string, cells: Record<string, number>): Promise<void> {
  await edit(file, (wb) => {
    const ws = sheet(wb, tab);
    for (const [id, actual] of Object.entries(cells)) ws.getCell(rowOf(ws, id), C.actual).value = actual;
  });
}

async function calculated(file: string): Promise<{ wb: ExcelJS.Workbook; names: Map<string, unknown> }> {
  const out = await recalculate(file, { tempRoot: work.dir });
  return { wb: await openXlsx(out), names: await readDefinedNameValues(out) };
}

const lo = libreOfficeSuite();
lo.describe('review tab formulas in LibreOffice', () => {
  it.each(['ja', 'en'] as const)(
    "%s: a rate short over on-target activity is quality; 80–99 %% is close; a rate's weekly target is the rate",
    async (lang) => {
      const w = WORDS[lang];
      const file = await work.build(`rate-${lang}.xlsx`, lang, join(work.dir, 'rate.yaml'));
      expect(await main(['review', file, '--week', '2026-W50', '--lang', lang], work.io())).toBe(0);
      const first = await calculated(file);
      const tab = sheet(first.wb, w.tab('2026-W50'));
      const weekIndex = (first.names.get('WEEKS') as CellScalar[]).indexOf('2026-W50');
      const meetingsTarget = (first.names.get('W_meetings') as number[])[weekIndex];
      const contractsTarget = (first.names.get('W_contracts') as number[])[weekIndex];
      expect(value(tab.getCell(rowOf(tab, 'win_rate'), C.target))).toBeCloseTo(0.2, 9);
      expect(value(tab.getCell(rowOf(tab, 'meetings'), C.target))).toBe(meetingsTarget);

      // Meetings on target, the win rate at half its target, contracts at 90 % of theirs.
      await typeInto(file, w.tab('2026-W50'), {
        meetings: meetingsTarget,
        win_rate: 0.1,
        contracts: contractsTarget * 0.9,
      });
      const { wb } = await calculated(file);
      const s = sheet(wb, w.tab('2026-W50'));
      const rate = rowOf(s, 'win_rate');
      expect(value(s.getCell(rate, C.achievement))).toBeCloseTo(0.5, 9);
      expect(value(s.getCell(rate, C.status))).toBe(w.missed);
      expect(String(value(s.getCell(rate, C.hint)))).toContain(w.quality);
      expect(blank(value(s.getCell(rowOf(s, 'meetings'), C.hint)))).toBe(true);
      const contracts = rowOf(s, 'contracts');
      expect(value(s.getCell(contracts, C.status))).toBe(w.close);
      // The cause lies below (the win rate), so the contracts row names none.
      expect(blank(value(s.getCell(contracts, C.hint)))).toBe(true);
    },
  );

  it('a changed hypothesis changes the targets of the review tab', async () => {
    const file = await work.build('what-if.xlsx');
    expect(await main(['review', file, '--week', '2026-W50'], work.io())).toBe(0);
    const before = await calculated(file);
    const tab = '週次レビュー 2026-W50';
    const contractsBefore = value(
      sheet(before.wb, tab).getCell(rowOf(sheet(before.wb, tab), 'contracts'), C.target),
    );

    // Halve the average deal size on the Hypotheses sheet, as an executive would.
    await edit(file, (wb) => {
      const name = wb.definedNames.getRanges('H_unit_price').ranges[0];
      const [hypSheet, address] = name.replace(/'/g, '').split('!');
      sheet(wb, hypSheet).getCell(address.replace(/\$/g, '')).value = 50000;
    });

    const after = await calculated(file);
    const s = sheet(after.wb, tab);
    const weekIndex = (after.names.get('WEEKS') as CellScalar[]).indexOf('2026-W50');
    for (const id of ['revenue', 'contracts', 'meetings', 'appointments', 'calls']) {
      expect(value(s.getCell(rowOf(s, id), C.target))).toBeCloseTo(
        (after.names.get(`W_${id}`) as number[])[weekIndex],
        6,
      );
    }
    expect(value(s.getCell(rowOf(s, 'contracts'), C.target))).toBeGreaterThan(contractsBefore as number);
  });

  it.each(['ja', 'en'] as const)(
    '%s: the to-date actual sums this and the earlier tabs of the month, the to-date target every week of the plan through this one, and the history sheet follows the tabs',
    async (lang) => {
      const w = WORDS[lang];
      const file = await work.build(`mtd-${lang}.xlsx`, lang);
      expect(await main(['review', file, '--week', '2026-W50', '--lang', lang], work.io())).toBe(0);
      await typeInto(file, w.tab('2026-W50'), { calls: 40, appointments: 12 });
      expect(await main(['review', file, '--week', '2026-W51', '--lang', lang], work.io())).toBe(0);
      await typeInto(file, w.tab('2026-W51'), { calls: 50 });

      const { wb, names } = await calculated(file);
      const weeks = names.get('WEEKS') as CellScalar[];
      const calls = names.get('W_calls') as number[];
      const s = sheet(wb, w.tab('2026-W51'));
      const r = rowOf(s, 'calls');
      expect(value(s.getCell(r, C.mtdActual))).toBe(90);
      // The to-date target is the plan's, through this week: W49 counts although it has no tab (issue 12).
      expect(value(s.getCell(r, C.mtdTarget))).toBe(
        calls[weeks.indexOf('2026-W49')] + calls[weeks.indexOf('2026-W50')] + calls[weeks.indexOf('2026-W51')],
      );
      // No actual this week yet: month-to-date stays blank rather than showing last week's alone.
      expect(blank(value(s.getCell(rowOf(s, 'appointments'), C.mtdActual)))).toBe(true);

      const history = sheet(wb, w.history);
      const rows: CellScalar[][] = [];
      history.eachRow((row, n) => {
        if (n > 3 && row.getCell(2).value === 'calls')
          rows.push([1, 2, 3, 4, 5].map((c) => value(row.getCell(c))));
      });
      const target = (week: string): number => calls[weeks.indexOf(week)];
      expect(rows.map((x) => [x[0], x[1], x[2], x[3]])).toEqual([
        ['2026-W50', 'calls', target('2026-W50'), 40],
        ['2026-W51', 'calls', target('2026-W51'), 50],
      ]);
      expect(rows[0][4]).toBeCloseTo(40 / target('2026-W50'), 9);
    },
  );

  it('month-to-date and history stay right after people sort an earlier tab', async () => {
    const w = WORDS.en;
    const file = await work.build('sorted.xlsx', 'en');
    expect(await main(['review', file, '--week', '2026-W50', '--lang', 'en'], work.io())).toBe(0);
    await typeInto(file, w.tab('2026-W50'), { calls: 40, appointments: 12 });
    expect(await main(['review', file, '--week', '2026-W51', '--lang', 'en'], work.io())).toBe(0);
    await typeInto(file, w.tab('2026-W51'), { calls: 50, appointments: 10 });
    // Someone sorts last week's tab: the calls and appointments rows swap places.
    await edit(file, (wb) => {
      const ws = sheet(wb, w.tab('2026-W50'));
      const [a, b] = [rowOf(ws, 'calls'), rowOf(ws, 'appointments')];
      for (let c = 1; c <= C.q3; c++) {
        const [x, y] = [ws.getCell(a, c).value, ws.getCell(b, c).value];
        ws.getCell(a, c).value = y;
        ws.getCell(b, c).value = x;
      }
    });
    const { wb } = await calculated(file);
    const s = sheet(wb, w.tab('2026-W51'));
    expect(value(s.getCell(rowOf(s, 'calls'), C.mtdActual))).toBe(90);
    expect(value(s.getCell(rowOf(s, 'appointments'), C.mtdActual))).toBe(22);
    const history = sheet(wb, w.history);
    const actuals = new Map<string, CellScalar>();
    history.eachRow((row, n) => {
      if (n > 3 && row.getCell(1).value === '2026-W50') actuals.set(String(row.getCell(2).value), value(row.getCell(4)));
    });
    expect(actuals.get('calls')).toBe(40);
    expect(actuals.get('appointments')).toBe(12);
  });
});
