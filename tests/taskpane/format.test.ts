import { formatDelta, formatTarget, weekLabel, withUnit } from '../../src/taskpane/format';
import { hypothesisValueText } from '../../src/taskpane/hypothesisField';
import type { HypothesisId, IsoDate } from '../../src/core/brand';

const hypothesis = (id: string, name: string, unit?: string) => ({ id: id as HypothesisId, name, unit });
const week = (from: string, to: string) => ({ from: from as IsoDate, to: to as IsoDate });

const count = { unitKind: 'count' } as const;
const currency = { unitKind: 'currency' } as const;
const rate = { unitKind: 'rate' } as const;

describe('figures as the pane shows them', () => {
  it('counts and money whole, a day’s count with one decimal where it has one, rates in %', () => {
    expect(formatTarget('en', count, 304)).toBe('304');
    expect(formatTarget('en', count, 15.2, true)).toBe('15.2');
    expect(formatTarget('en', count, 20, true)).toBe('20');
    expect(formatTarget('ja', currency, 2526315.79)).toBe('2,526,316');
    expect(formatTarget('ja', currency, 48000.4, true)).toBe('48,000');
    expect(formatTarget('en', rate, 0.255)).toBe('25.5%');
    expect(formatTarget('en', count, null)).toBe('–');
    expect(formatDelta('en', -15.25)).toBe('-15.3');
    expect(formatDelta('en', 3)).toBe('+3');
  });

  it('carries its unit: joined in Japanese, spaced in English; a rate keeps its %', () => {
    expect(withUnit('ja', count, '304', '件')).toBe('304件');
    expect(withUnit('en', count, '304', 'calls')).toBe('304 calls');
    expect(withUnit('en', rate, '25%', '%')).toBe('25%');
    expect(withUnit('en', count, '–', 'calls')).toBe('–');
    expect(withUnit('en', count, '304', undefined)).toBe('304');
  });

  it('names a week by its place in the month and its days', () => {
    expect(weekLabel('ja', week('2026-12-01', '2026-12-06'), 0)).toBe('第1週 12/1〜12/6');
    expect(weekLabel('en', week('2026-12-01', '2026-12-06'), 0)).toBe('Week 1 Dec 1–6');
    expect(weekLabel('en', week('2026-12-28', '2026-12-31'), 4)).toBe('Week 5 Dec 28–31');
    expect(weekLabel('ja', week('2027-02-01', '2027-02-01'), 0)).toBe('第1週 2/1');
    expect(weekLabel('en', week('2027-02-01', '2027-02-01'), 0)).toBe('Week 1 Feb 1');
  });

  it('shows a hypothesis as typed: a rate in percent, else with its unit', () => {
    const closeRate = hypothesis('close_rate', '成約率');
    expect(hypothesisValueText('ja', closeRate, 0.25)).toBe('25%');
    expect(hypothesisValueText('ja', closeRate, 0.333)).toBe('33.3%');
    expect(hypothesisValueText('ja', hypothesis('unit_price', '平均受注単価', '円'), 100000)).toBe(
      '100,000円',
    );
    expect(hypothesisValueText('en', hypothesis('unit_price', 'Average deal size', 'JPY'), 100000)).toBe(
      '100,000 JPY',
    );
  });
});
