import type { NodeTargets } from '../core/backcast/compute';
import type { WeekInfo } from '../core/calendar/monthCalendar';
import { t, type Lang } from '../core/i18n';

const locale = (lang: Lang): string => (lang === 'ja' ? 'ja-JP' : 'en-US');

/**
 * A target as people read it: counts and money whole (counts are rounded up in the
 * workbook already), rates as %, and a figure per working day with one decimal where it
 * has one (15.2 calls a day, 20 a day) — never decimals that mean nothing.
 */
export function formatTarget(lang: Lang, node: Pick<NodeTargets, 'unitKind'>, value: number | null, perDay = false): string {
  if (value === null) return '–';
  if (node.unitKind === 'rate') return new Intl.NumberFormat(locale(lang), { style: 'percent', maximumFractionDigits: 1 }).format(value);
  const digits = node.unitKind === 'currency' ? 0 : perDay ? 1 : node.unitKind === 'count' ? 0 : 2;
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: digits }).format(value);
}

/** A figure with its unit: 「304件」「1,000,000円」 in Japanese, "304 calls" in English; a rate carries its % already. */
export function withUnit(lang: Lang, node: Pick<NodeTargets, 'unitKind'>, figure: string, unit: string | undefined): string {
  if (!unit || node.unitKind === 'rate' || figure === '–') return figure;
  return lang === 'ja' ? `${figure}${unit}` : `${figure} ${unit}`;
}

/** A share such as 0.667 → "67 %" / "67%". */
export function formatPercent(lang: Lang, share: number, signed = false): string {
  return new Intl.NumberFormat(locale(lang), { style: 'percent', maximumFractionDigits: 1, signDisplay: signed ? 'exceptZero' : 'auto' }).format(share);
}

/** A signed difference, "+12" / "−3". */
export function formatDelta(lang: Lang, delta: number): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(delta);
}

/**
 * A week of the month as people name it: its place in the month and its days inside the
 * month — 「第1週 12/1〜12/6」, "Week 1 Dec 1–6" — rather than its ISO code.
 */
export function weekLabel(lang: Lang, week: Pick<WeekInfo, 'from' | 'to'>, index: number): string {
  const [fm, fd] = [Number(week.from.slice(5, 7)), Number(week.from.slice(8, 10))];
  const td = Number(week.to.slice(8, 10));
  const month = new Intl.DateTimeFormat('en-US', { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, fm - 1, 1)));
  const from = lang === 'ja' ? `${fm}/${fd}` : `${month} ${fd}`;
  const to = lang === 'ja' ? `${fm}/${td}` : String(td);
  const n = index + 1;
  return week.from === week.to ? t(lang, 'pane.week.labelOneDay', { n, from }) : t(lang, 'pane.week.label', { n, from, to });
}
