import { achievement, statusOf } from '../../../src/core/review/diagnose';
import { actionStatus, carryOver, completionRate } from '../../../src/core/review/actions';

describe('achievement and status', () => {
  it('achievement and status thresholds', () => {
    expect(achievement(null, 10)).toBeNull();
    expect(achievement(5, 0)).toBeNull();
    expect(statusOf(achievement(10, 10))).toBe('achieved');
    expect(statusOf(0.8)).toBe('close');
    expect(statusOf(0.79)).toBe('missed');
  });
});

describe('action carry-over', () => {
  const prev = [
    { issue: 'a', action: 'x', status: '完了', fromWeek: '2026-W48' },
    { issue: 'b', action: 'y', status: '進行中', fromWeek: '2026-W48' },
    { issue: 'c', action: 'z' },
    { owner: 'only an owner' },
  ];
  it('carries every action not done, with its original week', () => {
    expect(carryOver(prev, '2026-W49')).toEqual([
      { issue: 'b', action: 'y', status: '進行中', fromWeek: '2026-W48' },
      { issue: 'c', action: 'z', fromWeek: '2026-W49' },
    ]);
  });
  it('reads statuses in both languages and computes last week completion', () => {
    expect(actionStatus('Done')).toBe('done');
    expect(actionStatus('In progress')).toBe('inProgress');
    expect(actionStatus(undefined)).toBe('notStarted');
    expect(completionRate(prev)).toBeCloseTo(1 / 3);
    expect(completionRate([])).toBeNull();
  });
});
