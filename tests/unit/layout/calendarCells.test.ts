import { computeTargets } from '../../../src/core/backcast/targets';
import { absA1 } from '../../../src/core/layout/a1';
import { CALENDAR, layoutCalendarSheet } from '../../../src/core/layout/calendarSheet';
import { layoutContext } from '../../../src/core/layout/context';
import { loadValidPlan } from '../../support/plans';

const { model } = loadValidPlan({
  version: 1,
  title: 'calendar cells',
  month: '2026-12',
  hypotheses: [{ id: 'unit_price', name: '単価', value: 50_000, unit: '円' }],
  kpis: [
    { id: 'revenue', level: 'KGI', name: '売上', unit: '円', target: 1_000_000 },
    { id: 'contracts', level: 'KPI', parent: 'revenue', name: '成約', unit: '件', backcast: 'revenue / unit_price' },
  ],
});

test("the weeks' working-day cells every weekly target points at: the calendar's rows, asked once or many times", () => {
  const backcast = computeTargets(model).backcast;
  if (backcast === null) throw new Error('no targets');
  const calendar = layoutCalendarSheet(layoutContext(model, backcast, 'ja'));
  const weeks = backcast.calendar.weeks.length;
  expect(weeks).toBeGreaterThanOrEqual(4);
  const cumulative = CALENDAR.col.cumulative;
  const workdays = CALENDAR.col.workdays;
  for (let round = 0; round < 2; round++) {
    for (let k = 0; k < weeks; k++) {
      expect(calendar.cumulativeCell(k)).toBe(absA1(CALENDAR.firstWeekRow + k, cumulative));
      expect(calendar.workdaysCell(k)).toBe(absA1(CALENDAR.firstWeekRow + k, workdays));
    }
  }
  // Two columns, two cells: a week's cumulative working days are not its own.
  expect(calendar.cumulativeCell(0)).not.toBe(calendar.workdaysCell(0));
});
