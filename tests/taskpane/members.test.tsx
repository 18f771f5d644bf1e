/** @jest-environment jsdom */
/**
 * A member's figures in the pane: with a member chosen, the Tree view shows their actuals
 * to date (their own columns of the month's review tabs, added up) beside their targets,
 * with units; the Review view's member week shows what is left of their month, their
 * forecast and a hint from their own numbers. Japanese and English.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { readFileSync } from 'fs';
import { join } from 'path';
import { buildTree } from '../../src/app/build';
import { writeReview } from '../../src/app/review';
import type { Lang } from '../../src/core/i18n';
import { loadPlanText } from '../../src/core/model/parsePlan';
import type { Model } from '../../src/core/model/types';
import { memberHeader } from '../../src/core/review/memberHeaders';
import { createMemoryHost, type MemoryHost } from '../../src/hosts/xlsx/memoryHost';
import { appOn } from '../support/app';
import { renderPane } from './render';

const PLAN: Record<Lang, string> = { ja: 'team.yaml', en: 'team.en.yaml' };
const SATO: Record<Lang, string> = { ja: '佐藤', en: 'Sato' };

/** The example team with Sato's calls typed in her own column: 20 in W49, 10 in W50. */
async function teamWithActuals(lang: Lang): Promise<MemoryHost> {
  const host = createMemoryHost(undefined, { debounceMs: 10 });
  const text = readFileSync(join(__dirname, '..', '..', 'examples', PLAN[lang]), 'utf8');
  const model = loadPlanText(text, 'yaml').model as Model;
  const app = appOn(host, lang);
  await buildTree(app, { model });
  for (const [week, calls] of [
    ['2026-W49', 20],
    ['2026-W50', 10],
  ] as const) {
    const { sheet } = await writeReview(app, { week });
    const ws = host.workbook().getWorksheet(sheet)!;
    let col = 0;
    let row = 0;
    ws.eachRow((r, n) => {
      r.eachCell((c, k) => {
        if (c.value === memberHeader(lang, 'actual', SATO[lang])) col = k;
      });
      if (r.getCell(1).value === 'calls') row = n;
    });
    expect(col * row).toBeGreaterThan(0);
    ws.getCell(row, col).value = calls;
  }
  return host;
}

const text = (selector: string): string | null => document.querySelector(selector)?.textContent ?? null;

describe('a member’s figures in the pane', () => {
  it('ja: the Tree view shows the chosen member’s actuals to date beside their targets', async () => {
    const host = await teamWithActuals('ja');
    await renderPane({ host, lang: 'ja' });
    expect(document.querySelector('[data-actual]')).toBeNull();
    fireEvent.click(screen.getByRole('combobox', { name: '表示する担当' }));
    fireEvent.click(await screen.findByRole('option', { name: '佐藤' }));
    await waitFor(() => expect(text('[data-actual="calls"]')).toBe('累計実績 30件'));
    expect(text('[data-node="calls"]')).toContain('月間 73件');
    // Nothing typed for her contracts yet.
    expect(text('[data-actual="contracts"]')).toBe('累計実績 –');
    // Another member typed nothing: their own actuals, not Sato's.
    fireEvent.click(screen.getByRole('combobox', { name: '表示する担当' }));
    fireEvent.click(await screen.findByRole('option', { name: '山田' }));
    await waitFor(() => expect(text('[data-actual="calls"]')).toBe('累計実績 –'));
    fireEvent.click(screen.getByRole('combobox', { name: '表示する担当' }));
    fireEvent.click(await screen.findByRole('option', { name: 'チーム全体' }));
    await waitFor(() => expect(document.querySelector('[data-actual]')).toBeNull());
  });

  it('en: the Tree view shows the chosen member’s actuals in English', async () => {
    const host = await teamWithActuals('en');
    await renderPane({ host, lang: 'en' });
    fireEvent.click(screen.getByRole('combobox', { name: 'Targets of' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Sato' }));
    await waitFor(() => expect(text('[data-actual="calls"]')).toBe('Actual to date 30 calls'));
    expect(text('[data-node="calls"]')).toContain('Month 73 calls');
  });

  it.each(['ja', 'en'] as const)(
    '%s: the Review view’s member week shows what is left of the month, the forecast and a hint',
    async (lang) => {
      const host = await teamWithActuals(lang);
      await renderPane({ host, lang, today: '2026-12-09' });
      fireEvent.click(screen.getByRole('tab', { name: lang === 'ja' ? 'レビュー' : 'Review' }));
      await screen.findByRole('combobox', { name: lang === 'ja' ? '週（ISO）' : 'ISO week' });
      fireEvent.click(screen.getByRole('combobox', { name: lang === 'ja' ? '表示する担当' : 'Figures of' }));
      fireEvent.click(await screen.findByRole('option', { name: SATO[lang] }));
      // Sato's calls: 73 in the month, 30 to date over 9 of the month's 20 working days.
      await waitFor(() => expect(text('[data-member-pace="calls"]')).not.toBeNull());
      expect(text('[data-member-pace="calls"]')).toBe(
        lang === 'ja'
          ? '月間目標まで残り 43・月末見込み 67（要注意）'
          : 'Left of the month 43 · month-end forecast 67 (At risk)',
      );
      expect(text('[data-member-hint="calls"]')).toBe(
        lang === 'ja' ? 'ヒント：架電数 10/18 件は未達 → 量' : 'Hint: Calls made 10/18 missed → quantity',
      );
      expect(document.querySelector('[data-member-pace="contracts"]')).toBeNull();
    },
  );
});
