import { defineMessages } from '../define';

/**
 * What a printed page says besides the sheet: its header names the plan and the sheet's
 * subject, its footer the day the sheet was made and the page. `&P` and `&N` are Excel's
 * header codes for the page and the number of pages.
 */
export const printMessages = defineMessages({
  'print.subject.tree': { en: 'KPI tree, {month}', ja: 'KPIツリー（{month}）' },
  'print.subject.hypotheses': { en: 'Hypotheses, {month}', ja: '仮説（{month}）' },
  'print.subject.calendar': { en: 'Calendar, {month}', ja: 'カレンダー（{month}）' },
  'print.subject.settings': { en: 'Settings', ja: '設定' },
  'print.subject.milestones': { en: 'Milestones, {month}', ja: 'マイルストーン（{month}）' },
  'print.subject.checks': { en: 'Checks', ja: 'チェック結果' },
  'print.subject.history': { en: 'Weekly history', ja: '週次の推移' },
  'print.subject.review': {
    en: 'Weekly review {week} ({start} – {end})',
    ja: '週次レビュー {week}（{start}〜{end}）',
  },
  'print.footer.generated': { en: 'Generated {date}', ja: '作成日 {date}' },
  'print.footer.page': { en: 'Page &P / &N', ja: '&P / &N ページ' },
});
