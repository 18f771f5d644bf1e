import type { KpiNode } from '../model/types';

/** `toLocaleString('en-US', …)` made once: building the format on every call is most of its cost. */
const EN_US_2 = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** Numbers in messages: thousands separators, at most two decimals, no float noise. */
export function formatNumber(x: number): string {
  return EN_US_2.format(Number(x.toPrecision(12)));
}

/** A rate as people say it: 0.2 → "20%", 0.335 → "33.5%". */
export function formatRate(x: number): string {
  return `${EN_US_2.format(Number((x * 100).toPrecision(12)))}%`;
}

/** A value with the node's unit: "1,000,000 円", "12 件", "20%". */
export function formatValue(x: number, node: Pick<KpiNode, 'unit' | 'unitKind'>): string {
  if (node.unitKind === 'rate') return formatRate(x);
  return node.unit ? `${formatNumber(x)} ${node.unit}` : formatNumber(x);
}

/** A short list of names for a message: the first few, then "…". */
export function nameList(names: readonly string[], max = 5): string {
  return names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')}, …`;
}
