import { buildMonthCalendar, isoDate, isoMonth, weekday } from '../../../src/core/calendar';

const december = isoMonth('2026-12');
const newYearBreak = ['2026-12-29', '2026-12-30', '2026-12-31'].map(isoDate);

describe('buildMonthCalendar', () => {
  it('splits December 2026 into ISO weeks W49–W53 with 23 working days', () => {
    const cal = buildMonthCalendar(december, { holidays: 'jp', extraHolidays: [] });
    expect(cal.first).toBe('2026-12-01');
    expect(cal.last).toBe('2026-12-31');
    expect(cal.workdays).toBe(23);
    expect(cal.holidays).toEqual([]);
    expect(cal.weeks).toEqual([
      {
        label: '2026-W49',
        start: '2026-11-30',
        end: '2026-12-06',
        from: '2026-12-01',
        to: '2026-12-06',
        workdays: 4,
      },
      {
        label: '2026-W50',
        start: '2026-12-07',
        end: '2026-12-13',
        from: '2026-12-07',
        to: '2026-12-13',
        workdays: 5,
      },
      {
        label: '2026-W51',
        start: '2026-12-14',
        end: '2026-12-20',
        from: '2026-12-14',
        to: '2026-12-20',
        workdays: 5,
      },
      {
        label: '2026-W52',
        start: '2026-12-21',
        end: '2026-12-27',
        from: '2026-12-21',
        to: '2026-12-27',
        workdays: 5,
      },
      {
        label: '2026-W53',
        start: '2026-12-28',
        end: '2027-01-03',
        from: '2026-12-28',
        to: '2026-12-31',
        workdays: 4,
      },
    ]);
  });

  it('takes company holidays off: 29–31 December leaves 20 days, 1 in the last week', () => {
    const cal = buildMonthCalendar(december, { holidays: 'jp', extraHolidays: newYearBreak });
    expect(cal.workdays).toBe(20);
    expect(cal.weeks.map((w) => w.workdays)).toEqual([4, 5, 5, 5, 1]);
    expect(cal.workingDates.slice(-2)).toEqual(['2026-12-25', '2026-12-28']);
    expect(cal.holidays).toEqual(
      newYearBreak.map((date) => ({ date, name: '会社休日', nameEn: 'Company holiday', source: 'extra' })),
    );
  });

  it('lists working dates in order, weekdays only', () => {
    const cal = buildMonthCalendar(december, { holidays: 'none', extraHolidays: [] });
    expect(cal.workingDates).toHaveLength(23);
    expect(cal.workingDates[0]).toBe('2026-12-01');
    expect(cal.workingDates.every((d) => weekday(d) <= 5)).toBe(true);
    expect([...cal.workingDates].sort()).toEqual(cal.workingDates);
  });

  it('takes national holidays off, and keeps a week that has no working day in the month', () => {
    const cal = buildMonthCalendar(isoMonth('2026-11'), { holidays: 'jp', extraHolidays: [] });
    expect(cal.workdays).toBe(19);
    expect(cal.weeks.map((w) => [w.label, w.from, w.to, w.workdays])).toEqual([
      ['2026-W44', '2026-11-01', '2026-11-01', 0],
      ['2026-W45', '2026-11-02', '2026-11-08', 4],
      ['2026-W46', '2026-11-09', '2026-11-15', 5],
      ['2026-W47', '2026-11-16', '2026-11-22', 5],
      ['2026-W48', '2026-11-23', '2026-11-29', 4],
      ['2026-W49', '2026-11-30', '2026-11-30', 1],
    ]);
    expect(cal.holidays.map((h) => h.name)).toEqual(['文化の日', '勤労感謝の日']);
  });

  it('ignores national holidays when asked', () => {
    expect(buildMonthCalendar(isoMonth('2026-11'), { holidays: 'none', extraHolidays: [] }).workdays).toBe(
      21,
    );
  });

  it('keeps the national name when a company holiday falls on it, and lists each date once', () => {
    const cal = buildMonthCalendar(isoMonth('2026-11'), {
      holidays: 'jp',
      extraHolidays: [isoDate('2026-11-24'), isoDate('2026-11-03'), isoDate('2026-11-24')],
    });
    expect(cal.holidays).toEqual([
      { date: '2026-11-03', name: '文化の日', nameEn: 'National Culture Day', source: 'jp' },
      { date: '2026-11-23', name: '勤労感謝の日', nameEn: 'Labor Thanksgiving Day', source: 'jp' },
      { date: '2026-11-24', name: '会社休日', nameEn: 'Company holiday', source: 'extra' },
    ]);
    expect(cal.workdays).toBe(18);
  });

  it('ignores company holidays outside the month; a weekend holiday changes nothing', () => {
    const cal = buildMonthCalendar(december, {
      holidays: 'jp',
      extraHolidays: [isoDate('2027-01-04'), isoDate('2026-11-30'), isoDate('2026-12-05')],
    });
    expect(cal.holidays.map((h) => h.date)).toEqual(['2026-12-05']);
    expect(cal.workdays).toBe(23);
  });

  it('labels weeks across the New Year with their ISO year', () => {
    const cal = buildMonthCalendar(isoMonth('2027-01'), { holidays: 'jp', extraHolidays: [] });
    expect(cal.weeks.map((w) => w.label)).toEqual([
      '2026-W53',
      '2027-W01',
      '2027-W02',
      '2027-W03',
      '2027-W04',
    ]);
    expect(cal.weeks[0]).toMatchObject({ from: '2027-01-01', to: '2027-01-03', workdays: 0 });
    expect(cal.workdays).toBe(19);
  });

  it('handles a month of exactly four whole weeks', () => {
    const cal = buildMonthCalendar(isoMonth('2021-02'), { holidays: 'jp', extraHolidays: [] });
    expect(cal.weeks.map((w) => [w.label, w.start, w.end])).toEqual([
      ['2021-W05', '2021-02-01', '2021-02-07'],
      ['2021-W06', '2021-02-08', '2021-02-14'],
      ['2021-W07', '2021-02-15', '2021-02-21'],
      ['2021-W08', '2021-02-22', '2021-02-28'],
    ]);
    expect(cal.weeks.map((w) => w.workdays)).toEqual([5, 4, 5, 4]);
  });

  it('can have no working day at all', () => {
    const all = Array.from({ length: 31 }, (_, i) => isoDate(`2026-12-${String(i + 1).padStart(2, '0')}`));
    const cal = buildMonthCalendar(december, { holidays: 'none', extraHolidays: all });
    expect(cal.workdays).toBe(0);
    expect(cal.workingDates).toEqual([]);
    expect(cal.weeks.map((w) => w.workdays)).toEqual([0, 0, 0, 0, 0]);
  });
});
