import { defineMessages } from '../define';

/** Messages about the team's members: the plan's `members:`, the member sheet, their checks and where they are shown. */
export const memberMessages = defineMessages({
  'members.idTooLong': {
    en: 'The member id "{id}" has {length} characters; use at most {max}, so that the workbook\'s names (MK_, MT_, MD_, MW_ and the id) stay within the 255 characters a spreadsheet allows',
    ja: '担当者の ID「{id}」は {length} 文字あります。ブックの名前（MK_、MT_、MD_、MW_ と ID）が表計算ソフトの上限 255 文字に収まるよう、{max} 文字以内にしてください',
  },
  'members.duplicateId': {
    en: 'The member id "{id}" is used more than once',
    ja: '担当者の ID「{id}」が重複しています',
  },
  'members.shareAndTarget': {
    en: "{name} has both a share and a target: keep one (a share of the team's KGI, or a target of their own)",
    ja: '{name}さんに配分と目標の両方があります。どちらか一方（チームの KGI に対する配分、または本人の目標）にしてください',
  },
  'members.noAllocation': {
    en: "{name} has neither a share nor a target: give a share of the team's KGI (0.5 for half) or a target",
    ja: '{name}さんに配分も目標もありません。チームの KGI に対する配分（半分なら 0.5）か目標を入力してください',
  },
  'members.shareRange': {
    en: "{name}'s share is {value}: a share lies between 0 and 1 (write 30% as 0.3)",
    ja: '{name}さんの配分が {value} です。配分は 0 以上 1 以下で入力してください（30% は 0.3）',
  },
  'members.negativeTarget': {
    en: "{name}'s target is {value}: a target cannot be negative",
    ja: '{name}さんの目標が {value} です。目標にマイナスは指定できません',
  },
  'members.unknownHypothesis': {
    en: '{name} has a value for "{id}", which is not a hypothesis of the plan',
    ja: '{name}さんに仮説「{id}」の値がありますが、プランにその仮説はありません',
  },
  'members.rateOutOfRange': {
    en: '{name}\'s rate "{id}" is {value}: a rate must be above 0 and at most 1 (write 20% as 0.2)',
    ja: '{name}さんの率「{id}」が {value} です。率は 0 より大きく 1 以下で入力してください（20% は 0.2）',
  },
  'members.overAllocated': {
    en: "The members are given {allocated} in all, {over} more than the team's KGI of {team} ({parts}): lower a share or a target",
    ja: '担当者への配分の合計 {allocated} が、チームの KGI {team} を {over} 上回っています（{parts}）。配分か目標を下げてください',
  },
  'members.divisionByZero': {
    en: '"{id}": for {member} the backcast divides by zero (their "{name}" is 0)',
    ja: '「{id}」の{member}さんの逆算式が 0 で割っています（{member}さんの仮説「{name}」が 0 です）',
  },
  'members.evalError': {
    en: '"{id}": for {member} the backcast cannot be computed: {detail}',
    ja: '「{id}」の{member}さんの逆算式を計算できません（{detail}）',
  },

  'sheet.members': { en: 'By member', ja: '担当別' },
  'sheet.members.title': { en: '{title} — targets by member', ja: '{title} — 担当別の目標' },
  'sheet.members.subtitle': {
    en: "One row per member: a share of the team's KGI (0.5 = half) or a target, and their own hypotheses (blank: the team's). Add a member in an empty row, then sync.",
    ja: '担当者ごとに 1 行です。チームの KGI に対する配分（0.5 = 半分）か目標、本人の仮説（空欄はチームの値）を入力します。空いた行に担当者を追加したら同期してください。',
  },
  'sheet.members.teamKgi': { en: 'Team KGI', ja: 'チームの KGI' },
  'sheet.members.allocated': { en: 'Allocated', ja: '配分済み' },
  'sheet.members.unallocated': { en: 'Not allocated', ja: '未配分' },
  'sheet.members.col.id': { en: 'ID', ja: 'ID' },
  'sheet.members.col.name': { en: 'Member', ja: '担当者名' },
  'sheet.members.col.share': { en: 'Share', ja: '配分' },
  'sheet.members.col.target': { en: 'Own target', ja: '個別目標' },
  'sheet.members.col.kgi': { en: 'KGI', ja: 'KGI' },
  'sheet.members.note.share': {
    en: "Share of the team's KGI: 0.5 is half. Leave it blank when the member has an own target.",
    ja: 'チームの KGI に対する配分です。0.5 で半分。個別目標を入れる場合は空欄にします。',
  },
  'sheet.members.note.override': {
    en: "The member's own value of this hypothesis; blank uses the team's value from the Hypotheses sheet.",
    ja: 'この仮説の本人の値。空欄なら「仮説」シートのチームの値を使います。',
  },
  'sheet.members.team': { en: 'Team', ja: 'チーム' },
  'sheet.members.targets.col.id': { en: 'ID', ja: 'ID' },
  'sheet.members.targets.col.name': { en: 'Name', ja: '名称' },
  'sheet.members.targets.col.unit': { en: 'Unit', ja: '単位' },
  'sheet.members.targets.col.teamBackcast': { en: 'Team backcast', ja: 'チームの逆算' },
  'sheet.members.targets.col.total': { en: "Members' total", ja: '担当の合計' },
  'sheet.members.targets.col.monthly': { en: 'Monthly target', ja: '月間目標' },
  'sheet.members.targets.col.perWorkday': { en: 'Per working day', ja: '1稼働日あたり' },
  'sheet.members.targets.note.total': {
    en: "The team's target: the members' targets added up (each rounded up on its own). Rates are each member's own.",
    ja: 'チームの目標は担当者の目標の合計です（件数は担当者ごとに切り上げ）。率は担当者ごとの値です。',
  },

  'reader.memberMissingId': {
    en: 'The member row has no ID: give it an ID such as tanaka',
    ja: '担当者の行に ID がありません。「tanaka」のような英数字の ID を入力してください',
  },

  'rules.unallocatedTarget': {
    en: "{unallocated} of the team's KGI of {team} is given to no member (the members have {allocated}): raise a share or add a member",
    ja: 'チームの KGI {team} のうち {unallocated} がどの担当者にも配分されていません（配分済み {allocated}）。配分を見直すか担当者を追加してください',
  },
  'rules.tooManyKpis.member': {
    en: '{name} carries {count} KPIs and KDIs ({names}): more than {max} per person loses focus, {error} or more is a failure',
    ja: '{name}さんが追う KPI・KDI が {count} 個あります（{names}）。1 人 {max} 個を超えると焦点がぼやけ、{error} 個以上では機能しません',
  },

  'cli.members': { en: 'Members', ja: '担当者' },
  'cli.member.heading': { en: '{name} ({id}) — KGI {kgi}', ja: '{name}（{id}）— KGI {kgi}' },
  'cli.member.team': { en: 'Team (the members added up)', ja: 'チーム（担当者の合計）' },
  'cli.col.teamBackcast': { en: 'Team backcast', ja: 'チーム逆算' },

  'pane.tree.member': { en: 'Targets of', ja: '表示する担当' },
  'pane.tree.wholeTeam': { en: 'Whole team', ja: 'チーム全体' },
  'pane.tree.memberKgi': { en: '{name}: KGI {kgi}', ja: '{name}さん（KGI {kgi}）' },
  'pane.tree.actualToDate': { en: 'Actual to date', ja: '累計実績' },
  'review.member.col.target': { en: '{name}: target', ja: '{name}：週目標' },
  'review.member.col.actual': { en: '{name}: actual', ja: '{name}：実績' },
  'review.member.col.achievement': { en: '{name}: achievement', ja: '{name}：達成率' },
  'review.member.col.status': { en: '{name}: status', ja: '{name}：判定' },
  'review.member.former': { en: '{name} (former)', ja: '{name}（退任）' },
  'review.member.col.note': {
    en: "{name}'s own cells: only {name} types here, so colleagues editing the workbook at the same time do not overwrite each other. The team's actual is the members' sum.",
    ja: '{name}さん専用の入力欄です。担当者ごとに入力するセルが分かれているので、同時に編集しても上書きし合いません。チームの実績は担当者の合計です。',
  },
  'pane.review.member': { en: 'Figures of', ja: '表示する担当' },
  'pane.review.memberWeek': { en: "{name}'s week", ja: '{name}さんの今週' },
  'pane.review.memberNone': {
    en: "Nothing is typed in {name}'s columns of this week's tab yet.",
    ja: '今週のタブの{name}さんの欄は、まだ入力されていません。',
  },
  'pane.review.memberLine': { en: 'Target {target} · actual {actual}', ja: '目標 {target}・実績 {actual}' },
  'pane.review.memberPace': {
    en: 'Left of the month {remaining} · month-end forecast {forecast}',
    ja: '月間目標まで残り {remaining}・月末見込み {forecast}',
  },
  'pane.review.memberPaceOutlook': {
    en: 'Left of the month {remaining} · month-end forecast {forecast} ({outlook})',
    ja: '月間目標まで残り {remaining}・月末見込み {forecast}（{outlook}）',
  },
  'pane.review.memberHint': { en: 'Hint: {hint}', ja: 'ヒント：{hint}' },
});
