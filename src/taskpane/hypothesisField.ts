import type { Lang, MessageKey, MessageParams } from '../core/i18n';
import type { Hypothesis } from '../core/model/types';
import { looksLikeRate } from '../core/model/units';
import { parseTypedNumber } from './parseNumber';

/**
 * A hypothesis as a form field: a rate is shown and typed in percent (20 for 0.2), the
 * rest as the model holds it, labelled with its unit.
 */
export const isRateHypothesis = (h: Pick<Hypothesis, 'id' | 'unit' | 'name'>): boolean => looksLikeRate(h.id, h.unit, h.name);

export function shownHypothesis(h: Hypothesis): string {
  return String(isRateHypothesis(h) ? Number((h.value * 100).toFixed(6)) : h.value);
}

/** What the field's text means as the model's value; NaN when it is not a number. */
export function typedHypothesis(h: Hypothesis, text: string): number {
  const n = parseTypedNumber(text);
  return isRateHypothesis(h) ? n / 100 : n;
}

export function hypothesisLabel(h: Hypothesis, tr: (key: MessageKey, params?: MessageParams) => string): string {
  if (isRateHypothesis(h)) return tr('pane.start.percent', { name: h.name });
  return h.unit ? tr('pane.start.withUnit', { name: h.name, unit: h.unit }) : h.name;
}

/** A hypothesis's value as people read it: a rate in percent (25%), else with its unit (100,000円, 100,000 JPY). */
export function hypothesisValueText(lang: Lang, h: Pick<Hypothesis, 'id' | 'unit' | 'name'>, value: number): string {
  if (isRateHypothesis(h)) return `${Number((value * 100).toFixed(6))}%`;
  const n = new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-US', { maximumFractionDigits: 6 }).format(value);
  if (!h.unit) return n;
  return lang === 'ja' ? `${n}${h.unit}` : `${n} ${h.unit}`;
}
