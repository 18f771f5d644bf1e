import { t, type Lang } from '../i18n';
import type { WeekInfo } from './monthCalendar';

/** The days of a week inside its month, as people write them: 12/1 and 12/6, or Dec 1 and 6. */
function days(lang: Lang, week: Pick<WeekInfo, 'from' | 'to'>): { from: string; to: string } {
  const [fm, fd] = [Number(week.from.slice(5, 7)), Number(week.from.slice(8, 10))];
  const td = Number(week.to.slice(8, 10));
  const month = new Intl.DateTimeFormat('en-US', { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, fm - 1, 1)));
  return { from: lang === 'ja' ? `${fm}/${fd}` : `${month} ${fd}`, to: lang === 'ja' ? `${fm}/${td}` : String(td) };
}

/**
 * A week of the month as people name it: its place in the month and its days inside the
 * month — 「第1週 12/1〜12/6」, "Week 1 Dec 1–6" — rather than its ISO code.
 */
export function weekName(lang: Lang, week: Pick<WeekInfo, 'from' | 'to'>, index: number): string {
  const { from, to } = days(lang, week);
  const n = index + 1;
  return week.from === week.to ? t(lang, 'pane.week.labelOneDay', { n, from }) : t(lang, 'pane.week.label', { n, from, to });
}

/** The same name as a sheet's heading writes it: 「第1週（12/1〜12/6）」, "Week 1 (Dec 1–6)". */
export function weekHeading(lang: Lang, week: Pick<WeekInfo, 'from' | 'to'>, index: number): string {
  const { from, to } = days(lang, week);
  const n = index + 1;
  return week.from === week.to
    ? t(lang, 'calendar.week.headingOneDay', { n, from })
    : t(lang, 'calendar.week.heading', { n, from, to });
}
