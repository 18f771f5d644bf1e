import type { IsoDate, IsoMonth } from '../../../src/core/brand';
import { holidayListForMonth } from '../../../src/core/calendar/holidayList';

const day = (date: string, name: string) => ({ date: date as IsoDate, name });
const DEC = '2026-12' as IsoMonth;
const JAN = '2027-01' as IsoMonth;
const DECEMBER_LIST = [
  day('2026-12-29', '会社休日'),
  day('2026-12-30', '会社休日'),
  day('2026-12-31', '会社休日'),
];

describe('the holiday list when the month changes', () => {
  it("drops the old month's days off and lists the new month's national holidays", () => {
    expect(holidayListForMonth(DECEMBER_LIST, DEC, JAN, { holidays: 'jp', lang: 'ja' })).toEqual([
      day('2027-01-01', '元日'),
      day('2027-01-11', '成人の日'),
    ]);
  });

  it('names the national holidays in the workbook language', () => {
    expect(holidayListForMonth([], DEC, JAN, { holidays: 'jp', lang: 'en' }).map((h) => h.name)).toEqual([
      "New Year's Day",
      'Coming of Age Day',
    ]);
  });

  it('keeps days typed ahead for the new month or a later one, once, in date order', () => {
    const list = [
      ...DECEMBER_LIST,
      day('2027-02-12', '創立記念日'),
      day('2027-01-04', '仕事始め休暇'),
      day('2027-01-11', '成人の日（社内）'),
    ];
    expect(holidayListForMonth(list, DEC, JAN, { holidays: 'jp', lang: 'ja' })).toEqual([
      day('2027-01-01', '元日'),
      day('2027-01-04', '仕事始め休暇'),
      day('2027-01-11', '成人の日（社内）'),
      day('2027-02-12', '創立記念日'),
    ]);
  });

  it('adds no national holiday when the plan has none', () => {
    expect(
      holidayListForMonth([...DECEMBER_LIST, day('2027-01-04', '休暇')], DEC, JAN, {
        holidays: 'none',
        lang: 'ja',
      }),
    ).toEqual([day('2027-01-04', '休暇')]);
  });
});
