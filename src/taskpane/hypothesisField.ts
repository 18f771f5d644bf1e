import type { MessageKey, MessageParams } from '../core/i18n';
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
  return h.unit ? `${h.name}（${h.unit}）` : h.name;
}
