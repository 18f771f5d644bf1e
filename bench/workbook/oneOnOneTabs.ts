/**
 * The 1on1 tabs of the team's year: each member meets once a month, in their own week of
 * it — the first member in the month's first reviewed week, the second in the second, and
 * so on round the month's weeks — and the tab is written through the core as
 * `kpi-tree oneonone` writes it (`oneOnOneSpec` over the workbook as it stands, then the
 * ExcelJS host), once that week's review tab is written and its actuals typed.
 */
import type ExcelJS from 'exceljs';
import type { Lang } from '../../src/core/i18n';
import type { Model } from '../../src/core/model/types';
import { applySpec } from '../../src/hosts/xlsx/applySpec';
import { readWorkbookData } from '../../src/hosts/xlsx/readData';
import { oneOnOneSpec } from '../pipeline';
import type { ReviewWeek } from './reviewWeeks';

/** Each week's 1on1s: the ids of the members who meet in it (weeks in which nobody meets are absent). */
export function oneOnOneWeeks(weeks: readonly ReviewWeek[], memberIds: readonly string[]): Map<string, string[]> {
  const weeksOfMonth = new Map<string, string[]>();
  for (const w of weeks) weeksOfMonth.set(w.month, [...(weeksOfMonth.get(w.month) ?? []), w.label]);
  const out = new Map<string, string[]>();
  for (const labels of weeksOfMonth.values()) {
    memberIds.forEach((id, i) => {
      const label = labels[i % labels.length];
      out.set(label, [...(out.get(label) ?? []), id]);
    });
  }
  return out;
}

export interface OneOnOneWriter {
  /** For `buildYearWorkbook`'s `afterReview`: writes the week's 1on1 tabs. */
  readonly afterReview: (week: ReviewWeek, model: Model, workbook: ExcelJS.Workbook) => void;
  /** The 1on1 tabs written so far. */
  readonly written: () => number;
}

export function oneOnOneWriter(weeks: readonly ReviewWeek[], memberIds: readonly string[], lang: Lang): OneOnOneWriter {
  const meetings = oneOnOneWeeks(weeks, memberIds);
  let written = 0;
  return {
    afterReview(week, model, workbook) {
      for (const member of meetings.get(week.label) ?? []) {
        const spec = oneOnOneSpec(readWorkbookData(workbook), lang, {
          week: week.label,
          generatedOn: week.generatedOn,
          model,
          member,
        });
        applySpec(workbook, spec);
        written++;
      }
    },
    written: () => written,
  };
}
