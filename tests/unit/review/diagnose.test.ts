import { achievement, diagnose, statusOf } from '../../../src/core/review/diagnose';
import { actionStatus, carryOver, completionRate } from '../../../src/core/review/actions';

describe('diagnosis hint', () => {
  it('a KDI below target is quantity', () => {
    expect(diagnose({ level: 'KDI', isRate: false, children: [] }, 0.5, [])).toBe('quantity');
  });
  it('a rate KPI below target over on-target activity is quality', () => {
    expect(diagnose({ level: 'KPI', isRate: true, children: ['calls'] }, 0.7, [1.1])).toBe('quality');
  });
  it('every child on target but the node missed is design', () => {
    expect(diagnose({ level: 'KPI', isRate: false, children: ['a', 'b'] }, 0.9, [1, 1.2])).toBe('design');
    expect(diagnose({ level: 'KGI', isRate: false, children: ['a'] }, 0.5, [1])).toBe('design');
  });
  it('no hint when on target, not entered, a child missed or a child not entered', () => {
    expect(diagnose({ level: 'KDI', isRate: false, children: [] }, 1, [])).toBeNull();
    expect(diagnose({ level: 'KDI', isRate: false, children: [] }, null, [])).toBeNull();
    expect(diagnose({ level: 'KPI', isRate: false, children: ['a'] }, 0.5, [0.5])).toBeNull();
    expect(diagnose({ level: 'KPI', isRate: false, children: ['a'] }, 0.5, [null])).toBeNull();
    expect(diagnose({ level: 'KPI', isRate: false, children: [] }, 0.5, [])).toBeNull();
  });
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
