import { sheetsOfNewWorkbook } from '../../../src/app/build';
import { templateModel, thisMonthsTemplate, titleForMonth } from '../../../src/app/templates';
import type { IsoDate } from '../../../src/core/brand';

describe('titleForMonth', () => {
  it.each([
    ['営業1課 2026年12月', '2026-12', '2027-02', '営業1課 2027年2月'],
    ['SaaS事業部 2027年1月 MRR純増', '2027-01', '2027-11', 'SaaS事業部 2027年11月 MRR純増'],
    ['営業1課 2026年03月', '2026-03', '2026-04', '営業1課 2026年4月'],
    ['Sales Team 1 — December 2026', '2026-12', '2027-02', 'Sales Team 1 — February 2027'],
    ['Sales — Dec 2026 plan', '2026-12', '2027-01', 'Sales — Jan 2027 plan'],
    ['Plan 2026-12', '2026-12', '2027-05', 'Plan 2027-05'],
  ])('%s (%s → %s) becomes %s', (title, from, to, expected) => {
    expect(titleForMonth(title, from, to)).toBe(expected);
  });

  it('leaves a title alone when it names another month, no month, or the new month is not one', () => {
    expect(titleForMonth('営業1課 2026年11月', '2026-12', '2027-02')).toBe('営業1課 2026年11月');
    expect(titleForMonth('営業1課 2026年1月', '2026-12', '2027-02')).toBe('営業1課 2026年1月');
    expect(titleForMonth('Sales Team 1', '2026-12', '2027-02')).toBe('Sales Team 1');
    expect(titleForMonth('営業1課 2026年12月', '2026-12', '2027/02')).toBe('営業1課 2026年12月');
    expect(titleForMonth('営業1課 2026年12月', '2026-12', '')).toBe('営業1課 2026年12月');
  });

  it('gives the ribbon’s template of this month a title of this month', () => {
    expect(thisMonthsTemplate('sales-funnel', 'ja', '2027-03-15' as IsoDate).title).toBe('営業1課 2027年3月');
    expect(thisMonthsTemplate('route-sales', 'en', '2027-03-15' as IsoDate).title).toBe(
      'East Japan Route Sales — March 2027',
    );
  });
});

describe('sheetsOfNewWorkbook', () => {
  it('names the sheets a build writes, in tab order and in the plan’s language', () => {
    expect(sheetsOfNewWorkbook(templateModel('sales-funnel', 'ja'), 'ja')).toEqual([
      'KPIツリー',
      'チェック',
      '仮説',
      'カレンダー',
      '設定',
      'マイルストーン',
    ]);
    expect(sheetsOfNewWorkbook(templateModel('sales-funnel', 'en'), 'en')).toEqual([
      'KPI Tree',
      'Checks',
      'Hypotheses',
      'Calendar',
      'Settings',
      'Milestones',
    ]);
  });
});
