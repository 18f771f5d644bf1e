import { fromExcelSerial, parseIsoDate } from '../calendar/date';
import type { IsoDate } from '../brand';
import type { LocalizedText } from '../i18n';
import { readTypedNumber } from '../num/typedNumber';
import type { RawCell } from './workbookData';

/** Typed views of untrusted cells: each returns `undefined` for empty and `{ bad }` when unusable. */
export type Read<T> = T | undefined | BadCell;

/** A cell that cannot be read as what it should hold: what it shows, and why when that is not plain. */
export interface BadCell {
  readonly bad: string;
  /** `ambiguous`: text that could mean two numbers (`1,5`); `too-large`: beyond what a cell holds. */
  readonly reason?: 'ambiguous' | 'too-large';
}

export function isBad<T>(r: Read<T>): r is BadCell {
  return typeof r === 'object' && r !== null && 'bad' in r;
}

export function shown(cell: RawCell | undefined): string {
  if (!cell) return '';
  if (cell.error) return cell.error;
  return cell.value === null ? '' : String(cell.value);
}

export function readText(cell: RawCell | undefined): string | undefined {
  if (!cell || cell.error || cell.value === null) return undefined;
  const s = String(cell.value).trim();
  return s === '' ? undefined : s;
}

/** Raw text, not trimmed: what a person typed, kept exactly. */
export function readRawText(cell: RawCell | undefined): string | undefined {
  if (!cell || cell.error || cell.value === null || cell.value === '') return undefined;
  return String(cell.value);
}

/**
 * A number cell, or text that can mean only one number (`1,000`, `20%`, `１２３`: see
 * `readTypedNumber`). Text that could mean two (`1,5`) or none (`0x10`, `1e`) is bad,
 * with the reason, so the person is told rather than given a guess.
 */
export function readNumber(cell: RawCell | undefined): Read<number> {
  if (!cell) return undefined;
  if (cell.error) return { bad: cell.error };
  const v = cell.value;
  if (v === null || v === '') return undefined;
  if (typeof v === 'number') return Number.isFinite(v) ? v : { bad: String(v) };
  if (typeof v === 'string') {
    const read = readTypedNumber(v);
    if (read === undefined) return undefined;
    if (read.ok) return read.value;
    return { bad: v, ...(read.reason === 'not-a-number' ? {} : { reason: read.reason }) };
  }
  return { bad: String(v) };
}

/** What to tell people about a cell that is not a number: the error it shows, or why its text is not one. */
export function notNumberMessage(bad: BadCell): LocalizedText {
  if (bad.bad.startsWith('#')) return { key: 'reader.errorValue', params: { error: bad.bad } };
  switch (bad.reason) {
    case 'ambiguous':
      return { key: 'reader.ambiguousNumber', params: { value: bad.bad } };
    case 'too-large':
      return { key: 'reader.numberTooLarge', params: { value: bad.bad } };
    default:
      return { key: 'reader.notNumber', params: { value: bad.bad } };
  }
}

export function readDate(cell: RawCell | undefined): Read<IsoDate> {
  if (!cell) return undefined;
  if (cell.error) return { bad: cell.error };
  const v = cell.value;
  if (v === null || v === '') return undefined;
  if (typeof v === 'number' && Number.isFinite(v) && v >= 61 && v < 2958466) return fromExcelSerial(v);
  if (typeof v === 'string') {
    const s = v.trim().replace(/\//g, '-');
    const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
    const d = m ? parseIsoDate(`${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`) : null;
    if (d) return d;
  }
  return { bad: String(v) };
}

const YES = new Set(['yes', 'y', 'true', '1', 'はい', '○', '〇', '✓', 'x', 'o']);
const NO = new Set(['no', 'n', 'false', '0', 'いいえ', '×', '✗', '-']);

export function readBoolean(cell: RawCell | undefined): Read<boolean> {
  if (!cell) return undefined;
  if (cell.error) return { bad: cell.error };
  const v = cell.value;
  if (v === null || v === '') return undefined;
  if (typeof v === 'boolean') return v;
  const s = String(v).trim().toLowerCase();
  if (YES.has(s)) return true;
  if (NO.has(s)) return false;
  return { bad: String(v) };
}

const HIGHER = new Set(['higher', 'high', 'up', '高いほど良い', '高い', '大きいほど良い', '上']);
const LOWER = new Set(['lower', 'low', 'down', 'cap', '低いほど良い', '低い', '小さいほど良い', '下', '上限']);

/** Which way a node is better, as typed in either language (`higher` / `lower`, `高いほど良い` / `低いほど良い`). */
export function readDirection(cell: RawCell | undefined): Read<'higher' | 'lower'> {
  if (!cell) return undefined;
  if (cell.error) return { bad: cell.error };
  const v = cell.value;
  if (v === null || v === '') return undefined;
  const s = String(v).normalize('NFKC').trim().toLowerCase();
  if (HIGHER.has(s)) return 'higher';
  if (LOWER.has(s)) return 'lower';
  return { bad: String(v) };
}
