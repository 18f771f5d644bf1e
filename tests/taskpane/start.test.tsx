/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { readAnalysis } from '../../src/app/analysis';
import { findConfirmation, renderPane, settle } from './render';
import { appOn } from '../support/app';

/** The folded 「詳細」 / Details of the Start form. */
function details(name: string): HTMLDetailsElement {
  return screen.getByText(name, { selector: 'summary' }).closest('details')!;
}

describe('Start view', () => {
  it('opens on Start in an empty workbook and builds every sheet from the funnel template', async () => {
    const { host } = await renderPane();
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Start');
    // First run: what it does, what will be built, the hypotheses folded away.
    expect(screen.getByText(/turns your goal \(KGI\) into a KPI tree/)).toBeDefined();
    expect(await screen.findByText('Builds the sheets KPI Tree, Checks, Hypotheses, Calendar, Settings, Milestones.')).toBeDefined();
    expect(details('Details').open).toBe(false);
    fireEvent.change(screen.getByLabelText(/Monthly target/), { target: { value: '2,000,000' } });
    fireEvent.click(screen.getByText('Details', { selector: 'summary' }));
    await waitFor(() => expect(details('Details').open).toBe(true));
    fireEvent.change(screen.getByLabelText('Close rate (%)'), { target: { value: '25' } });
    fireEvent.click(screen.getByRole('button', { name: 'Build all sheets' }));
    await waitFor(() => expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Tree'));
    await settle();
    expect(within(await findConfirmation('Built the KPI tree')).getByText('Built the KPI tree: 7 nodes; findings: 1.')).toBeDefined();
    const analysis = await readAnalysis(appOn(host, 'en'));
    expect(analysis.model!.nodes[0].target).toBe(2_000_000);
    expect(analysis.backcast!.nodes.find((n) => n.id === 'meetings')!.monthly).toBe(80);
    const outline = screen.getByRole('list', { name: 'KPI tree' });
    expect(within(outline).getByText('Sales meetings')).toBeDefined();
    expect(host.workbook().worksheets.map((w) => w.name)).toEqual(['KPI Tree', 'Checks', 'Hypotheses', 'Calendar', 'Settings', 'Milestones']);
  });

  it('names the fields to correct, in Japanese, and writes nothing', async () => {
    const { host } = await renderPane({ lang: 'ja' });
    fireEvent.change(screen.getByLabelText(/KGI の名称/), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText(/対象月/), { target: { value: '2026/12' } });
    fireEvent.change(screen.getByLabelText('成約率（%）'), { target: { value: '120' } });
    fireEvent.click(screen.getByRole('button', { name: 'すべてのシートを作成' }));
    expect(await screen.findByText('KGI の名称を入力してください。')).toBeDefined();
    expect(screen.getByText(/「2026\/12」は月ではありません/)).toBeDefined();
    expect(screen.getByText('成約率は率です。0% より大きく 100% 以下で入力してください。')).toBeDefined();
    // The rate is folded under 詳細: it opens so that its message is seen.
    await waitFor(() => expect(details('詳細').open).toBe(true));
    expect(host.workbook().worksheets).toHaveLength(0);
  });

  it('refuses a target that could be two numbers (1,5), and writes nothing', async () => {
    const { host } = await renderPane({ lang: 'ja' });
    fireEvent.change(screen.getByLabelText(/月間目標/), { target: { value: '1,5' } });
    fireEvent.click(screen.getByRole('button', { name: 'すべてのシートを作成' }));
    expect(await screen.findByText('0 より大きい月間目標を入力してください。')).toBeDefined();
    expect(host.workbook().worksheets).toHaveLength(0);
  });

  it('switches the template and the language', async () => {
    await renderPane();
    fireEvent.click(screen.getByRole('radio', { name: /SaaS/ }));
    expect(await screen.findByDisplayValue('Net new MRR')).toBeDefined();
    fireEvent.click(screen.getByRole('combobox', { name: 'Language' }));
    fireEvent.click(screen.getByRole('option', { name: '日本語' }));
    expect(await screen.findByRole('button', { name: 'すべてのシートを作成' })).toBeDefined();
    expect(await screen.findByDisplayValue('MRR純増額')).toBeDefined();
    expect(document.documentElement.lang).toBe('ja');
  });

  it('keeps what was typed through a change of template and language; the title follows the month', async () => {
    await renderPane({ today: '2026-12-09' });
    expect(screen.getByLabelText('Plan title')).toHaveProperty('value', 'Sales Team 1 — December 2026');
    fireEvent.change(screen.getByLabelText(/Monthly target/), { target: { value: '3,000,000' } });
    fireEvent.change(screen.getByLabelText(/Month \(YYYY-MM\)/), { target: { value: '2027-02' } });
    fireEvent.change(screen.getByLabelText('Close rate (%)'), { target: { value: '30' } });
    expect(screen.getByLabelText('Plan title')).toHaveProperty('value', 'Sales Team 1 — February 2027');
    fireEvent.click(screen.getByRole('radio', { name: /Route sales/ }));
    expect(await screen.findByDisplayValue('East Japan Route Sales — February 2027')).toBeDefined();
    fireEvent.click(screen.getByRole('radio', { name: /New-business funnel/ }));
    fireEvent.click(screen.getByRole('combobox', { name: 'Language' }));
    fireEvent.click(screen.getByRole('option', { name: '日本語' }));
    await screen.findByRole('button', { name: 'すべてのシートを作成' });
    expect(screen.getByLabelText(/月間目標/)).toHaveProperty('value', '3,000,000');
    expect(screen.getByLabelText(/対象月/)).toHaveProperty('value', '2027-02');
    expect(screen.getByLabelText('成約率（%）')).toHaveProperty('value', '30');
    expect(screen.getByLabelText('計画のタイトル')).toHaveProperty('value', '営業1課 2027年2月');
    expect(await screen.findByText('KPIツリー・チェック・仮説・カレンダー・設定・マイルストーンのシートを作成します。')).toBeDefined();
  });
});
