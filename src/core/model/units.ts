import type { Aggregate } from './planSchema';
import { nfkc } from '../text/nfkc';

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

/** Units of a score or a quantity per something: averaged, never added up (4.2点, 円/件, calls/day). */
const AVERAGE_UNITS = new Set(['点', 'ポイント', 'pt', 'pts', 'point', 'points', 'score', '段階']);
/** Ids of prices and averages (`unit_price`, `avg_deal`, `arpa`). */
const AVERAGE_ID = /(^|_)(price|avg|average|mean|arpa|arpu|aov|acv|asp)($|_)/i;
/** Names of prices and averages: 客単価, 平均受注額, 1件あたり売上, unit price, average deal size. */
const AVERAGE_NAME_JA = /単価|平均|当たり|あたり|の割合|比率/;
const AVERAGE_NAME_EN = /(?<![A-Za-z])(unit price|price|average|avg|mean|per|arpa|arpu|aov|deal size|order value|basket size)(?![A-Za-z])/i;

/**
 * How a node adds up when nothing says so: a rate (`%`, 成約率, `close_rate`), a price or an
 * average (客単価, `unit_price`, "Average deal size"), a score (点) or a quantity per
 * something (円/件) is an average; everything else is a sum.
 */
export function inferAggregate(id: string, unit: string | undefined, name: string): Aggregate {
  if (looksLikeRate(id, unit, name)) return 'average';
  const u = nfkc(unit ?? '').trim().toLowerCase();
  if (AVERAGE_UNITS.has(u) || /\/|(?<![a-z])per(?![a-z])/.test(u)) return 'average';
  if (AVERAGE_ID.test(id)) return 'average';
  const n = nfkc(name);
  return AVERAGE_NAME_JA.test(n) || AVERAGE_NAME_EN.test(n) ? 'average' : 'sum';
}
