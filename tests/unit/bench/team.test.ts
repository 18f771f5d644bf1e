import { loadPlanText } from '../../../src/core/model/parsePlan';
import { teamMembers, teamPlanText } from '../../../bench/plans';
import { oneOnOneWeeks } from '../../../bench/workbook/oneOnOneTabs';
import { reviewWeeks } from '../../../bench/workbook/reviewWeeks';

describe("the bench's team workbook", () => {
  it.each([1, 3, 7, 10, 13])('%i members share the whole goal, each with an id and a name of their own', (count) => {
    const members = teamMembers(count);
    expect(members).toHaveLength(count);
    expect(new Set(members.map((m) => m.id)).size).toBe(count);
    expect(new Set(members.map((m) => m.name)).size).toBe(count);
    const thousandths = members.map((m) => Math.round((m.share ?? 0) * 1000));
    expect(thousandths.reduce((a, b) => a + b, 0)).toBe(1000);
  });

  it('the plan loads with its members and no problem that stops a build', () => {
    const loaded = loadPlanText(teamPlanText(30, 10), 'yaml');
    expect(loaded.model?.nodes).toHaveLength(30);
    expect(loaded.model?.members.map((m) => m.id)).toEqual(teamMembers(10).map((m) => m.id));
    expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('a year of weeks gives every member one 1on1 a month, in their own week of it', () => {
    const weeks = reviewWeeks(52);
    const ids = teamMembers(10).map((m) => m.id);
    const meetings = oneOnOneWeeks(weeks, ids);
    const monthOf = new Map(weeks.map((w) => [w.label, w.month]));
    for (const id of ids) {
      const months = [...meetings].filter(([, who]) => who.includes(id)).map(([label]) => monthOf.get(label));
      expect(months).toEqual([...new Set(weeks.map((w) => w.month))]);
    }
    // Ten members over four or five weeks a month: two or three meet in the same week, round the month.
    const december = weeks.filter((w) => w.month === '2026-12').map((w) => w.label);
    expect(december.map((label) => meetings.get(label))).toEqual([
      ['m01', 'm05', 'm09'],
      ['m02', 'm06', 'm10'],
      ['m03', 'm07'],
      ['m04', 'm08'],
    ]);
  });

  it('six weeks reach two months: two 1on1s a member', () => {
    const meetings = oneOnOneWeeks(reviewWeeks(6), ['m01', 'm02']);
    expect([...meetings.values()].flat().sort()).toEqual(['m01', 'm01', 'm02', 'm02']);
  });
});
