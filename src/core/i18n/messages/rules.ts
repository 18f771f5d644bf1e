import { defineMessages } from '../define';

/**
 * The checks (KPI linter): what is wrong, and what good looks like, with the numbers.
 * Names are quoted "…" in English and 「…」 in Japanese; numbers arrive formatted.
 */
export const rulesMessages = defineMessages({
  // smart-specific
  'rules.smartSpecific.vague': {
    en: '"{name}" is vague: "{word}" describes effort, not a result anyone can count. Name what is counted (e.g. "Visits to existing customers") and put the number in the target.',
    ja: '「{name}」は曖昧です。「{word}」は努力を表す言葉で、数えられる成果ではありません。数える対象を名前にし（例：既存顧客への訪問件数）、数値は目標に入れてください。',
  },
  'rules.smartSpecific.short': {
    en: '"{name}" is only {length} characters long (at least {min}): say what is counted, e.g. "New contracts signed".',
    ja: '「{name}」（{length} 文字）だけでは、何を・いつまでに数えるのかが伝わりません（{min} 文字以上が目安）。対象と期間が分かる名前にしてください（例：新規契約の月間成約件数）。',
  },

  // smart-measurable
  'rules.smartMeasurable.noUnit': {
    en: '"{name}" ({level}) has no unit: say what one of it is (件, 円, %, calls…) so its target {target} can be measured.',
    ja: '「{name}」（{level}）に単位がありません。何を 1 と数えるか（件・円・% など）を指定すると、目標 {target} を測れるようになります。',
  },
  'rules.smartMeasurable.noTarget': {
    en: '"{name}" ({level}) has no numeric target: its backcast "{backcast}" gives no number because the parent "{parent}" has none. Hang it under a node with a numeric target.',
    ja: '「{name}」（{level}）に数値の目標がありません。親「{parent}」に数値がないため、逆算式「{backcast}」から数値が出ません。数値目標のあるノードの下に置いてください。',
  },

  // smart-achievable
  'rules.smartAchievable.ratio': {
    en: '"{name}": the target {target} is {ratio}× the baseline {baseline} (more than {max}×). A jump this large needs a basis: write it in the node\'s "Basis of the target" (or the rationale of a hypothesis its backcast uses), or keep the target within {max}× ({limit}).',
    ja: '「{name}」の目標 {target} は現状値 {baseline} の {ratio} 倍です（上限 {max} 倍）。これほどの伸びには根拠が必要です。「目標の根拠」欄（または逆算式で使う仮説の根拠）に書くか、{max} 倍（{limit}）以内の目標にしてください。',
  },
  'rules.smartAchievable.capacity': {
    en: '"{name}" needs {perDay} per working day ({monthly} over {workdays} working days), more than the stated capacity of {capacity} per day. Revisit the rates in the hypotheses, share the work, or lower the goal.',
    ja: '「{name}」は 1 稼働日あたり {perDay} 必要です（{workdays} 稼働日で {monthly}）。1 日の上限 {capacity} を超えています。仮説の率を見直す、作業を分担する、または目標を下げてください。',
  },
  'rules.smartAchievable.rate': {
    en: 'Hypothesis "{name}" is {value}, outside its plausible range {min} – {max}. Check it against recent results and write the basis in its rationale.',
    ja: '仮説「{name}」が {value} で、妥当な範囲 {min}〜{max} を外れています。直近の実績と照らし合わせ、「仮説」シートの根拠欄に根拠を書いてください。',
  },

  // smart-relevant
  'rules.smartRelevant.disconnected': {
    en: '"{name}" is not connected to the KGI "{kgi}": its chain of parents ends at "{root}". Give it a parent in the tree, or remove it.',
    ja: '「{name}」は KGI「{kgi}」につながっていません。親をたどると「{root}」で途切れます。ツリー内の親を指定するか、削除してください。',
  },
  'rules.smartRelevant.parentUnused': {
    en: '"{name}": the backcast "{backcast}" does not use the parent "{parentName}", so its target does not follow from the parent\'s. State the causal link, e.g. "{parent} / close_rate".',
    ja: '「{name}」の逆算式「{backcast}」が親「{parentName}」を使っていないため、目標が親の目標から導かれていません。因果関係を式で示してください（例：{parent} / close_rate）。',
  },

  // smart-time-bound
  'rules.smartTimeBound.missing': {
    en: '"{name}" has no deadline, and no parent has one to inherit. Set one, e.g. the last working day of the month, {periodEnd}.',
    ja: '「{name}」に期限がなく、引き継げる親の期限もありません。期限を設定してください（例：月末の最終稼働日 {periodEnd}）。',
  },
  'rules.smartTimeBound.outsideMonth': {
    en: '"{name}": the deadline {deadline} is outside the planned month {month} ({first} – {last}). Monthly targets need a deadline within the month, e.g. its last working day {due}.',
    ja: '「{name}」の期限 {deadline} が対象月 {month}（{first}〜{last}）の外です。月間目標の期限は月内にしてください（例：最終稼働日の {due}）。',
  },
  'rules.smartTimeBound.afterParent': {
    en: '"{name}": the deadline {deadline} is after the deadline {parentDeadline} of its parent "{parent}"; what feeds a result must be done by then.',
    ja: '「{name}」の期限 {deadline} が親「{parent}」の期限 {parentDeadline} より後です。成果につながる活動はそれまでに終える必要があります。',
  },

  // too-many-kpis
  'rules.tooManyKpis.owner': {
    en: '{owner} holds {count} KPIs/KDIs ({names}): more than {max} dilutes focus (3–5 per person works; {error} or more fails). Keep the few that drive the goal and hand over or drop the rest.',
    ja: '{owner}さんが KPI・KDI を {count} 個持っています（{names}）。{max} 個を超えると焦点がぼけます（1 人 3〜5 個が目安、{error} 個以上は機能しません）。目標を動かすものに絞り、残りは他の人に任せるか外してください。',
  },
  'rules.tooManyKpis.tree': {
    en: 'The tree holds {count} KPIs and KDIs ({kpis} KPIs, {kdis} KDIs), more than {max}: a team cannot review that many every week ({error} or more fails). Keep the few that drive "{kgi}" and drop or merge the rest.',
    ja: 'ツリー全体に KPI と KDI が {count} 個あります（KPI {kpis} 個・KDI {kdis} 個）。{max} 個を超えると毎週の見直しが回りません（{error} 個以上は機能しません）。「{kgi}」を動かすものに絞り、残りは統合するか外してください。',
  },
  'rules.tooManyKpis.level': {
    en: 'The tree holds {count} nodes at level {level} (more than {max}): nobody reviews that many every week. Merge or drop those that do not drive the goal.',
    ja: 'ツリーに {level} が {count} 個あります（上限 {max} 個）。毎週これだけの数は見直せません。目標を動かさないものは統合するか外してください。',
  },

  // better-direction
  'rules.betterDirection.loss': {
    en: '"{name}" counts a {word}: less is better. Set its direction to lower, so it is judged as a cap (achieved at or under its target) in the reviews.',
    ja: '「{name}」は「{word}」を表す指標で、少ないほど良い指標です。方向を「低いほど良い」にすると、レビューで上限として（目標以下で達成と）判定されます。',
  },

  // uncontrollable-kdi
  'rules.uncontrollableKdi.notControllable': {
    en: '"{name}" is a KDI but is marked not controllable: a KDI must be 100% in the owner\'s hands (calls made, visits). Make it such an activity, or change its level to KPI.',
    ja: '「{name}」は KDI ですが、「自分で動かせるか」が「いいえ」になっています。KDI は担当者が 100% 自分で動かせる活動（架電数・訪問数など）にしてください。そうでなければ区分を KPI にしてください。',
  },
  'rules.uncontrollableKdi.word': {
    en: '"{name}" is a KDI but depends on "{word}", which the owner cannot control. A KDI is an activity done 100% by the owner (e.g. calls made): make this a KPI, or replace it with such an activity.',
    ja: '「{name}」は KDI ですが、担当者には動かせない「{word}」に左右されます。KDI は担当者が 100% 自分で行う活動（例：架電数）です。KPI にするか、そうした活動に置き換えてください。',
  },

  // uncontrollable-kpi
  'rules.uncontrollableKpi.word': {
    en: '"{name}" is a KPI that hangs on "{word}", an outside factor the team does not move: it would measure the outside world, not the team. Name a result the team\'s own activity drives (e.g. proposals accepted, deals won from visits), and keep outside factors in the notes.',
    ja: '「{name}」は KPI ですが、チームが動かせない外部要因「{word}」に左右されるため、チームではなく外部環境を測ることになります。自分たちの活動で動かせる成果（例：提案の採用件数、訪問からの受注件数）に言い換え、外部要因はメモに書いてください。',
  },

  // kdi-needs-response
  'rules.kdiNeedsResponse.outcome': {
    en: '"{name}" is a KDI, but "{word}" needs the customer\'s response: it does not move by the owner\'s effort alone. Make the KDI the activity that leads to it — {activity} — and this one a KPI.',
    ja: '「{name}」は KDI ですが、「{word}」は顧客の反応があって初めて生まれる成果で、担当者の行動だけでは動きません。KDI にはそこに至る行動（{activity}）を置き、この指標は KPI にしてください。',
  },
  'rules.kdiNeedsResponse.activity.meetingRequests': { en: 'calls and emails asking for a meeting', ja: 'アポ打診の架電・メール数' },
  'rules.kdiNeedsResponse.activity.proposals': { en: 'proposals sent', ja: '提案書の提出数' },
  'rules.kdiNeedsResponse.activity.referralRequests': { en: 'referral requests made', ja: '紹介の依頼数' },
  'rules.kdiNeedsResponse.activity.messages': { en: 'messages sent', ja: 'メール・メッセージの送信数' },
  'rules.kdiNeedsResponse.activity.invitations': { en: 'invitations sent', ja: '案内の送付数' },
  'rules.kdiNeedsResponse.activity.approaches': { en: 'approaches made (calls, visits, emails)', ja: 'アプローチ数（架電・訪問・メール）' },

  // activity-result-balance
  'rules.balance.onlyActivity': {
    en: '{owner} tracks only activities (KDIs: {count}) and no result: add the KPI these activities should move, so {owner} can see whether they work.',
    ja: '{owner}さんは活動（KDI {count} 個）だけを追っていて、成果がありません。その活動で動かす KPI を加え、活動が効いているか分かるようにしてください。',
  },
  'rules.balance.onlyResult': {
    en: '{owner} tracks only results (KGI/KPIs: {count}) and no activity: add a KDI {owner} controls (e.g. calls or visits), so there is something to act on every day.',
    ja: '{owner}さんは成果（KGI・KPI {count} 個）だけを追っていて、活動がありません。自分で動かせる KDI（架電数・訪問数など）を加え、毎日行動できるようにしてください。',
  },

  // missing-owner
  'rules.missingOwner': {
    en: '"{name}" ({level}) has no owner: a number nobody is responsible for is nobody\'s job. Name one person.',
    ja: '「{name}」（{level}）に担当者がいません。責任者のいない数字は誰も追いかけません。担当者を 1 人決めてください。',
  },

  // no-leading-indicator
  'rules.noLeadingIndicator.branch': {
    en: 'The branch "{name}" ends only in results ({leaves}): it has no leading indicator. Add a KDI under it, an activity the owner does every day that moves these results.',
    ja: '「{name}」の枝は成果（{leaves}）だけで終わっていて、先行指標がありません。その下に KDI（成果を動かす、担当者が毎日行う活動）を加えてください。',
  },
  'rules.noLeadingIndicator.leaf': {
    en: '"{name}" is a result with nothing under it: no leading indicator shows this week whether it will be reached. Add a KDI under it, an activity the owner does every day that moves it.',
    ja: '「{name}」は成果指標ですが、その下に何もないため、達成できそうかを今週のうちに示す先行指標がありません。その下に KDI（これを動かす、担当者が毎日行う活動）を加えてください。',
  },
  'rules.noLeadingIndicator.alone': {
    en: 'The goal "{name}" has nothing under it: break it down into the results (KPIs) and the activities (KDIs) that produce it.',
    ja: '目標「{name}」の下に何もありません。目標を生み出す成果（KPI）と活動（KDI）に分解してください。',
  },

  // too-many-children
  'rules.tooManyChildren': {
    en: '"{name}" has {count} children (more than {max}): group them under a few intermediate KPIs so each level stays readable.',
    ja: '「{name}」の下に {count} 個の子があります（上限 {max} 個）。いくつかの中間 KPI にまとめ、各階層を見通せるようにしてください。',
  },

  // tree-too-deep
  'rules.treeTooDeep': {
    en: '"{name}" is at level {levels} of the tree (more than {max} levels): long chains weaken the causal link from activity to goal. Merge intermediate KPIs.',
    ja: '「{name}」はツリーの {levels} 階層目です（上限 {max} 階層）。連鎖が長いと活動から目標への因果関係が弱まります。中間の KPI を統合してください。',
  },

  // duplicate-metric
  'rules.duplicateMetric.name': {
    en: '"{name}" appears twice under "{parent}" (ids {id} and {other}): the same metric counted twice double-counts the result. Merge them, or name what differs.',
    ja: '「{name}」が「{parent}」の下に 2 つあります（ID {id} と {other}）。同じ指標を 2 回数えると成果を二重に数えます。統合するか、違いが分かる名前にしてください。',
  },
  'rules.duplicateMetric.backcast': {
    en: '"{name}" and "{otherName}" under "{parent}" have the same backcast "{backcast}": they are the same number. Merge them, or make each follow from its own hypothesis.',
    ja: '「{name}」と「{otherName}」は「{parent}」の下で同じ逆算式「{backcast}」のため、同じ数字になります。統合するか、それぞれ別の仮説から導いてください。',
  },

  // checks configuration (plan `checks:` block or the workbook's settings)
  'rules.config.unknownRule': {
    en: 'Unknown check "{rule}" in the checks settings: it is ignored. Known checks include smart-specific, smart-measurable and too-many-kpis.',
    ja: 'チェック設定の「{rule}」は不明なチェックのため無視します。チェックの ID（`smart-specific`・`smart-measurable`・`too-many-kpis` など）で指定してください。',
  },
  'rules.config.unknownThreshold': {
    en: 'Unknown threshold "{name}" in the checks settings: it is ignored. Known thresholds: {known}.',
    ja: 'チェック設定のしきい値「{name}」は不明のため無視します。使えるしきい値は {known} です。',
  },
  'rules.config.badThreshold': {
    en: 'Threshold "{name}" must be {expected}, not {value}: the default {default} is used.',
    ja: 'しきい値「{name}」は {expected} にしてください（{value} は使えません）。既定値 {default} を使います。',
  },
  'rules.config.badSeverity': {
    en: '"{value}" is not a severity for the check "{rule}": use off, info, warning, error or default.',
    ja: 'チェック「{rule}」の重要度「{value}」は使えません。off・info・warning・error・default のいずれかにしてください。',
  },
  'rules.config.fixedSeverity': {
    en: 'The check "{rule}" cannot be set to {severity}: a workbook with this problem cannot be built, so it is always an error.',
    ja: 'チェック「{rule}」は {severity} にできません。この問題があるとブックを作成できないため、常にエラーです。',
  },
  'rules.config.expected.positive': { en: 'a number greater than 0', ja: '0 より大きい数' },
  'rules.config.expected.count': { en: 'a whole number of at least 1', ja: '1 以上の整数' },
  'rules.config.expected.rate': { en: 'a rate above 0 and at most 1', ja: '0 より大きく 1 以下の率' },

  // checks rows of the workbook's Settings sheet
  'rules.settings.rule': {
    en: '{title} — severity of this check: off, info, warning or error. Blank: the default ({default}).',
    ja: '{title} — このチェックの重要度（off・info・warning・error）。空欄は既定（{default}）。',
  },
  'rules.settings.ruleGraded': {
    en: '{title} — severity of this check: off, info, warning or error. Blank: the default ({default}, {graded} where serious).',
    ja: '{title} — このチェックの重要度（off・info・warning・error）。空欄は既定（{default}、重大なものは {graded}）。',
  },
  'rules.settings.unknown': {
    en: 'Not a setting KPI Tree knows: see the Checks sheet.',
    ja: 'KPI Tree が知らない設定です。チェックシートを確認してください。',
  },
  'rules.settings.threshold.minNameLength': {
    en: 'smart-specific: a name shorter than this many characters is flagged. Blank: {default}.',
    ja: '具体性（SMART の S）：名称がこの文字数より短いと指摘します。空欄は {default}。',
  },
  'rules.settings.threshold.maxTargetRatio': {
    en: 'smart-achievable: a target above baseline × this needs a stated basis. Blank: {default}.',
    ja: '達成可能性（SMART の A）：目標が現状値 × この値を超えると指摘します。空欄は {default}。',
  },
  'rules.settings.threshold.rateMin': {
    en: 'smart-achievable: a rate hypothesis below this is implausible. Blank: {default}.',
    ja: '達成可能性（SMART の A）：率の仮説がこの値より低いと指摘します。空欄は {default}。',
  },
  'rules.settings.threshold.rateMax': {
    en: 'smart-achievable: a rate hypothesis above this is implausible. Blank: {default}.',
    ja: '達成可能性（SMART の A）：率の仮説がこの値より高いと指摘します。空欄は {default}。',
  },
  'rules.settings.threshold.maxKpisPerOwner': {
    en: 'too-many-kpis: more KPIs/KDIs than this per owner is a warning. Blank: {default}.',
    ja: 'KPI が多すぎる：1人の KPI・KDI がこの数を超えると警告します。空欄は {default}。',
  },
  'rules.settings.threshold.errorKpisPerOwner': {
    en: 'too-many-kpis: this many KPIs/KDIs or more per owner is an error. Blank: {default}.',
    ja: 'KPI が多すぎる：1人の KPI・KDI がこの数以上でエラーにします。空欄は {default}。',
  },
  'rules.settings.threshold.maxNodesPerLevel': {
    en: 'too-many-kpis: more KPIs (or KDIs) than this in the whole tree. Blank: {default}.',
    ja: 'KPI が多すぎる：ツリー全体の KPI（または KDI）がこの数を超えると指摘します。空欄は {default}。',
  },
  'rules.settings.threshold.maxKpisInTree': {
    en: 'too-many-kpis: more KPIs and KDIs together than this in the whole tree is a warning. Blank: {default}.',
    ja: 'KPI が多すぎる：ツリー全体の KPI と KDI の合計がこの数を超えると警告します。空欄は {default}。',
  },
  'rules.settings.threshold.errorKpisInTree': {
    en: 'too-many-kpis: this many KPIs and KDIs together or more in the whole tree is an error. Blank: {default}.',
    ja: 'KPI が多すぎる：ツリー全体の KPI と KDI の合計がこの数以上でエラーにします。空欄は {default}。',
  },
  'rules.settings.threshold.maxChildren': {
    en: 'too-many-children: more children than this under one node. Blank: {default}.',
    ja: '子ノードが多すぎる：1つのノードの子がこの数を超えると指摘します。空欄は {default}。',
  },
  'rules.settings.threshold.maxDepth': {
    en: 'tree-too-deep: more levels than this (the KGI is level 1). Blank: {default}.',
    ja: '階層が深すぎる：階層がこの数を超えると指摘します（KGI が1階層目）。空欄は {default}。',
  },

  // quick fixes
  'rules.fix.setDeadline': { en: 'Set the deadline of "{name}" to {value}', ja: '「{name}」の期限を {value} に設定' },
  'rules.fix.markControllable': { en: 'Mark "{name}" as controllable', ja: '「{name}」を自分で動かせる指標に設定' },
  'rules.fix.betterLower': { en: 'Set the direction of "{name}" to lower (a cap)', ja: '「{name}」の方向を「低いほど良い」（上限）に設定' },
  'rules.fix.demoteToKpi': { en: 'Change the level of "{name}" to KPI', ja: '「{name}」の区分を KPI に変更' },
  'rules.fix.setOwner': { en: 'Set the owner of "{name}" to {value}, the parent\'s owner', ja: '「{name}」の担当者を親と同じ{value}さんに設定' },

  // the Checks sheet
  'rules.sheet.title': { en: '{title} — checks', ja: '{title} — チェック' },
  'rules.sheet.subtitle': {
    en: 'Errors: {errors} · warnings: {warnings} · info: {infos} — as of the last build. Click a cell address to go to the cell. After editing, kpi-tree sync (or lint --fix) refreshes this list; kpi-tree lint shows the current findings.',
    ja: 'エラー {errors} 件・警告 {warnings} 件・情報 {infos} 件（前回の作成時点）。セル番地をクリックすると該当セルへ移動します。編集後は `kpi-tree sync`（または `kpi-tree lint --fix`）でこの一覧が更新されます。`kpi-tree lint` で現在の指摘を確認できます。',
  },
  'rules.sheet.none': { en: 'No findings: every KPI passes the checks.', ja: '指摘はありません。すべての KPI がチェックを通過しました。' },
  'rules.cli.atLine': { en: '{where} (line {line})', ja: '{where}（{line}行目）' },
  'rules.sheet.nameSeparator': { en: ', ', ja: '、' },
  'rules.sheet.col.severity': { en: 'Severity', ja: '重要度' },
  'rules.sheet.col.rule': { en: 'Check', ja: 'チェック' },
  'rules.sheet.col.node': { en: 'ID', ja: 'ID' },
  'rules.sheet.col.name': { en: 'Name', ja: '名称' },
  'rules.sheet.col.message': { en: 'Finding', ja: '指摘' },
  'rules.sheet.col.cell': { en: 'Cell', ja: 'セル' },
  'rules.sheet.col.fix': { en: 'Suggested fix', ja: '修正案' },
  'rules.sheet.safeFix': { en: '{description} (safe: kpi-tree lint --fix applies it)', ja: '{description}（安全な修正。`kpi-tree lint --fix` で適用されます）' },

  // the lint command
  'rules.cli.summary': { en: 'errors: {errors}, warnings: {warnings}, info: {infos}', ja: 'エラー {errors} 件、警告 {warnings} 件、情報 {infos} 件' },
  'rules.cli.ruleLabel': { en: '{name} ({rule})', ja: '{name}（{rule}）' },
  'rules.cli.clean': { en: 'No findings: every KPI passes the checks.', ja: '指摘はありません。すべての KPI がチェックを通過しました。' },
  'rules.cli.safeFix': { en: 'fix: {description} (safe: run with --fix)', ja: '修正案：{description}（安全な修正。--fix で適用できます）' },
  'rules.cli.suggestion': { en: 'suggestion: {description} (needs your judgement)', ja: '提案：{description}（判断が必要です）' },
  'rules.cli.fixed': { en: 'fixed {where}: {description}', ja: '{where}：{description}しました' },
  'rules.cli.wroteFixes': { en: 'Applied {count} safe fixes to {file}', ja: '{file} に安全な修正を {count} 件適用しました' },
  'rules.cli.checksNotRefreshed': {
    en: 'The Checks sheet was not refreshed: the tree has errors that keep it from being built. Fix them, then run kpi-tree sync.',
    ja: 'ツリーにエラーがあり作成できないため、チェックシートは更新していません。エラーを直してから kpi-tree sync を実行してください。',
  },
  'rules.cli.noSafeFix': { en: 'No safe fix to apply.', ja: '適用できる安全な修正はありません。' },
  'rules.cli.fixUnlocated': {
    en: 'Cannot apply "{description}": the workbook does not say which cell holds it.',
    ja: '対象のセルがブック内で見つからないため、「{description}」を適用できません。',
  },
});
