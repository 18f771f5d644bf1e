import { defineMessages } from '../define';

/**
 * The name of each check as people read it (the rule id stays the contract, shown beside
 * it as a secondary label): `rules.name.<rule id>` for every rule, structural problem and
 * the settings check.
 */
export const ruleNameMessages = defineMessages({
  'rules.name.smart-specific': { en: 'Specific', ja: '具体的か' },
  'rules.name.smart-measurable': { en: 'Measurable', ja: '測れるか' },
  'rules.name.smart-achievable': { en: 'Achievable', ja: '達成できるか' },
  'rules.name.smart-relevant': { en: 'Linked to the goal', ja: 'KGI につながっているか' },
  'rules.name.smart-time-bound': { en: 'Has a deadline', ja: '期限があるか' },
  'rules.name.too-many-kpis': { en: 'Too many KPIs for one person', ja: '1人あたりの KPI が多すぎる' },
  'rules.name.uncontrollable-kdi': { en: 'Activity out of the owner’s hands', ja: '自分で動かせない KDI' },
  'rules.name.activity-result-balance': { en: 'Activities and results', ja: '活動と成果のバランス' },
  'rules.name.missing-owner': { en: 'No owner', ja: '担当者がいない' },
  'rules.name.no-leading-indicator': { en: 'Nothing to act on this week', ja: '今週動かせる指標がない' },
  'rules.name.too-many-children': { en: 'Too many children', ja: '子の数が多すぎる' },
  'rules.name.tree-too-deep': { en: 'Tree too deep', ja: 'ツリーが深すぎる' },
  'rules.name.duplicate-metric': { en: 'Same metric twice', ja: '同じ指標の重複' },
  'rules.name.tree-cycle': { en: 'Parents in a loop', ja: '親子関係の循環' },
  'rules.name.unknown-parent': { en: 'Unknown parent', ja: '存在しない親' },
  'rules.name.duplicate-id': { en: 'Same ID twice', ja: 'ID の重複' },
  'rules.name.multiple-kgi': { en: 'More than one KGI', ja: 'KGI が複数ある' },
  'rules.name.unknown-name': { en: 'Unknown name in a formula', ja: '逆算式に不明な名前' },
  'rules.name.rate-out-of-range': { en: 'Rate outside 0–100 %', ja: '率が 0〜100% の範囲外' },
  'rules.name.division-by-zero': { en: 'Division by zero', ja: '0 で割っている' },
  'rules.name.invalid-id': { en: 'ID not usable', ja: '使えない ID' },
  'rules.name.no-kgi': { en: 'No KGI', ja: 'KGI がない' },
  'rules.name.kgi-parent': { en: 'KGI with a parent', ja: '親のある KGI' },
  'rules.name.missing-target': { en: 'No target', ja: '目標がない' },
  'rules.name.missing-backcast': { en: 'No backcast formula', ja: '逆算式がない' },
  'rules.name.expression-syntax': { en: 'Formula not readable', ja: '逆算式の書き方' },
  'rules.name.invalid-month': { en: 'Month not valid', ja: '対象月が正しくない' },
  'rules.name.invalid-date': { en: 'Date not valid', ja: '日付が正しくない' },
  'rules.name.no-workdays': { en: 'No working days', ja: '稼働日がない' },
  'rules.name.holiday-outside-month': { en: 'Day off outside the month', ja: '対象月の外の休日' },
  'rules.name.calendar-data-range': { en: 'Holidays not known that far', ja: '祝日データの範囲外' },
  'rules.name.file-unreadable': { en: 'File not readable', ja: 'ファイルを読めない' },
  'rules.name.syntax': { en: 'Plan not readable', ja: '計画ファイルの書き方' },
  'rules.name.schema': { en: 'Field not valid', ja: '項目の値が正しくない' },
  'rules.name.sheet': { en: 'Sheet damaged', ja: 'シートの破損' },
  'rules.name.refused': { en: 'Not carried out', ja: '実行できない操作' },
  'rules.name.checks-config': { en: 'Check settings', ja: 'チェックの設定' },
});
