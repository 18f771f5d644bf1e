/**
 * The review tab's table of where the KGI's gap comes from, recalculated in LibreOffice:
 * the December funnel's W50 typed (revenue 200,000, contracts 2, meetings 13, appointments
 * 26, calls 80), each driver's contribution read from the recalculated tab equals the
 * core's, they add up to the Total, and the Total is the KGI's to-date actual − target.
 * A week with nothing won yet gives the whole gap to the stage that fell to zero; a
 * closed week keeps its table as values. Both languages.
 */
import type ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { t, type Lang } from '../../src/core/i18n';
import { readWorkbook } from '../../src/core/reader/readWorkbook';
import { kgiGap, type KgiGap } from '../../src/core/review/kgiGap';
import { REVIEW } from '../../src/core/layout/reviewColumns';
import { readWorkbookData } from '../../src/hosts/xlsx/readData';
import { openXlsx } from '../support/edits';
import { cliWorkspace, edit, rowOf, sheet, value } from '../support/cliWorkbooks';
import { libreOfficeSuite, recalculate } from '../support/libreoffice';

const C = REVIEW.col;
const TAB = { ja: (w: string) => `週次レビュー ${w}`, en: (w: string) => `Review ${w}` } as const;
const work = cliWorkspace('kpi-review-gap-lo-');

function text(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v !== null && typeof v === 'object' && 'richText' in v) return v.richText.map((p) => p.text).join('');
  if (v !== null && typeof v === 'object' && 'formula' in v) return String(v.result ?? '');
  return v === null ? '' : String(v);
}

async function typeInto(file: string, tab: string, cells: Record<string, number>): Promise<void> {
  await edit(file, (wb) => {
    const ws = sheet(wb, tab);
    for (const [id, actual] of Object.entries(cells)) ws.getCell(rowOf(ws, id), C.actual).value = actual;
  });
}

/** The core's split of the saved file's week, before any recalculation. */
async function core(file: string, week: string): Promise<KgiGap> {
  const data = readWorkbookData(await openXlsx(file));
  const model = readWorkbook(data, 'en').model!;
  return kgiGap(model, data, week)!;
}

/** The gap table as the recalculated tab shows it: title row, each driver's name and contribution, the total. */
function table(ws: ExcelJS.Worksheet, lang: Lang) {
  for (let r = REVIEW.firstRow; r < REVIEW.firstRow + 40; r++) {
    if (text(ws.getCell(r, C.q1)) !== t(lang, 'review.gap')) continue;
    expect(text(ws.getCell(r + 1, C.q1))).toBe(t(lang, 'review.gap.driver'));
    expect(text(ws.getCell(r + 1, C.q3))).toBe(t(lang, 'review.gap.contribution'));
    const drivers: { name: string; value: unknown; formula: boolean }[] = [];
    for (let row = r + 2; ; row++) {
      const name = text(ws.getCell(row, C.q1));
      const cell = ws.getCell(row, C.q3);
      if (name === t(lang, 'review.gap.total'))
        return { titleRow: r, note: text(ws.getCell(r, C.q2)), drivers, total: value(cell), totalRow: row };
      drivers.push({ name, value: value(cell), formula: cell.type === 6 });
    }
  }
  throw new Error('no gap table');
}

const W50 = { revenue: 200000, contracts: 2, meetings: 13, appointments: 26, calls: 80 };

const lo = libreOfficeSuite();
lo.describe('where the KGI gap comes from, in LibreOffice', () => {
  it.each(['ja', 'en'] as const)(
    '%s: each driver’s contribution is the core’s, and they add up to the KGI’s to-date actual − target',
    async (lang) => {
      const file = await work.build(`gap-${lang}.xlsx`, lang);
      expect(await main(['review', file, '--week', '2026-W50', '--lang', lang], work.io())).toBe(0);
      const empty = table(
        sheet(await openXlsx(await recalculate(file, { tempRoot: work.dir })), TAB[lang]('2026-W50')),
        lang,
      );
      expect(empty.note).toBe(t(lang, 'review.gap.missing'));
      await typeInto(file, TAB[lang]('2026-W50'), W50);
      const expected = await core(file, '2026-W50');
      expect(expected.none).toBeNull();
      expect(expected.drivers).toHaveLength(5);

      const ws = sheet(
        await openXlsx(await recalculate(file, { tempRoot: work.dir })),
        TAB[lang]('2026-W50'),
      );
      const shown = table(ws, lang);
      const kgi = rowOf(ws, 'revenue');
      const gap =
        (value(ws.getCell(kgi, C.mtdActual)) as number) - (value(ws.getCell(kgi, C.mtdTarget)) as number);
      expect(value(ws.getCell(kgi, C.mtdActual))).toBe(200000);
      expect(shown.note).toBe('');
      expect(shown.total).toBeCloseTo(gap, 6);
      expect(shown.total).toBeCloseTo(expected.total!, 6);
      // The rows the tab was written with hold names only; the refresh after typing sorts them.
      expect(shown.drivers.map((d) => d.formula)).toEqual([true, true, true, true, true]);
      for (const d of shown.drivers) {
        const mine = expected.drivers.find((x) => x.name === d.name);
        expect(mine).toBeDefined();
        expect(d.value as number).toBeCloseTo(mine!.contribution, 6);
      }
      const sum = shown.drivers.reduce((s, d) => s + (d.value as number), 0);
      expect(sum).toBeCloseTo(shown.total as number, 6);

      // Written again with the actuals in: the largest contribution first.
      expect(await main(['review', file, '--week', '2026-W50', '--lang', lang], work.io())).toBe(0);
      const sorted = table(
        sheet(await openXlsx(await recalculate(file, { tempRoot: work.dir })), TAB[lang]('2026-W50')),
        lang,
      );
      expect(sorted.drivers.map((d) => d.name)).toEqual(expected.drivers.map((d) => d.name));
      const sizes = sorted.drivers.map((d) => Math.abs(d.value as number));
      expect([...sizes].sort((x, y) => y - x)).toEqual(sizes);
      expect(sizes[0]).toBeGreaterThan(0);
    },
  );

  it('nothing won yet: the close rate takes the whole gap; a closed week keeps the table as values', async () => {
    const file = await work.build('gap-zero.xlsx', 'ja');
    expect(await main(['review', file, '--week', '2026-W50'], work.io())).toBe(0);
    await typeInto(file, TAB.ja('2026-W50'), { ...W50, revenue: 0, contracts: 0 });
    const ws = sheet(await openXlsx(await recalculate(file, { tempRoot: work.dir })), TAB.ja('2026-W50'));
    const shown = table(ws, 'ja');
    const target = value(ws.getCell(rowOf(ws, 'revenue'), C.mtdTarget)) as number;
    expect(shown.total).toBeCloseTo(-target, 6);
    for (const d of shown.drivers) expect(d.value).toBeCloseTo(d.name === '成約率' ? -target : 0, 6);

    await typeInto(file, TAB.ja('2026-W50'), W50);
    const expected = await core(file, '2026-W50');
    expect(await main(['review', file, '--week', '2026-W50', '--close'], work.io())).toBe(0);
    await typeInto(file, TAB.ja('2026-W50'), { contracts: 5 });
    const closed = table(
      sheet(await openXlsx(await recalculate(file, { tempRoot: work.dir })), TAB.ja('2026-W50')),
      'ja',
    );
    expect(closed.drivers.map((d) => d.formula)).toEqual([false, false, false, false, false]);
    expect(closed.total).toBeCloseTo(expected.total!, 6);
    for (const d of closed.drivers)
      expect(d.value as number).toBeCloseTo(expected.drivers.find((x) => x.name === d.name)!.contribution, 6);
  });
});
