/**
 * The month's milestones (issue 12, item 6), recalculated in LibreOffice: the Milestones
 * sheet holds day 10, 20 and 25 on their working days, each status flips with the numbers
 * typed, the coverage multiple is a Settings row a team tunes, a sync keeps what was typed
 * (also in rows people moved), and the review tab of the week shows the milestone's
 * status, in Japanese and English.
 */
import { readFileSync } from 'fs';
import { writeFile } from 'fs/promises';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import type { Lang } from '../../src/core/i18n';
import { cliWorkspace, edit, sheet } from '../support/cliWorkbooks';
import { EXAMPLE, openXlsx } from '../support/edits';
import { libreOfficeSuite, recalculate } from '../support/libreoffice';

const EXAMPLE_EN = EXAMPLE.replace(/\.yaml$/, '.en.yaml');
const work = cliWorkspace('kpi-milestones-');
const WORDS = {
  ja: {
    sheet: 'マイルストーン',
    settings: '設定',
    tab: (w: string) => `週次レビュー ${w}`,
    met: '達成',
    notMet: '未達',
    notEntered: '未入力',
  },
  en: {
    sheet: 'Milestones',
    settings: 'Settings',
    tab: (w: string) => `Review ${w}`,
    met: 'Met',
    notMet: 'Not met',
    notEntered: 'Not entered',
  },
} as const;

const ok = async (lang: Lang, ...argv: string[]): Promise<void> => {
  const io = work.io();
  const code = await main([...argv, '--lang', lang], io);
  expect(io.stderr.join('\n')).toBe('');
  expect(code).toBe(0);
};

/** Opens the file in LibreOffice, recalculates, and saves it back, as a person would. */
async function openAndSave(file: string): Promise<ExcelJS.Workbook> {
  const out = await recalculate(file, { tempRoot: work.dir });
  await writeFile(file, readFileSync(out));
  return openXlsx(file);
}

/** The row of each id in column A of the Milestones sheet. */
function rowsById(ws: ExcelJS.Worksheet): Map<string, number> {
  const out = new Map<string, number>();
  ws.eachRow((r, n) => {
    const id = r.getCell(1).value;
    if (typeof id === 'string') out.set(id, n);
  });
  return out;
}

function view(wb: ExcelJS.Workbook, lang: Lang) {
  const ws = sheet(wb, WORDS[lang].sheet);
  const rows = rowsById(ws);
  const row = (id: string): number => {
    const r = rows.get(id);
    if (r === undefined) throw new Error(`no milestone row ${id}`);
    return r;
  };
  const shown = (c: ExcelJS.Cell): unknown => {
    const v = c.value;
    return v !== null && typeof v === 'object' && 'result' in v ? v.result : v;
  };
  return {
    ws,
    row,
    value: (id: string) => shown(ws.getCell(row(id), 5)),
    status: (id: string) => shown(ws.getCell(row(id), 6)),
    due: (id: string) => ws.getCell(row(id), 2).value,
    type: (id: string, n: number) => {
      ws.getCell(row(id), 5).value = n;
    },
  };
}

function settingsRow(ws: ExcelJS.Worksheet, key: string): number {
  let found = 0;
  ws.eachRow((r, n) => {
    if (r.getCell(1).value === key) found = n;
  });
  if (found === 0) throw new Error(`no Settings row ${key}`);
  return found;
}

/** What the review tab's milestone line shows (row 15, the name column, as a new tab lays it out). */
function milestoneLine(wb: ExcelJS.Workbook, tab: string): unknown {
  const c = sheet(wb, tab).getCell(15, 2).value;
  return c !== null && typeof c === 'object' && 'result' in c ? c.result : c;
}

const day = (d: unknown): string => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));

const lo = libreOfficeSuite();
lo.describe('milestones of the month in LibreOffice', () => {
  for (const lang of ['ja', 'en'] as const) {
    const w = WORDS[lang];
    test(`${lang}: day 10, 20 and 25 on their working days, statuses flipping with what is typed, kept through sync`, async () => {
      const file = await work.build(`milestones-${lang}.xlsx`, lang, lang === 'ja' ? EXAMPLE : EXAMPLE_EN);
      let wb = await openAndSave(file);
      let m = view(wb, lang);
      // December 2026: the 10th is a Thursday; the 20th a Sunday, so Friday the 18th; the 25th a Friday.
      expect([m.due('pipeline'), m.due('meetingsHeld'), m.due('openDeals')].map(day)).toEqual([
        '2026-12-10',
        '2026-12-18',
        '2026-12-25',
      ]);
      expect([m.status('pipeline'), m.status('meetingsHeld'), m.status('openDeals')]).toEqual([
        w.notEntered,
        w.notEntered,
        w.notEntered,
      ]);
      expect(m.value('coverage')).toBe(3);
      // Nothing won yet: 3 × 1,000,000.
      expect(m.value('required')).toBe(3_000_000);

      await edit(file, (book) => {
        const v = view(book, lang);
        v.type('pipeline', 2_000_000);
        v.type('wonToDate', 300_000);
        v.type('meetingsHeld', 5);
        v.type('meetingsPlanned', 4);
        v.type('openDeals', 3);
        v.type('agreementsKnown', 2);
      });
      wb = await openAndSave(file);
      m = view(wb, lang);
      // 3 × (1,000,000 − 300,000) = 2,100,000 needed; 2,000,000 is short of it.
      expect(m.value('required')).toBe(2_100_000);
      expect([m.status('pipeline'), m.status('meetingsHeld'), m.status('openDeals')]).toEqual([
        w.notMet,
        w.met,
        w.notMet,
      ]);

      // The team tunes the multiple on the Settings sheet, and the day-10 check follows it.
      await edit(file, (book) => {
        const s = sheet(book, w.settings);
        s.getCell(settingsRow(s, 'milestones.coverage'), 2).value = 2.5;
        view(book, lang).type('agreementsKnown', 3);
      });
      wb = await openAndSave(file);
      m = view(wb, lang);
      expect(m.value('required')).toBe(1_750_000);
      expect([m.status('pipeline'), m.status('openDeals')]).toEqual([w.met, w.met]);

      // A sync keeps every number typed and the multiple, and the statuses stay as they were.
      await ok(lang, 'sync', file);
      wb = await openAndSave(file);
      m = view(wb, lang);
      expect(
        ['pipeline', 'wonToDate', 'meetingsHeld', 'meetingsPlanned', 'openDeals', 'agreementsKnown'].map(
          m.value,
        ),
      ).toEqual([2_000_000, 300_000, 5, 4, 3, 3]);
      expect(m.value('coverage')).toBe(2.5);
      expect([m.status('pipeline'), m.status('meetingsHeld'), m.status('openDeals')]).toEqual([
        w.met,
        w.met,
        w.met,
      ]);

      // The review tab of the week holding the 10th shows the milestone and its live status.
      await ok(lang, 'review', file, '--week', '2026-W50');
      await ok(lang, 'review', file, '--week', '2026-W49');
      await edit(file, (book) => view(book, lang).type('pipeline', 1_000_000));
      wb = await openAndSave(file);
      const line = String(milestoneLine(wb, w.tab('2026-W50')));
      expect(line).toContain('2026-12-10');
      expect(line.endsWith(w.notMet)).toBe(true);
      expect(milestoneLine(wb, w.tab('2026-W49'))).toBe('—');
    }, 300_000);
  }

  test('a row people insert above the inputs moves nothing: a sync keeps each number with its check', async () => {
    const file = await work.build('milestones-moved.xlsx', 'en', EXAMPLE_EN);
    await edit(file, (book) => {
      const v = view(book, 'en');
      v.type('meetingsHeld', 2);
      v.type('meetingsPlanned', 6);
      v.ws.spliceRows(v.row('pipeline'), 0, ['', '', 'our own note']);
    });
    await ok('en', 'sync', file);
    const wb = await openAndSave(file);
    const m = view(wb, 'en');
    expect([m.value('meetingsHeld'), m.value('meetingsPlanned')]).toEqual([2, 6]);
    expect(m.status('meetingsHeld')).toBe('Not met');
    let note = 0;
    m.ws.eachRow((r, n) => {
      if (r.getCell(3).value === 'our own note') note = n;
    });
    expect(note).toBeGreaterThan(0);
  }, 300_000);
});
