import type { NodeTargets } from '../core/backcast/compute';
import { weekName } from '../core/calendar/weekLabel';
import type { Lang } from '../core/i18n';

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

/** A week of the month as people name it (「第1週 12/1〜12/6」), shared with the sheets' headings. */
export const weekLabel = weekName;
