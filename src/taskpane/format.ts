import type { NodeTargets } from '../core/backcast/compute';
import type { Lang } from '../core/i18n';

const locale = (lang: Lang): string => (lang === 'ja' ? 'ja-JP' : 'en-US');

/** A target as the sheet's number format shows it: counts whole, money with separators, rates as %. */
export function formatTarget(lang: Lang, node: Pick<NodeTargets, 'unitKind'>, value: number | null, perDay = false): string {
  if (value === null) return '–';
  if (node.unitKind === 'rate') return new Intl.NumberFormat(locale(lang), { style: 'percent', maximumFractionDigits: 1 }).format(value);
  // Per working day a count keeps two decimals (15.20 calls a day); money is shown in whole units.
  const digits = node.unitKind === 'currency' ? 0 : perDay ? 2 : node.unitKind === 'count' || Number.isInteger(value) ? 0 : 2;
  return new Intl.NumberFormat(locale(lang), { minimumFractionDigits: perDay ? digits : 0, maximumFractionDigits: digits }).format(value);
}

/** A share such as 0.667 → "67 %" / "67%". */
export function formatPercent(lang: Lang, share: number, signed = false): string {
  return new Intl.NumberFormat(locale(lang), { style: 'percent', maximumFractionDigits: 1, signDisplay: signed ? 'exceptZero' : 'auto' }).format(share);
}

/** A signed difference, "+12" / "−3". */
export function formatDelta(lang: Lang, delta: number): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(delta);
}
