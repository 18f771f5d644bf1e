import { defineMessages } from '../define';

/** The review tab's table of hypotheses against the rates the actuals give. */
export const rateMessages = defineMessages({
  'review.rates': { en: 'Hypotheses against actual rates', ja: '仮説と実績の率' },
  'review.rates.id': { en: 'Hypothesis ID', ja: '仮説ID' },
  'review.rates.name': { en: 'Hypothesis', ja: '仮説' },
  'review.rates.value': { en: 'Hypothesis value', ja: '仮説値' },
  'review.rates.week': { en: 'Actual this week', ja: '今週の実績' },
  'review.rates.ratio': { en: 'To date ÷ hypothesis', ja: '累計÷仮説' },
  'review.rates.toDate': { en: 'Actual to date', ja: '累計の実績' },
  'review.rates.link': { en: 'From the actuals', ja: '実績からの計算' },
  'review.rates.formula': { en: '{numerator} ÷ {denominator}', ja: '{numerator} ÷ {denominator}' },
  'review.rates.none': {
    en: 'No rate can be derived: no KPI is its parent ÷ or × this hypothesis alone',
    ja: '実績から率を出せません（「上位指標 ÷ 仮説」「上位指標 × 仮説」の形の指標がありません）',
  },
  'pane.review.rates': { en: 'Hypotheses furthest from the actuals', ja: '実績との差が大きい仮説' },
  'pane.review.ratesLine': {
    en: '{numerator} ÷ {denominator}: {toDate} to date (hypothesis {value}, this week {week})',
    ja: '{numerator} ÷ {denominator}：累計 {toDate}（仮説 {value}、今週 {week}）',
  },
  'pane.review.ratesNone': {
    en: 'Enter this week’s actuals in the tab to compare the hypotheses with them.',
    ja: 'タブに今週の実績を入力すると、仮説と実績の率を比べられます。',
  },
});
