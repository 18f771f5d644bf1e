import { weekHeading } from '../calendar/weekLabel';
import { displayWidth } from '../text/width';
import type { LayoutContext } from './context';

/** Each week of the month as a sheet heads it, in the workbook's language: 「第1週（12/1〜12/6）」, "Week 1 (Dec 1–6)". */
export function weekHeadings(ctx: LayoutContext): string[] {
  return ctx.backcast.calendar.weeks.map((w, k) => weekHeading(ctx.lang, w, k));
}

/**
 * The width a week's column needs for its heading on one line, in characters: bold, and a
 * spreadsheet's Japanese glyphs are wider than two digits, so with room to spare (a heading
 * that wrapped would print half hidden in a row of one line's height).
 */
export function weekHeadingWidth(heading: string, least: number): number {
  return Math.max(least, Math.ceil(displayWidth(heading) * 1.2) + 2);
}
