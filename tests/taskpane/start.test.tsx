/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { readAnalysis } from '../../src/app/analysis';
import { renderPane, settle } from './render';
import { appOn } from '../support/app';

describe('Start view', () => {
  it('opens on Start in an empty workbook and builds every sheet from the funnel template', async () => {
    const { host } = await renderPane();
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Start');
    fireEvent.change(screen.getByLabelText(/Monthly target/), { target: { value: '2,000,000' } });
    fireEvent.change(screen.getByLabelText('Close rate (%)'), { target: { value: '25' } });
    fireEvent.click(screen.getByRole('button', { name: 'Build all sheets' }));
    await waitFor(() => expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Tree'));
    await settle();
    expect(screen.getByText('Built the KPI tree (7 nodes). Problems found: 1.')).toBeDefined();
    const analysis = await readAnalysis(appOn(host, 'en'));
    expect(analysis.model!.nodes[0].target).toBe(2_000_000);
    expect(analysis.backcast!.nodes.find((n) => n.id === 'meetings')!.monthly).toBe(80);
    const outline = screen.getByRole('list', { name: 'KPI tree' });
    expect(within(outline).getByText('Sales meetings')).toBeDefined();
    expect(host.workbook().worksheets.map((w) => w.name)).toContain('Hypotheses');
  });

  it('names the fields to correct, in Japanese, and writes nothing', async () => {
    const { host } = await renderPane({ lang: 'ja' });
    fireEvent.change(screen.getByLabelText(/KGI の名称/), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText(/対象月/), { target: { value: '2026/12' } });
    fireEvent.change(screen.getByLabelText('成約率（%）'), { target: { value: '120' } });
    fireEvent.click(screen.getByRole('button', { name: 'すべてのシートを作成' }));
    expect(await screen.findByText('KGI の名称を入力してください。')).toBeDefined();
    expect(screen.getByText(/「2026\/12」は月ではありません/)).toBeDefined();
    expect(screen.getByText(/成約率 は率です/)).toBeDefined();
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
  });
});
