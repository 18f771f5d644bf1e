/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { hypothesisCell, readAnalysis } from '../../src/app/analysis';
import { findConfirmation, renderPane, settle } from './render';
import { funnelWorkbook } from './support';
import { appOn } from '../support/app';
import { readFileSync } from 'fs';
import { join } from 'path';
import { buildTree } from '../../src/app/build';
import { loadPlanText } from '../../src/core/model/parsePlan';
import type { Model } from '../../src/core/model/types';
import { createMemoryHost } from '../../src/hosts/xlsx/memoryHost';

/** The example team (three members) built into a workbook in the page. */
async function teamWorkbook(file: 'team.yaml' | 'team.en.yaml') {
  const host = createMemoryHost(undefined, { debounceMs: 10 });
  const model = loadPlanText(readFileSync(join(__dirname, '..', '..', 'examples', file), 'utf8'), 'yaml').model as Model;
  await buildTree(appOn(host, model.lang ?? 'en'), { model });
  return host;
}

/** A node's weekly targets as shown: ISO week → [its name and dates, the figure with its unit]. */
function weeksOf(el: Element): Record<string, [string, string]> {
  return Object.fromEntries(
    [...el.querySelectorAll('[data-week]')].map((w) => [w.getAttribute('data-week'), [w.querySelector('dt')!.textContent, w.querySelector('dd')!.textContent]]),
  );
}

describe('Tree view', () => {
  it('shows each node’s monthly, per-day and weekly targets from the core', async () => {
    const host = await funnelWorkbook('en');
    await renderPane({ host });
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Tree');
    const calls = document.querySelector('[data-node="calls"]')!;
    expect(calls.textContent).toContain('Month 304 calls');
    // A figure per working day keeps the decimal that means something, with its unit.
    expect(calls.textContent).toContain('Per day 15.2 calls');
    // Weeks by their place in the month and their days, not by ISO code.
    expect(weeksOf(calls)).toEqual({
      '2026-W49': ['Week 1 Dec 1–6', '61 calls'],
      '2026-W50': ['Week 2 Dec 7–13', '76 calls'],
      '2026-W51': ['Week 3 Dec 14–20', '76 calls'],
      '2026-W52': ['Week 4 Dec 21–27', '76 calls'],
      '2026-W53': ['Week 5 Dec 28–31', '15 calls'],
    });
    expect(document.querySelector('[data-node="talk_quality"]')!.textContent).toContain('qualitative');
  });

  it('previews a hypothesis change on every KDI week before writing, writes it, and undoes it', async () => {
    const host = await funnelWorkbook('en');
    await renderPane({ host });
    expect(screen.getByText('Change a hypothesis to see its effect.')).toBeDefined();
    fireEvent.change(screen.getByLabelText('Close rate (%)'), { target: { value: '25' } });
    const preview = await screen.findByRole('list', { name: /Effect on the activities/ });
    const row = preview.querySelector('[data-whatif="calls"]')!;
    // 10 contracts ÷ 25 % = 40 meetings → 80 appointments → 243 calls.
    expect(row.textContent).toContain('(-15)');
    expect(weeksOf(row)['2026-W50']).toEqual(['Week 2 Dec 7–13', '60 calls (-16)']);
    const cell = hypothesisCell(await readAnalysis(appOn(host, 'en')), 'close_rate')!;
    expect(host.workbook().getWorksheet(cell.sheet)!.getCell(cell.address).value).toBe(0.2);

    fireEvent.click(screen.getByRole('button', { name: 'Write to the workbook' }));
    await settle();
    // The confirmation names what changed, as it was typed.
    const confirmation = await findConfirmation(/Wrote Close rate 20% → 25%/);
    expect(confirmation.textContent).toContain('Wrote Close rate 20% → 25%: every target recalculates in the workbook.');
    expect(host.workbook().getWorksheet(cell.sheet)!.getCell(cell.address).value).toBe(0.25);
    await waitFor(() => expect(document.querySelector('[data-node="calls"]')!.textContent).toContain('Month 243'));

    fireEvent.click(within(confirmation).getByRole('button', { name: 'Undo' }));
    await settle();
    expect(host.workbook().getWorksheet(cell.sheet)!.getCell(cell.address).value).toBe(0.2);
    await waitFor(() => expect(document.querySelector('[data-node="calls"]')!.textContent).toContain('Month 304'));
  });

  it('keeps what is being typed when the workbook is re-read for another edit', async () => {
    const host = await funnelWorkbook('en');
    await renderPane({ host });
    fireEvent.change(screen.getByLabelText('Close rate (%)'), { target: { value: '25' } });
    await screen.findByRole('list', { name: /Effect on the activities/ });
    // Someone edits a note elsewhere: the pane re-reads the workbook.
    await host.writeCells([{ sheet: 'KPI Tree', address: 'A1', value: 'Sales Team 1 — December' }]);
    await settle(100);
    expect((screen.getByLabelText('Close rate (%)') as HTMLInputElement).value).toBe('25');
    expect((screen.getByRole('button', { name: 'Write to the workbook' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('refuses what is not a number and what cannot be computed', async () => {
    const host = await funnelWorkbook('en');
    await renderPane({ host });
    fireEvent.change(screen.getByLabelText('Close rate (%)'), { target: { value: 'twenty' } });
    expect(await screen.findByText('Enter a number.')).toBeDefined();
    expect((screen.getByRole('button', { name: 'Write to the workbook' }) as HTMLButtonElement).disabled).toBe(true);
    // A rate of 0 % is refused as the Start form refuses it.
    fireEvent.change(screen.getByLabelText('Close rate (%)'), { target: { value: '0' } });
    expect(await screen.findByText('Close rate is a rate: enter more than 0 % and at most 100 %.')).toBeDefined();
    expect((screen.getByRole('button', { name: 'Write to the workbook' }) as HTMLButtonElement).disabled).toBe(true);
    // A deal size of 0 is a number, but every target below it divides by it.
    fireEvent.change(screen.getByLabelText('Close rate (%)'), { target: { value: '20' } });
    fireEvent.change(screen.getByLabelText('Average deal size (JPY)'), { target: { value: '0' } });
    expect(await screen.findByText(/impossible to compute/)).toBeDefined();
    expect((screen.getByRole('button', { name: 'Write to the workbook' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('refuses a rate over 100 %, shows rates in percent and writes nothing', async () => {
    const host = await funnelWorkbook('ja');
    await renderPane({ host, lang: 'ja' });
    const closeRate = screen.getByLabelText('成約率（%）') as HTMLInputElement;
    expect(closeRate.value).toBe('20');
    fireEvent.change(closeRate, { target: { value: '150' } });
    expect(await screen.findByText('成約率は率です。0% より大きく 100% 以下で入力してください。')).toBeDefined();
    expect((screen.getByRole('button', { name: 'ブックに書き込む' }) as HTMLButtonElement).disabled).toBe(true);
    const cell = hypothesisCell(await readAnalysis(appOn(host, 'ja')), 'close_rate')!;
    expect(host.workbook().getWorksheet(cell.sheet)!.getCell(cell.address).value).toBe(0.2);
  });

  it('offers the next step in a workbook without a tree', async () => {
    await renderPane({ lang: 'en' });
    fireEvent.click(screen.getByRole('tab', { name: 'Tree' }));
    expect(screen.getByText('This workbook has no KPI tree yet.')).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Build a KPI tree' }));
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Start');
  });

  it('ranks what moves the required activity most', async () => {
    const host = await funnelWorkbook('ja');
    await renderPane({ host, lang: 'ja' });
    const ranked = screen.getByRole('list', { name: '必要な活動量を最も動かす仮説' });
    const items = within(ranked).getAllByRole('listitem');
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(items[0].textContent).toMatch(/\+10% → 活動量 -\d/);
  });

  it('shows the whole team by default, and one member’s targets when chosen', async () => {
    const host = await teamWorkbook('team.yaml');
    await renderPane({ host, lang: 'ja' });
    const calls = () => document.querySelector('[data-node="calls"]')!.textContent;
    // The team's calls are its members' added up: 152 + 73 + 61.
    expect(calls()).toContain('月間 286');
    fireEvent.click(screen.getByRole('combobox', { name: '表示する担当' }));
    fireEvent.click(await screen.findByRole('option', { name: '佐藤' }));
    await waitFor(() => expect(calls()).toContain('月間 73'));
    expect(Object.entries(weeksOf(document.querySelector('[data-node="calls"]')!)).map(([w, [, v]]) => `${w.slice(5)} ${v}`)).toEqual([
      'W49 15件',
      'W50 18件',
      'W51 18件',
      'W52 18件',
      'W53 4件',
    ]);
    expect(document.querySelector('[data-member="sato"]')!.textContent).toBe('佐藤さん（KGI 300,000円）');
    fireEvent.click(screen.getByRole('combobox', { name: '表示する担当' }));
    fireEvent.click(await screen.findByRole('option', { name: 'チーム全体' }));
    await waitFor(() => expect(calls()).toContain('月間 286'));
    expect(document.querySelector('[data-member]')).toBeNull();
  });

  it('offers no member chooser for a team without members', async () => {
    const host = await funnelWorkbook('en');
    await renderPane({ host });
    expect(screen.queryByRole('combobox', { name: 'Targets of' })).toBeNull();
  });

  it('shows a member’s targets in an English workbook in English', async () => {
    const host = await teamWorkbook('team.en.yaml');
    await renderPane({ host });
    fireEvent.click(screen.getByRole('combobox', { name: 'Targets of' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Yamada' }));
    await waitFor(() => expect(document.querySelector('[data-node="calls"]')!.textContent).toContain('Month 152'));
    expect(document.querySelector('[data-member="yamada"]')!.textContent).toBe('Yamada: KGI 500,000 JPY');
  });
});
