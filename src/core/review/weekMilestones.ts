import type { MonthCalendar } from '../calendar';
import { ref } from '../formula/ast';
import { absA1 } from '../layout/a1';
import { t, type Lang, type MessageKey } from '../i18n';
import type { BackcastResult } from '../backcast/compute';
import { kgiOf, type Model } from '../model/types';
import { readMilestones } from '../reader/milestonesSheet';
import type { WorkbookData } from '../reader/workbookData';
import { milestonesOf, milestoneStatus, type Milestone } from '../workbook/milestones';
import { MILESTONE_ROWS, STATUS_KEYS } from '../workbook/milestonesSheet';
import type { WeekMilestone } from './layoutTop';
import type { ReviewWeek } from './types';

/**
 * The month's milestones whose day falls in `week`, as the tab's top shows them: the
 * check's name and day, and its status, read live from the Milestones sheet (or, in a
 * workbook without one, as the core judges the numbers it holds).
 */
export function weekMilestones(
  model: Model,
  calendar: MonthCalendar,
  backcast: BackcastResult,
  week: ReviewWeek,
  data: WorkbookData,
  lang: Lang,
): WeekMilestone[] {
  if (week.index < 0) return [];
  const sheet = readMilestones(data.sheets, () => undefined).info;
  // The status cell of a milestone, found by its first row's id (people may have moved rows).
  const statusCell = (day: Milestone['day']): string | undefined => {
    const row = sheet?.idRows.find((r) => r.id === MILESTONE_ROWS[day][0])?.row;
    return row === undefined || sheet?.statusColumn === undefined
      ? undefined
      : absA1(row, sheet.statusColumn);
  };
  const kgi = kgiOf(model);
  const kgiTarget = kgi === undefined ? null : (backcast.nodes.find((n) => n.id === kgi.id)?.monthly ?? null);
  return milestonesOf(calendar)
    .filter((m) => m.date >= week.start && m.date <= week.end)
    .map((m): WeekMilestone => {
      const cell = statusCell(m.day);
      return {
        line: t(lang, 'milestones.review.line', {
          day: m.day,
          name: t(lang, `milestones.review.name.${m.day}` as MessageKey),
          date: m.date,
        }),
        status: sheet === null || cell === undefined ? null : ref(cell, sheet.sheet),
        shows: t(lang, STATUS_KEYS[milestoneStatus(m.day, model.milestones, kgiTarget)]),
      };
    });
}
