import { defineMessages } from '../define';

/** The review tab's split of the KGI's gap into its drivers, and the pane's list of it. */
export const gapMessages = defineMessages({
  'review.gap': { en: 'Where the gap comes from', ja: '差異の要因' },
  'review.gap.driver': { en: 'Driver', ja: '要因' },
  'review.gap.contribution': { en: 'Contribution', ja: '寄与' },
  'review.gap.total': { en: 'Total', ja: '合計' },
  'review.gap.noChain': {
    en: 'No split: the KGI is not one chain of products and quotients',
    ja: 'KGIが掛け算・割り算の一本の連鎖でないため分解できません',
  },
  'review.gap.missing': {
    en: 'Split once every driver has an actual to date',
    ja: '要因の累計実績がそろうと分解します',
  },
  'review.gap.unusable': {
    en: 'No split: a target or actual to date below zero, or zero under a node above zero',
    ja: '分解できません（累計の目標・実績にマイナスか、上の指標より先にゼロの指標があります）',
  },
  'pane.review.gap': { en: 'Where the gap comes from', ja: '差異の要因' },
  'pane.review.gapTotal': {
    en: '{name}: {total} against the target to date',
    ja: '{name}：累計目標との差 {total}',
  },
});
