import type { IsoDate } from '../../../src/core/brand';
import { weekHeading, weekName } from '../../../src/core/calendar/weekLabel';
import { isWeekHeader, weekOfHeader } from '../../../src/core/layout/treeColumns';

const week = (from: string, to: string) => ({ from: from as IsoDate, to: to as IsoDate });

describe('a week as people name it', () => {
  it('in the pane: 第1週 12/1〜12/6, Week 1 Dec 1–6', () => {
    expect(weekName('ja', week('2026-12-01', '2026-12-06'), 0)).toBe('第1週 12/1〜12/6');
    expect(weekName('en', week('2026-12-28', '2026-12-31'), 4)).toBe('Week 5 Dec 28–31');
  });

  it('in a sheet heading: 第1週（12/1〜12/6）, Week 1 (Dec 1–6), one day alone', () => {
    expect(weekHeading('ja', week('2026-12-01', '2026-12-06'), 0)).toBe('第1週（12/1〜12/6）');
    expect(weekHeading('en', week('2026-12-01', '2026-12-06'), 0)).toBe('Week 1 (Dec 1–6)');
    expect(weekHeading('ja', week('2027-02-01', '2027-02-01'), 0)).toBe('第1週（2/1）');
    expect(weekHeading('en', week('2027-02-01', '2027-02-01'), 0)).toBe('Week 1 (Feb 1)');
  });
});

describe('a week column found by its header', () => {
  it.each([
    ['2026-W49', '2026-W49'],
    ['第1週（12/1〜12/6）\n2026-W49', '2026-W49'],
    ['Week 1 (Dec 1–6)\r\n2026-W49 ', '2026-W49'],
  ])('%p is the column of %p', (header, label) => {
    expect(weekOfHeader(header)).toBe(label);
    expect(isWeekHeader(header)).toBe(true);
  });

  it.each(['第1週（12/1〜12/6）', 'W49', '2026-W49 notes', 'Monthly target'])('%p is not a week column', (header) => {
    expect(isWeekHeader(header)).toBe(false);
  });
});
