/**
 * What a unit means for rounding and number formats. Counts are whole things a
 * person does or wins (calls, meetings, contracts) and round up at every level;
 * currency and rates are never rounded.
 */
export type UnitKind = 'count' | 'currency' | 'rate' | 'other';

const COUNT_UNITS = new Set([
  '件', '回', '人', '社', '名', '個', '本', '枚', '通', '台', '組', '口', '軒', '店', '契約', '商談', 'アポ', '訪問',
  'count', 'counts', 'times', 'calls', 'call', 'people', 'persons', 'visits', 'visit', 'meetings', 'meeting',
  'deals', 'deal', 'contracts', 'contract', 'accounts', 'account', 'customers', 'customer', 'leads', 'lead',
  'units', 'unit', 'pcs', 'items', 'proposals', 'demos', 'users', 'seats', 'tickets', 'emails', 'posts',
]);
const CURRENCY_UNITS = new Set(['円', '千円', '万円', '百万円', '億円', 'yen', 'jpy', '¥', '$', 'usd', 'eur', '€', 'ドル', 'ユーロ']);
const RATE_UNITS = new Set(['%', '％', '率', 'rate', 'ratio', 'share', 'percent', 'pct']);

export function unitKind(unit: string | undefined): UnitKind {
  const u = (unit ?? '').trim().toLowerCase();
  if (u === '') return 'other';
  if (COUNT_UNITS.has(u)) return 'count';
  if (CURRENCY_UNITS.has(u)) return 'currency';
  if (RATE_UNITS.has(u)) return 'rate';
  return 'other';
}

/**
 * A hypothesis or node is a rate when its unit says so, or its id or name does
 * (`close_rate`, `churn_ratio`, `成約率`): such values must lie in (0, 1].
 */
export function looksLikeRate(id: string, unit: string | undefined, name?: string): boolean {
  if (unitKind(unit) === 'rate') return true;
  if (/(^|_)(rate|ratio|share|pct|percent|probability|conversion|cvr|yield)($|_)/i.test(id)) return true;
  if (name !== undefined && /率$/.test(name.trim()) && (unit ?? '').trim() === '') return true;
  return false;
}

/** Excel number format for a value of this unit. */
export function numberFormatFor(unit: string | undefined, kind: UnitKind = unitKind(unit)): string {
  switch (kind) {
    case 'count':
      return '#,##0';
    case 'currency':
      return /^(円|千円|万円|百万円|億円|yen|jpy|¥)$/i.test((unit ?? '').trim()) ? '"¥"#,##0' : '#,##0.00';
    case 'rate':
      return '0.0%';
    case 'other':
      return '#,##0.00';
  }
}
