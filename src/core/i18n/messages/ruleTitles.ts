import { defineMessages } from '../define';

/**
 * Each check's name as people read it, by rule id (`rules.title.<id>`): the id is the
 * contract, this is what the Problems pane, the Settings sheet and `lint --format json` show.
 */
export const ruleTitleMessages = defineMessages({
  'rules.title.smart-specific': { en: 'Specific (SMART)', ja: '具体性（SMART の S）' },
  'rules.title.smart-measurable': { en: 'Measurable (SMART)', ja: '測定可能性（SMART の M）' },
  'rules.title.smart-achievable': { en: 'Achievable (SMART)', ja: '達成可能性（SMART の A）' },
  'rules.title.smart-relevant': { en: 'Relevant to the KGI (SMART)', ja: 'KGI との関連性（SMART の R）' },
  'rules.title.smart-time-bound': { en: 'Time-bound (SMART)', ja: '期限（SMART の T）' },
  'rules.title.too-many-kpis': { en: 'Too many KPIs', ja: 'KPI が多すぎる' },
  'rules.title.uncontrollable-kdi': { en: 'KDI the owner cannot control', ja: '担当者が動かせない KDI' },
  'rules.title.uncontrollable-kpi': { en: 'KPI driven by outside factors', ja: '外部要因に左右される KPI' },
  'rules.title.kdi-needs-response': {
    en: "KDI that needs the customer's response",
    ja: '顧客の反応が必要な KDI',
  },
  'rules.title.activity-result-balance': {
    en: 'Balance of activities and results',
    ja: '活動と成果のバランス',
  },
  'rules.title.missing-owner': { en: 'No owner', ja: '担当者がいない' },
  'rules.title.no-leading-indicator': { en: 'No leading indicator', ja: '先行指標がない' },
  'rules.title.too-many-children': { en: 'Too many children', ja: '子ノードが多すぎる' },
  'rules.title.tree-too-deep': { en: 'Tree too deep', ja: '階層が深すぎる' },
  'rules.title.duplicate-metric': { en: 'Same metric twice', ja: '指標の重複' },
  'rules.title.tree-cycle': { en: 'Cycle in the tree', ja: '親子関係の循環' },
  'rules.title.unknown-parent': { en: 'Unknown parent', ja: '存在しない親' },
  'rules.title.duplicate-id': { en: 'Duplicate ID', ja: 'ID の重複' },
  'rules.title.multiple-kgi': { en: 'More than one KGI', ja: 'KGI が複数ある' },
  'rules.title.unknown-name': { en: 'Unknown name in a backcast', ja: '逆算式の不明な名前' },
  'rules.title.rate-out-of-range': { en: 'Rate outside 0–100 %', ja: '率が 0〜100% の範囲外' },
  'rules.title.division-by-zero': { en: 'Division by zero', ja: 'ゼロでの割り算' },
  'rules.title.value-out-of-range': { en: 'Number out of range', ja: '扱えない数値' },
  'rules.title.invalid-id': { en: 'Invalid ID', ja: '使えない ID' },
  'rules.title.no-kgi': { en: 'No KGI', ja: 'KGI がない' },
  'rules.title.kgi-parent': { en: 'KGI with a parent', ja: '親のある KGI' },
  'rules.title.missing-target': { en: 'No target', ja: '目標がない' },
  'rules.title.missing-backcast': { en: 'No backcast', ja: '逆算式がない' },
  'rules.title.expression-syntax': { en: 'Backcast not understood', ja: '逆算式の書き方の誤り' },
  'rules.title.invalid-month': { en: 'Invalid month', ja: '対象月の誤り' },
  'rules.title.invalid-date': { en: 'Invalid date', ja: '日付の誤り' },
  'rules.title.no-workdays': { en: 'No working days', ja: '稼働日がない' },
  'rules.title.holiday-outside-month': { en: 'Day off outside the month', ja: '対象月外の休日' },
  'rules.title.calendar-data-range': { en: 'Beyond the holiday data', ja: '祝日データの範囲外' },
  'rules.title.file-unreadable': { en: 'File cannot be read', ja: '読めないファイル' },
  'rules.title.syntax': { en: 'File not understood', ja: 'ファイルの書式の誤り' },
  'rules.title.schema': { en: 'Invalid field', ja: '項目の誤り' },
  'rules.title.sheet': { en: 'Sheet problem', ja: 'シートの問題' },
  'rules.title.refused': { en: 'Refused', ja: '実行できない操作' },
  'rules.title.checks-config': { en: 'Checks settings', ja: 'チェックの設定' },
});
