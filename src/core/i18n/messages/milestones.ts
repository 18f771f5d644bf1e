import { defineMessages } from '../define';

/** The Milestones sheet (day 10, 20 and 25) and the milestone line of a review tab. */
export const milestoneMessages = defineMessages({
  'sheet.milestones': { en: 'Milestones', ja: 'マイルストーン' },
  'milestones.title': { en: '{title} — milestones of the month', ja: '{title} — 月のマイルストーン' },
  'milestones.subtitle': {
    en: 'Day 10, 20 and 25 (the working day on or before): type the numbers in the yellow cells on the day, and the status judges them.',
    ja: '10日・20日・25日（休日なら直前の稼働日）に黄色のセルへ数字を入力すると、状況が判定されます。',
  },
  'milestones.col.id': { en: 'Item ID', ja: '項目ID' },
  'milestones.col.due': { en: 'Due', ja: '期日' },
  'milestones.col.check': { en: 'Check', ja: 'チェック' },
  'milestones.col.item': { en: 'Item', ja: '項目' },
  'milestones.col.value': { en: 'Entry', ja: '入力値' },
  'milestones.col.status': { en: 'Status', ja: '状況' },

  'milestones.check.10': {
    en: 'Day 10 — pipeline: is there enough to win what is left, at the coverage multiple?',
    ja: '10日 — 見込み案件：残り目標に対してカバレッジ倍率以上の見込み案件があるか',
  },
  'milestones.check.20': {
    en: 'Day 20 — decision-maker meetings: were they held as planned?',
    ja: '20日 — 有効商談：決裁者との商談は計画どおり実施できたか',
  },
  'milestones.check.25': {
    en: 'Day 25 — final agreement: are approval and the contract schedule known for every open deal?',
    ja: '25日 — 最終合意：未決の案件すべてで役員決裁と契約日程が見えているか',
  },
  'milestones.item.pipeline': { en: 'Pipeline amount', ja: '見込み案件金額' },
  'milestones.item.wonToDate': { en: 'Won to date ({kgi})', ja: '月累計実績（{kgi}）' },
  'milestones.item.coverage': { en: 'Coverage multiple (Settings)', ja: 'カバレッジ倍率（設定）' },
  'milestones.item.required': {
    en: 'Pipeline needed (multiple × remaining)',
    ja: '必要な見込み案件金額（倍率 × 残り目標）',
  },
  'milestones.item.meetingsHeld': { en: 'Decision-maker meetings held', ja: '決裁者との商談 実施数' },
  'milestones.item.meetingsPlanned': { en: 'Decision-maker meetings planned', ja: '決裁者との商談 計画数' },
  'milestones.item.openDeals': { en: 'Open deals', ja: '未決の案件数' },
  'milestones.item.agreementsKnown': {
    en: 'Of them, final agreement known (yes)',
    ja: 'うち最終合意が見えている件数',
  },
  'milestones.coverageFormat': { en: '0.0"×"', ja: '0.0"倍"' },

  'milestones.status.met': { en: 'Met', ja: '達成' },
  'milestones.status.notMet': { en: 'Not met', ja: '未達' },
  'milestones.status.notEntered': { en: 'Not entered', ja: '未入力' },

  'milestones.review.label': { en: 'Milestone this week', ja: '今週のマイルストーン' },
  'milestones.review.line': { en: 'Day {day}, {name} ({date}): ', ja: '{day}日 {name}（{date}）：' },
  'milestones.review.name.10': { en: 'pipeline coverage', ja: '見込み案件カバレッジ' },
  'milestones.review.name.20': { en: 'decision-maker meetings', ja: '有効商談' },
  'milestones.review.name.25': { en: 'final agreements', ja: '最終合意' },

  'sheet.settings.calibrateMinSample': {
    en: 'Recalibration: an observed rate is trusted only with at least this many in its denominator (default 30)',
    ja: '仮説の見直し：実績の率を信頼するのは、分母がこの数以上のとき（既定 30）',
  },
  'sheet.settings.calibrateMaxWidth': {
    en: 'Recalibration: and only when its 95 % interval (Wilson) is at most this wide, e.g. 0.3 = 30 points (default 0.3)',
    ja: '仮説の見直し：さらに95%区間（Wilson）の幅がこれ以下のとき。0.3 は30ポイント（既定 0.3）',
  },
  'sheet.settings.coverage': {
    en: 'Milestones: the pipeline on day 10 should be at least this multiple of the KGI left to win',
    ja: 'マイルストーン：10日時点の見込み案件金額は、残り目標のこの倍数以上（既定 3）',
  },
  'reader.notMultiple': {
    en: '"{value}" is not a positive multiple such as 3',
    ja: '「{value}」は 3 のような正の倍数ではありません',
  },
});
