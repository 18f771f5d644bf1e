import { defineMessages } from '../define';

/** The 1on1 tab: a member's week, last week's commitment, their actions and the agenda. */
export const oneOnOneMessages = defineMessages({
  'oneonone.sheetName': { en: '{member} 1on1 {week}', ja: '{member} 1on1 {week}' },
  'oneonone.title': { en: '1on1 with {member}, {week}', ja: '{member}さんとの1on1（{week}）' },
  'oneonone.titleNamed': { en: '1on1 with {member}, {name} ({week})', ja: '{member}さんとの1on1 {name}（{week}）' },
  'oneonone.subtitle': {
    en: '{title} · {start} – {end} · generated {date}. Type in the yellow cells; a refresh keeps them.',
    ja: '{title}／{start}〜{end}／作成日 {date}。黄色のセルに入力してください（更新しても消えません）。',
  },
  'oneonone.section.status': { en: 'KPI status (own targets)', ja: 'KPIの状況（本人の目標）' },
  'oneonone.section.commitment': {
    en: "Last week's commitment (review {week})",
    ja: '前回の約束（{week} の週次レビューより）',
  },
  'oneonone.section.noCommitment': {
    en: "Last week's commitment (no review before this week)",
    ja: '前回の約束（前の週の週次レビューはありません）',
  },
  'oneonone.section.openActions': { en: 'Open actions', ja: '未完了のアクション' },
  'oneonone.section.agenda': { en: 'Agenda', ja: 'アジェンダ' },
  'oneonone.section.actions': {
    en: 'Actions decided today (added to the review of {week} with {member} as owner)',
    ja: '今日決めたアクション（{week} の週次レビューに担当 {member} で追加されます）',
  },
  'oneonone.header.id': { en: 'ID', ja: 'ID' },
  'oneonone.header.kpi': { en: 'KPI', ja: 'KPI' },
  'oneonone.header.unit': { en: 'Unit', ja: '単位' },
  'oneonone.header.monthly': { en: 'Month target', ja: '月間目標' },
  'oneonone.header.weekly': { en: 'Week target', ja: '今週の目標' },
  'oneonone.header.actual': { en: 'Week actual', ja: '今週の実績' },
  'oneonone.header.achievement': { en: 'Week achievement', ja: '今週の達成率' },
  'oneonone.header.mtdTarget': { en: 'To-date target', ja: '累計目標' },
  'oneonone.header.mtdActual': { en: 'To-date actual', ja: '累計実績' },
  'oneonone.header.mtdAchievement': { en: 'To-date achievement', ja: '累計達成率' },
  'oneonone.section.pace': {
    en: "{member}'s month so far (from their own columns of the weekly reviews)",
    ja: '{member}さんの今月の見通し（週次レビューの本人の欄から）',
  },
  'oneonone.header.remaining': { en: 'Left of the month', ja: '月間目標まで残り' },
  'oneonone.header.forecast': { en: 'Month-end forecast', ja: '月末見込み' },
  'oneonone.header.hint': { en: 'Hint', ja: 'ヒント' },
  'oneonone.note.pace': {
    en: "From the member's own columns of the month's review tabs: what is left of their month's target, and where their pace so far ends the month.",
    ja: '今月の週次レビューの本人の欄から計算します。月間目標までの残りと、これまでのペースで進んだ場合の月末の見込みです。',
  },
  'oneonone.note.actual': {
    en: "Linked to the review tabs' actuals for a KPI the member owns; otherwise type the member's own figure here.",
    ja: '本人が担当のKPIは週次レビューの実績を表示します。それ以外は本人の実績をここに入力します。',
  },
  'oneonone.header.commitment': {
    en: 'What will we change next week (their answer)',
    ja: '来週変えること（本人の回答）',
  },
  'oneonone.header.outcome': { en: 'What came of it', ja: 'どうなったか' },
  'oneonone.header.issue': { en: 'Issue', ja: '課題' },
  'oneonone.header.action': { en: 'Action', ja: 'アクション' },
  'oneonone.header.due': { en: 'Due', ja: '期日' },
  'oneonone.header.status': { en: 'Status', ja: '状況' },
  'oneonone.header.fromWeek': { en: 'Raised', ja: '起票週' },
  'oneonone.header.owner': { en: 'Owner', ja: '担当' },
  'oneonone.noOpenActions': { en: 'No open actions.', ja: '未完了のアクションはありません。' },
  'oneonone.completion': {
    en: "Completion rate of last week's actions",
    ja: '前週のアクション完了率',
  },
  'oneonone.completionNone': { en: 'no actions last week', ja: '前週のアクションなし' },
  'oneonone.agenda.reflection': { en: '1. Reflection', ja: '1. 振り返り' },
  'oneonone.agenda.issues': { en: '2. Issues', ja: '2. 課題' },
  'oneonone.agenda.actions': { en: '3. Actions', ja: '3. アクション' },
  'oneonone.agenda.feedback': {
    en: '4. Feedback / feedforward',
    ja: '4. フィードバック／フィードフォワード',
  },
  'oneonone.noMembers': {
    en: 'This workbook has no members: add them on the By member sheet (or `members:` in the plan) first.',
    ja: 'このブックには担当者がいません。先に「担当別」シートか、計画の担当者一覧（members）に追加してください。',
  },
  'oneonone.unknownMember': {
    en: '--member {member}: no such member (members: {known}).',
    ja: '--member {member}：その担当者はいません（担当者：{known}）。',
  },
  'oneonone.notPlanWeek': {
    en: '{week} is not a week of the plan month {month}: a 1on1 follows the month’s own targets.',
    ja: '{week} は計画の月（{month}）の週ではありません。1on1は当月の目標で行います。',
  },
  'oneonone.wrote': {
    en: 'Wrote the 1on1 tab "{sheet}" to {file}.',
    ja: '1on1タブ「{sheet}」を {file} に書き込みました。',
  },
  'oneonone.refreshed': {
    en: 'Refreshed the 1on1 tab "{sheet}" in {file}; everything typed was kept.',
    ja: '{file} の1on1タブ「{sheet}」を更新しました（入力内容はそのままです）。',
  },
  'print.subject.oneOnOne': {
    en: '1on1 with {member}, {week} ({start} – {end})',
    ja: '{member}さんとの1on1 {week}（{start}〜{end}）',
  },
  'pane.oneonone.title': { en: '1on1', ja: '1on1' },
  'pane.oneonone.member': { en: 'Member', ja: '担当者' },
  'pane.oneonone.write': { en: 'Write the 1on1 tab', ja: '1on1シートを作成・更新' },
  'pane.oneonone.writing': { en: 'Writing the 1on1 tab…', ja: '1on1シートを作成しています…' },
  'pane.oneonone.wrote': { en: 'Wrote {sheet}.', ja: '{sheet} を作成しました。' },
  'pane.oneonone.refreshed': {
    en: 'Refreshed {sheet}; everything typed was kept.',
    ja: '{sheet} を更新しました（入力内容はそのままです）。',
  },
  'pane.oneonone.hint': {
    en: "Their targets and actuals, last week's commitment, open actions and the agenda. Actions decided there join this week's review when it is next written.",
    ja: '本人の目標と実績、前回の約束、未完了のアクション、アジェンダをまとめます。決めたアクションは次にレビュータブを更新したときに追加されます。',
  },
  'pane.failed.oneonone': { en: 'Could not write the 1on1 tab', ja: '1on1シートを作成できませんでした' },
  'oneonone.section.log': {
    en: '1on1 log (this month, as of this tab)',
    ja: '1on1の実施状況（当月、このシートの作成時点）',
  },
  'oneonone.log.week': { en: 'Week', ja: '週' },
  'oneonone.log.held': { en: 'Held', ja: '実施' },
  'oneonone.log.yes': { en: '✓', ja: '○' },
  'oneonone.log.no': { en: '—', ja: '—' },
  'oneonone.log.rate': { en: 'Held {held} of {planned}', ja: '実施率（{held}／{planned}回）' },
});
