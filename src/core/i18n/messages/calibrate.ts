import { defineMessages } from '../define';

/** Recalibrating the rate hypotheses from the month's actuals (`kpi-tree calibrate`, the pane's Recalibrate). */
export const calibrateMessages = defineMessages({
  'calibrate.line': {
    en: '{name} ({id}): hypothesis {current} → observed {proposed} ({numeratorName} {numerator} ÷ {denominatorName} {denominator}; 95 % interval {low}–{high}) {verdict}',
    ja: '{name}（{id}）：仮説 {current} → 実績 {proposed}（{numeratorName} {numerator} ÷ {denominatorName} {denominator}、95%区間 {low}〜{high}）{verdict}',
  },
  'calibrate.noSample': {
    en: '{name} ({id}): hypothesis {current}; no actuals of {numeratorName} and {denominatorName} this month yet',
    ja: '{name}（{id}）：仮説 {current}。今月の{numeratorName}と{denominatorName}の実績がまだありません',
  },
  'reader.notSampleSize': {
    en: '"{value}" is not a sample size such as 30',
    ja: '「{value}」は 30 のような標本の大きさではありません',
  },
  'calibrate.trusted': { en: 'trusted', ja: '信頼できる' },
  'calibrate.untrusted': { en: 'sample too small to trust', ja: '標本が少なく参考値' },
  'calibrate.rule': {
    en: 'Trusted when the denominator is at least {minSample} and the 95 % interval (Wilson) is at most {maxWidth} points wide.',
    ja: '分母が {minSample} 以上で、95%区間（Wilson）の幅が {maxWidth} ポイント以下のとき信頼できるとみなします。',
  },
  'calibrate.underived': {
    en: 'No rate can be derived for: {names}',
    ja: '実績から率を出せない仮説：{names}',
  },
  'calibrate.none': {
    en: 'No rate hypothesis links two KPIs: nothing to recalibrate.',
    ja: '2つの指標を結ぶ率の仮説がないため、見直す仮説はありません。',
  },
  'calibrate.applied': { en: 'Applied: {name} {current} → {proposed}', ja: '反映しました：{name} {current} → {proposed}' },
  'calibrate.appliedNone': {
    en: 'Nothing applied: no trusted proposal differs from its hypothesis (--all applies untrusted ones too).',
    ja: '反映した仮説はありません（仮説と異なる信頼できる提案がありません。--all で参考値も反映します）。',
  },
  'calibrate.proposeApply': {
    en: 'Run with --apply to write the trusted proposals into the hypothesis cells.',
    ja: '--apply を付けて実行すると、信頼できる提案を仮説のセルに書き込みます。',
  },
  'calibrate.wrote': { en: 'Wrote {file} (previous file kept as {backup})', ja: '{file} を書き込みました（元のファイルは {backup} に保存）' },
  'pane.calibrate.title': { en: 'Recalibrate hypotheses', ja: '仮説の見直し' },
  'pane.calibrate.intro': {
    en: 'The rates this month’s actuals give so far, against the hypotheses. A proposal is trusted when its sample is large enough.',
    ja: '今月これまでの実績から出した率と仮説を比べます。標本が十分な提案だけを信頼できるとみなします。',
  },
  'pane.calibrate.line': {
    en: '{name}: {current} → {proposed} ({numerator} ÷ {denominator}, 95 % {low}–{high})',
    ja: '{name}：{current} → {proposed}（{numerator} ÷ {denominator}、95% {low}〜{high}）',
  },
  'pane.calibrate.noSample': { en: '{name}: {current} (no actuals this month yet)', ja: '{name}：{current}（今月の実績がまだありません）' },
  'pane.calibrate.trusted': { en: 'Trusted', ja: '信頼できる' },
  'pane.calibrate.untrusted': { en: 'Too small to trust', ja: '標本不足' },
  'pane.calibrate.apply': { en: 'Apply trusted proposals', ja: '信頼できる提案を反映' },
  'pane.calibrate.applyAll': { en: 'Apply all proposals', ja: 'すべての提案を反映' },
  'pane.calibrate.applied': { en: 'Hypotheses updated: {names}', ja: '仮説を更新しました：{names}' },
  'pane.calibrate.appliedNone': { en: 'No proposal to apply.', ja: '反映する提案はありません。' },
  'pane.calibrate.undone': { en: 'Hypotheses put back as they were.', ja: '仮説を元に戻しました。' },
  'pane.calibrate.empty': {
    en: 'No rate hypothesis links two KPIs, so no rate can be observed.',
    ja: '2つの指標を結ぶ率の仮説がないため、実績の率を出せません。',
  },
  'pane.command.calibrate': { en: 'Recalibrate hypotheses from this month’s actuals', ja: '今月の実績から仮説を見直す' },
  'pane.failed.calibrate': { en: 'Could not update the hypotheses', ja: '仮説を更新できませんでした' },
});
