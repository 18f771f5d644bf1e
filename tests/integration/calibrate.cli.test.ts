/**
 * `kpi-tree calibrate` on the December funnel with two weeks of actuals, month to date:
 * contracts 2 + 2 = 4, meetings 13 + 7 = 20, appointments 26 + 20 = 46, calls 80 + 100 = 180.
 * Hand-computed (Wilson, z = 1.959964):
 *   成約率 4 ÷ 20 = 20.0 %: n = 20 < 30, untrusted (and equal to the hypothesis);
 *   商談化率 20 ÷ 46 = 43.5 %: centre .439810, half .137716, interval 30.21 %–57.75 % (width 27.5 points), trusted;
 *   アポ獲得率 46 ÷ 180 = 25.6 %: centre .260663, half .063257, interval 19.74 %–32.39 %, trusted.
 * 平均受注単価 is an amount, not a rate: not proposed.
 */
import { promises as fs } from 'node:fs';
import { main } from '../../src/cli/main';
import { REVIEW } from '../../src/core/layout/reviewColumns';
import { cliWorkspace, edit, rowOf, sheet } from '../support/cliWorkbooks';
import { openXlsx } from '../support/edits';

const TAB = { ja: (w: string) => `週次レビュー ${w}`, en: (w: string) => `Review ${w}` } as const;
const HYPOTHESES = { ja: '仮説', en: 'Hypotheses' } as const;
const W50 = { revenue: 200000, contracts: 2, meetings: 13, appointments: 26, calls: 80 };
const W51 = { revenue: 250000, contracts: 2, meetings: 7, appointments: 20, calls: 100 };

const work = cliWorkspace('kpi-calibrate-');

interface JsonRow {
  id: string;
  current: number;
  proposed: number | null;
  numerator: number | null;
  denominator: number | null;
  low: number | null;
  high: number | null;
  trusted: boolean;
  applied: boolean;
}

async function withTwoWeeks(name: string, lang: 'ja' | 'en'): Promise<string> {
  const file = await work.build(name, lang);
  for (const [week, actuals] of [['2026-W50', W50], ['2026-W51', W51]] as const) {
    expect(await main(['review', file, '--week', week, '--lang', lang], work.io())).toBe(0);
    await edit(file, (wb) => {
      const ws = sheet(wb, TAB[lang](week));
      for (const [id, n] of Object.entries(actuals)) ws.getCell(rowOf(ws, id), REVIEW.col.actual).value = n;
    });
  }
  return file;
}

/** The Hypotheses sheet's row of an id, and its columns by header. */
async function hypothesisRow(file: string, lang: 'ja' | 'en', id: string): Promise<Record<string, unknown>> {
  const ws = sheet(await openXlsx(file), HYPOTHESES[lang]);
  const headers = new Map<string, number>();
  ws.getRow(3).eachCell((c, col) => headers.set(String(c.value), col));
  for (let r = 4; r < 20; r++)
    if (ws.getCell(r, 1).value === id) {
      const out: Record<string, unknown> = {};
      for (const [h, col] of headers) out[h] = ws.getCell(r, col).value;
      return out;
    }
  throw new Error(`no hypothesis ${id}`);
}

describe('kpi-tree calibrate', () => {
  it('json: each rate hypothesis with its month-to-date sample, interval and trust; nothing written', async () => {
    const file = await withTwoWeeks('json.xlsx', 'ja');
    const before = await fs.readFile(file);
    const bak = await fs.readFile(`${file}.bak`);
    const io = work.io();
    expect(await main(['calibrate', file, '--format', 'json'], io)).toBe(0);
    expect(io.stderr).toEqual([]);
    const { hypotheses } = JSON.parse(io.stdout.join('\n')) as { hypotheses: JsonRow[] };
    expect(hypotheses.map((h) => h.id)).toEqual(['close_rate', 'meeting_rate', 'appointment_rate']);
    const [close, meeting, appointment] = hypotheses;
    expect(close).toMatchObject({ current: 0.2, proposed: 0.2, numerator: 4, denominator: 20, trusted: false, applied: false });
    expect(meeting).toMatchObject({ current: 0.5, proposed: 0.435, numerator: 20, denominator: 46, trusted: true, applied: false });
    expect(meeting.low).toBeCloseTo(0.3021, 3);
    expect(meeting.high).toBeCloseTo(0.5775, 3);
    expect(appointment).toMatchObject({ current: 0.33, proposed: 0.256, numerator: 46, denominator: 180, trusted: true });
    expect(appointment.low).toBeCloseTo(0.1974, 3);
    expect(appointment.high).toBeCloseTo(0.3239, 3);
    expect((await fs.readFile(file)).equals(before)).toBe(true);
    expect((await fs.readFile(`${file}.bak`)).equals(bak)).toBe(true);
  });

  it.each(['ja', 'en'] as const)('%s text: one line per hypothesis naming its numbers and whether it is trusted', async (lang) => {
    const file = await withTwoWeeks(`text-${lang}.xlsx`, lang);
    const io = work.io();
    expect(await main(['calibrate', file, '--lang', lang], io)).toBe(0);
    const out = io.stdout.join('\n');
    if (lang === 'ja') {
      expect(out).toContain('成約率（close_rate）：仮説 20.0% → 実績 20.0%（成約件数 4 ÷ 商談数 20、95%区間');
      expect(out).toContain('標本が少なく参考値');
      expect(out).toContain('商談化率（meeting_rate）：仮説 50.0% → 実績 43.5%（商談数 20 ÷ アポ数 46、95%区間 30.2%〜57.8%）信頼できる');
      expect(out).toContain('--apply を付けて実行すると');
    } else {
      expect(out).toContain('成約率 (close_rate): hypothesis 20.0% → observed 20.0% (成約件数 4 ÷ 商談数 20; 95 % interval');
      expect(out).toContain('sample too small to trust');
      expect(out).toContain('商談化率 (meeting_rate): hypothesis 50.0% → observed 43.5% (商談数 20 ÷ アポ数 46; 95 % interval 30.2%–57.8%) trusted');
      expect(out).toContain('Run with --apply');
    }
  });

  it.each(['ja', 'en'] as const)('%s --apply: writes the trusted proposals into the H_ cells, keeps the previous value and date, and a .bak', async (lang) => {
    const file = await withTwoWeeks(`apply-${lang}.xlsx`, lang);
    const before = await fs.readFile(file);
    const io = work.io();
    expect(await main(['calibrate', file, '--apply', '--format', 'json'], io)).toBe(0);
    const { hypotheses } = JSON.parse(io.stdout.join('\n')) as { hypotheses: JsonRow[] };
    expect(hypotheses.filter((h) => h.applied).map((h) => h.id)).toEqual(['meeting_rate', 'appointment_rate']);
    expect((await fs.readFile(`${file}.bak`)).equals(before)).toBe(true);

    const value = lang === 'ja' ? '値' : 'Value';
    const previous = lang === 'ja' ? '前回値' : 'Previous value';
    const updated = lang === 'ja' ? '更新日' : 'Updated on';
    expect(await hypothesisRow(file, lang, 'meeting_rate')).toMatchObject({ [value]: 0.435, [previous]: 0.5, [updated]: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(await hypothesisRow(file, lang, 'appointment_rate')).toMatchObject({ [value]: 0.256, [previous]: 0.33 });
    const close = await hypothesisRow(file, lang, 'close_rate');
    expect(close[value]).toBe(0.2);
    expect(close[previous] ?? null).toBeNull();

    // The record survives a sync (read back into the tree, written again).
    expect(await main(['sync', file], work.io())).toBe(0);
    expect(await hypothesisRow(file, lang, 'meeting_rate')).toMatchObject({ [value]: 0.435, [previous]: 0.5 });
  });

  it('--apply says which were applied; a second run finds nothing left to apply and writes nothing', async () => {
    const file = await withTwoWeeks('twice.xlsx', 'en');
    const io = work.io();
    expect(await main(['calibrate', file, '--apply', '--lang', 'en'], io)).toBe(0);
    expect(io.stdout).toContain('Applied: 商談化率 50.0% → 43.5%');
    expect(io.stdout).toContain('Applied: アポ獲得率 33.0% → 25.6%');
    const after = await fs.readFile(file);
    const again = work.io();
    expect(await main(['calibrate', file, '--apply', '--lang', 'en'], again)).toBe(0);
    expect(again.stdout.join('\n')).toContain('Nothing applied');
    expect((await fs.readFile(file)).equals(after)).toBe(true);
  });

  it('--all applies untrusted proposals too', async () => {
    const file = await withTwoWeeks('all.xlsx', 'en');
    // One more week of closes: 6 ÷ 20 → 30 %, a sample of 20 (untrusted).
    await edit(file, (wb) => {
      const ws = sheet(wb, TAB.en('2026-W51'));
      ws.getCell(rowOf(ws, 'contracts'), REVIEW.col.actual).value = 4;
    });
    const io = work.io();
    expect(await main(['calibrate', file, '--apply', '--all', '--format', 'json'], io)).toBe(0);
    const { hypotheses } = JSON.parse(io.stdout.join('\n')) as { hypotheses: JsonRow[] };
    expect(hypotheses.find((h) => h.id === 'close_rate')).toMatchObject({ proposed: 0.3, trusted: false, applied: true });
    expect(await hypothesisRow(file, 'en', 'close_rate')).toMatchObject({ Value: 0.3, 'Previous value': 0.2 });
  });

  it('bad input: exit 2 with the missing argument named, nothing written', async () => {
    const io = work.io();
    expect(await main(['calibrate'], io)).toBe(2);
    expect(io.stderr.join('\n')).toContain('FILE.xlsx');
    const file = await work.build('bad.xlsx', 'en');
    const before = await fs.readFile(file);
    const all = work.io();
    expect(await main(['calibrate', file, '--all'], all)).toBe(2);
    expect(all.stderr.join('\n')).toContain('--apply');
    const missing = work.io();
    expect(await main(['calibrate', 'nowhere.xlsx'], missing)).toBe(2);
    expect(missing.stderr.join('\n')).toContain('nowhere.xlsx');
    expect((await fs.readFile(file)).equals(before)).toBe(true);
  });
});
