/**
 * The milestones' days and verdicts in the core: the 10th, 20th and 25th moved to the
 * working day on or before them by the calendar's weekends and holidays, and each status
 * judged from the numbers typed as the sheet's formula judges them.
 */
import type { IsoDate, IsoMonth } from '../../../src/core/brand';
import { buildMonthCalendar } from '../../../src/core/calendar';
import { milestonesOf, milestoneStatus, requiredPipeline } from '../../../src/core/workbook/milestones';

const days = (month: string, holidays: 'jp' | 'none', extra: string[] = []): string[] =>
  milestonesOf(buildMonthCalendar(month as IsoMonth, { holidays, extraHolidays: extra as IsoDate[] })).map(
    (m) => m.date,
  );

test('a milestone on a weekend or a holiday moves to the working day before it', () => {
  // December 2026: Thursday the 10th, Sunday the 20th (→ Friday the 18th), Friday the 25th.
  expect(days('2026-12', 'jp')).toEqual(['2026-12-10', '2026-12-18', '2026-12-25']);
  // A company day off on the 10th and the 9th moves it to the 8th.
  expect(days('2026-12', 'jp', ['2026-12-09', '2026-12-10'])).toEqual([
    '2026-12-08',
    '2026-12-18',
    '2026-12-25',
  ]);
  // May 2026: Sunday the 10th → Friday the 8th; Wednesday the 20th; Monday the 25th.
  expect(days('2026-05', 'jp')).toEqual(['2026-05-08', '2026-05-20', '2026-05-25']);
  // A national holiday counts only with the jp calendar: Monday 2027-09-20 is Respect for the Aged Day.
  expect(days('2027-09', 'jp')[1]).toBe('2027-09-17');
  expect(days('2027-09', 'none')[1]).toBe('2027-09-20');
});

test('each status follows the numbers typed; not entered until its inputs are there', () => {
  expect(milestoneStatus(10, undefined, 1_000_000)).toBe('notEntered');
  expect(milestoneStatus(10, { inputs: { pipeline: 2_100_000, wonToDate: 300_000 } }, 1_000_000)).toBe('met');
  expect(milestoneStatus(10, { inputs: { pipeline: 2_099_999, wonToDate: 300_000 } }, 1_000_000)).toBe(
    'notMet',
  );
  expect(
    milestoneStatus(10, { coverage: 2, inputs: { pipeline: 1_400_000, wonToDate: 300_000 } }, 1_000_000),
  ).toBe('met');
  // More won than the target: nothing is left to cover.
  expect(requiredPipeline(1_000_000, 1_200_000, 3)).toBe(0);
  expect(milestoneStatus(20, { inputs: { meetingsHeld: 4 } }, null)).toBe('notEntered');
  expect(milestoneStatus(20, { inputs: { meetingsHeld: 4, meetingsPlanned: 5 } }, null)).toBe('notMet');
  expect(milestoneStatus(25, { inputs: { openDeals: 3, agreementsKnown: 3 } }, null)).toBe('met');
  expect(milestoneStatus(25, { inputs: { openDeals: 3, agreementsKnown: 2 } }, null)).toBe('notMet');
});
