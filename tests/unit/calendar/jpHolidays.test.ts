import {
  isoDate,
  japaneseHolidays,
  jpHolidaysCover,
  JP_HOLIDAY_RANGE,
  parseIsoDate,
} from '../../../src/core/calendar';

describe('japaneseHolidays', () => {
  it('finds November 2026: Culture Day and Labour Thanksgiving Day', () => {
    expect(japaneseHolidays(isoDate('2026-11-01'), isoDate('2026-11-30'))).toEqual([
      { date: '2026-11-03', name: '文化の日', nameEn: 'National Culture Day', source: 'jp' },
      { date: '2026-11-23', name: '勤労感謝の日', nameEn: 'Labor Thanksgiving Day', source: 'jp' },
    ]);
  });

  it('includes both ends of the range', () => {
    const days = japaneseHolidays(isoDate('2026-11-03'), isoDate('2026-11-23')).map((h) => h.date);
    expect(days).toEqual(['2026-11-03', '2026-11-23']);
  });

  it('has no national holiday in December since the Emperor’s birthday moved (2019)', () => {
    expect(japaneseHolidays(isoDate('2026-12-01'), isoDate('2026-12-31'))).toEqual([]);
    expect(japaneseHolidays(isoDate('2018-12-01'), isoDate('2018-12-31')).map((h) => h.date)).toEqual([
      '2018-12-23',
      '2018-12-24',
    ]);
  });

  it('knows substitute and citizens’ holidays', () => {
    const may = japaneseHolidays(isoDate('2026-05-01'), isoDate('2026-05-31'));
    expect(may.map((h) => [h.date, h.name])).toEqual([
      ['2026-05-03', '憲法記念日'],
      ['2026-05-04', 'みどりの日'],
      ['2026-05-05', 'こどもの日'],
      ['2026-05-06', 'こどもの日 振替休日'],
    ]);
    expect(japaneseHolidays(isoDate('2026-09-22'), isoDate('2026-09-22'))[0]).toMatchObject({ name: '休日' });
  });

  it('returns sorted, valid dates only', () => {
    const all = japaneseHolidays(JP_HOLIDAY_RANGE.from, JP_HOLIDAY_RANGE.to);
    expect(all.length).toBeGreaterThan(1000);
    for (const h of all) expect(parseIsoDate(h.date)).toBe(h.date);
    expect(all.map((h) => h.date)).toEqual([...all.map((h) => h.date)].sort());
    expect(new Set(all.map((h) => h.date)).size).toBe(all.length);
  });

  it('gives nothing outside the data', () => {
    expect(japaneseHolidays(isoDate('2051-01-01'), isoDate('2051-12-31'))).toEqual([]);
    expect(japaneseHolidays(isoDate('1969-01-01'), isoDate('1969-12-31'))).toEqual([]);
  });
});

describe('JP_HOLIDAY_RANGE', () => {
  it('covers whole years 1970–2050', () => {
    expect(JP_HOLIDAY_RANGE).toEqual({ from: '1970-01-01', to: '2050-12-31' });
  });

  it('tells callers when to warn', () => {
    expect(jpHolidaysCover(isoDate('2026-12-01'), isoDate('2026-12-31'))).toBe(true);
    expect(jpHolidaysCover(isoDate('2050-12-01'), isoDate('2050-12-31'))).toBe(true);
    expect(jpHolidaysCover(isoDate('2051-01-01'), isoDate('2051-01-31'))).toBe(false);
    expect(jpHolidaysCover(isoDate('1969-12-01'), isoDate('1969-12-31'))).toBe(false);
  });
});
